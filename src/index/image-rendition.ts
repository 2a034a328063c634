// Plans how each local image is shown: which files to make, their URLs and sizes. Pure: the emit
// stage (src/emit/images.ts) makes exactly the files planned here.
import { createHash } from "node:crypto";
import type { Article, ImageFormat, ImageInfo, ImageOutput, Rendition } from "../model.ts";
import { localImagePath } from "../markdown/image-path.ts";
import { imagesShownBy } from "../markdown/inline-images.ts";

export interface ImageOptions {
  /** Widths made of a raster image, in pixels; never wider than the source, which is always the largest. */
  widths: number[];
  /** Formats offered before the fallback (JPEG, or PNG for images with transparency), best first. */
  formats: ("avif" | "webp")[];
  /** The `sizes` attribute: how wide images are shown in the article column (see public/styles.css). */
  sizes: string;
  /** Width of the social-card JPEG; a vector source is drawn at this width, a raster one is never enlarged. */
  socialWidth: number;
  /** URL folder of the generated files. */
  urlPath: string;
  /** Encoder quality, 1–100. */
  quality: { avif: number; webp: number; jpeg: number };
}

export const IMAGE_DEFAULTS = {
  widths: [480, 800, 1200, 1600],
  formats: ["avif", "webp"],
  // The article column is 68ch of the body type (about 36rem); on narrow screens, the width less the gutters.
  sizes: "(min-width: 40rem) 36rem, calc(100vw - 2rem)",
  socialWidth: 1200,
  urlPath: "/img/",
  quality: { avif: 55, webp: 78, jpeg: 80 },
} satisfies ImageOptions;

export const MIME_TYPES: Record<ImageFormat, string> = {
  avif: "image/avif",
  webp: "image/webp",
  jpeg: "image/jpeg",
  png: "image/png",
  svg: "image/svg+xml",
};

const EXTENSIONS: Record<ImageFormat, string> = { avif: "avif", webp: "webp", jpeg: "jpg", png: "png", svg: "svg" };

/** The renditions of every local image these articles show, by content path (`images/x.png`). */
export function planRenditions(articles: readonly Article[], infos: ReadonlyMap<string, ImageInfo>, options: ImageOptions = IMAGE_DEFAULTS): Map<string, Rendition> {
  const renditions = new Map<string, Rendition>();
  for (const src of articles.flatMap(imagesShownBy).sort()) {
    const info = infos.get(src);
    if (info && !renditions.has(src)) renditions.set(src, planRendition(info, options));
  }
  return renditions;
}

/** The articles with their lead image's rendition attached, for every stage after this one. */
export function withRenditions<T extends Article>(articles: readonly T[], renditions: ReadonlyMap<string, Rendition>): T[] {
  return articles.map((article) => {
    const rendition = article.image && renditions.get(localImagePath(article.image.src) ?? "");
    return rendition ? { ...article, image: { ...article.image!, rendition } } : article;
  });
}

export function planRendition(info: ImageInfo, options: ImageOptions = IMAGE_DEFAULTS): Rendition {
  // The options are part of the name: change the quality and every file gets a new name.
  const id = createHash("sha256").update(`${info.digest}\n${JSON.stringify(options)}`).digest("hex").slice(0, 10);
  const stem = `${stemOf(info.src)}-${id}`;
  const output = (format: ImageFormat, width: number, named = true): ImageOutput => ({
    url: `${options.urlPath}${stem}${named ? `-${width}` : ""}.${EXTENSIONS[format]}`,
    width,
    height: heightAt(info, width),
    format,
  });

  if (info.format === "svg") {
    // A vector drawing stays a vector: sharper at every size and a fraction of the bytes of a raster.
    const svg = output("svg", info.width, false);
    const social = output("jpeg", options.socialWidth);
    return { src: info.src, url: svg.url, width: svg.width, height: svg.height, srcset: "", sizes: "", sources: [], social, outputs: [svg, social] };
  }

  const widths = rasterWidths(info.width, options.widths);
  const fallbackFormat: ImageFormat = info.hasAlpha ? "png" : "jpeg";
  const sets = [...options.formats, fallbackFormat].map((format) => widths.map((w) => output(format, w)));
  const fallback = sets[sets.length - 1]!;
  const largest = fallback[fallback.length - 1]!;
  const social = output("jpeg", Math.min(options.socialWidth, info.width));
  const outputs = unique([...sets.flat(), social]);
  return {
    src: info.src,
    url: largest.url,
    width: largest.width,
    height: largest.height,
    srcset: srcsetOf(fallback),
    sizes: options.sizes,
    sources: sets.slice(0, -1).map((set) => ({ type: MIME_TYPES[set[0]!.format], srcset: srcsetOf(set) })),
    social,
    outputs,
  };
}

/** The requested widths narrower than the source, then the source width itself if none reaches it. */
export function rasterWidths(sourceWidth: number, requested: readonly number[]): number[] {
  const below = [...new Set(requested)].filter((w) => w < sourceWidth).sort((a, b) => a - b);
  return requested.some((w) => w >= sourceWidth) ? [...below, sourceWidth] : below;
}

/** Rounded as sharp rounds when it resizes, so the attributes state the files' real size. */
function heightAt(info: ImageInfo, width: number): number {
  return Math.max(1, Math.round((width * info.height) / info.width));
}

function srcsetOf(set: ImageOutput[]): string {
  return set.map((o) => `${o.url} ${o.width}w`).join(", ");
}

function unique(outputs: ImageOutput[]): ImageOutput[] {
  const byUrl = new Map(outputs.map((o) => [o.url, o]));
  return [...byUrl.values()];
}

/** `images/Harbour at Dusk.JPG` → `harbour-at-dusk`: readable, URL-safe file names. */
function stemOf(src: string): string {
  const base = src.split("/").pop()!.replace(/\.[^.]*$/, "");
  return base.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "image";
}
