// Finds the images an article body shows (`![alt](images/chart.png)`), with the line each is on.
import type Token from "markdown-it/lib/token.mjs";
import { decodeSafely, localImagePath } from "./image-path.ts";
import { createMarkdownRenderer } from "./markdown-renderer.ts";

export interface InlineImage {
  /** The address as written (decoded), e.g. `images/chart.png`. */
  written: string;
  /** 0-based line within the body. */
  line: number;
}

let parser: ReturnType<typeof createMarkdownRenderer> | undefined;

export function inlineImages(body: string): InlineImage[] {
  // Every image, inline or by reference, opens with `![` in the text of a single line; most
  // articles have none and are not parsed a second time.
  if (!body.includes("![")) return [];
  parser ??= createMarkdownRenderer();
  const found: InlineImage[] = [];
  for (const block of parser.parse(body, {})) {
    if (block.type !== "inline" || !block.map || !block.children) continue;
    collect(block.children, block.map[0], found);
  }
  return found;
}

function collect(tokens: Token[], firstLine: number, found: InlineImage[]): void {
  let line = firstLine;
  for (const token of tokens) {
    if (token.type === "softbreak" || token.type === "hardbreak") line += 1;
    if (token.type === "image") found.push({ written: decodeSafely(token.attrGet("src") ?? ""), line });
  }
}

/** Every image under content/images/ an article shows, lead image first, once each. */
export function imagesShownBy(article: { image?: { src: string }; body: string }): string[] {
  const lead = article.image ? localImagePath(article.image.src) : undefined;
  const inline = inlineImages(article.body).map((image) => localImagePath(image.written));
  return [...new Set([lead, ...inline].filter((src): src is string => src !== undefined))];
}
