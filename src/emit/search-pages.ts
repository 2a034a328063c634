// Which pages the search index reads, and which part of a page can change what it holds.
import type { SiteModel } from "../model.ts";
import { outputFile } from "./render-pages.ts";

/**
 * The article pages, the only ones whose templates mark a `data-pagefind-body`, as output files
 * (`articles/x/index.html`), sorted. Pagefind leaves out every page without that mark once any
 * page has it, so reading only these gives the index it would make from the whole site.
 */
export function searchPageFiles(model: SiteModel, pages: ReadonlyMap<string, string>): string[] {
  return model.articles
    .map((article) => outputFile(article.url))
    .filter((file) => pages.has(file))
    .sort();
}

/**
 * The part of a page Pagefind can read: all of it but the `<head>`, of which only the `<title>`
 * is kept (a page without an `h1` may take its result title from it), unless the head carries a
 * `data-pagefind-*` attribute (Pagefind reads those anywhere). Stylesheet links, canonical and
 * social tags never reach the index: a page whose only change is there (a new stylesheet name, a
 * new base URL) leaves the index as it was.
 */
export function searchableText(html: string): string {
  const head = html.search(/<head[\s>]/);
  const headEnd = html.indexOf("</head>", head);
  if (head < 0 || headEnd < 0) return html;
  const headText = html.slice(head, headEnd);
  if (headText.includes("data-pagefind")) return html;
  const title = /<title[\s>][\s\S]*?<\/title>/.exec(headText)?.[0] ?? "";
  return html.slice(0, head) + title + html.slice(headEnd);
}
