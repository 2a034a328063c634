// Internal links in article bodies (/articles/…, /tags/…, relative, or absolute on the site's own host) must lead to a page.
// Images in bodies are not links: the build checks them already (inline-images.ts).
import type MarkdownIt from "markdown-it";
import type { Article } from "../model.ts";
import { createMarkdownRenderer } from "../markdown/markdown-renderer.ts";
import { problem, type Problem } from "../problems.ts";
import { closest } from "./closest.ts";

export interface LinkTargets {
  /** Site paths of every file a build writes or copies: `/articles/x/index.html`, `/styles.css`. */
  files: ReadonlySet<string>;
  /** Article URL → why a production build leaves it out; `gone` when it will not come back (expired). */
  unpublished: ReadonlyMap<string, { why: string; gone: boolean }>;
  baseUrl: string;
}

/** `published` says whether the linking article itself is live: a draft may link to another draft. */
export function checkBodyLinks(articles: readonly Article[], targets: LinkTargets, published: (a: Article) => boolean): Problem[] {
  const md = createMarkdownRenderer();
  const site = new URL(targets.baseUrl);
  const basePath = site.pathname.replace(/\/+$/, "");
  const pages = [...targets.files].filter((f) => f.endsWith("/index.html")).map((f) => f.slice(0, -"index.html".length));
  const suggest = (page: string) => {
    // Only a near-miss in the same folder is worth suggesting: /articles/good-stroy/ → /articles/good-story/.
    const parent = page.slice(0, page.slice(0, -1).lastIndexOf("/") + 1);
    const siblings = pages.filter((p) => p.startsWith(parent) && p.length > parent.length && !p.slice(parent.length, -1).includes("/"));
    const guess = closest(page.slice(parent.length, -1), siblings.map((p) => p.slice(parent.length, -1)));
    return guess === undefined ? undefined : `${parent}${guess}/`;
  };
  const problems: Problem[] = [];

  for (const article of articles) {
    for (const link of bodyLinks(md, article.body)) {
      const path = sitePath(link.href, `${site.origin}${basePath}${article.url}`, site.origin, basePath);
      if (path === undefined) continue;
      const at = { file: article.file, line: article.bodyLine + link.line, field: "body", received: JSON.stringify(link.href) };
      const page = path.endsWith("/") ? path : `${path}/`;
      const missing = targets.unpublished.get(page);
      if (missing && !missing.gone && published(article)) {
        problems.push(problem({ kind: "link-to-unpublished", ...at, expected: "a link to a published page", hint: `${missing.why}; the link is broken until it is published` }));
        continue;
      }
      if (exists(path, targets.files)) continue;
      const guess = missing ? undefined : suggest(page);
      const hint = missing ? missing.why : guess ? `did you mean ${guess}?` : undefined;
      problems.push(problem({ kind: "broken-link", ...at, expected: "a page on this site", hint }));
    }
  }
  return problems;
}

interface BodyLink {
  href: string;
  /** 0-based line of the body the link is on. */
  line: number;
}

function bodyLinks(md: MarkdownIt, body: string): BodyLink[] {
  const links: BodyLink[] = [];
  for (const block of md.parse(body, {})) {
    if (block.type !== "inline" || !block.children) continue;
    const line = block.map?.[0] ?? 0;
    for (const token of block.children) {
      if (token.type === "link_open") links.push({ href: token.attrGet("href") ?? "", line });
    }
  }
  return links;
}

/** The site path a link leads to, or undefined when it leaves the site (or stays on the page). */
function sitePath(href: string, pageUrl: string, origin: string, basePath: string): string | undefined {
  if (href === "" || href.startsWith("#")) return undefined;
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return undefined;
  }
  if (url.origin !== origin) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  if (basePath && path.startsWith(`${basePath}/`)) path = path.slice(basePath.length);
  return path;
}

function exists(path: string, files: ReadonlySet<string>): boolean {
  if (path.endsWith("/")) return files.has(`${path}index.html`);
  return files.has(path) || files.has(`${path}/index.html`);
}
