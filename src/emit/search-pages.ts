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
 * The part of a page Pagefind reads: all of it but the `<head>`, unless the head carries a
 * `data-pagefind-*` attribute (Pagefind reads those anywhere). Its `<title>`, stylesheet links and
 * social tags never reach the index: a page whose only change is there (a new stylesheet name, a
 * new base URL) leaves the index as it was.
 */
export function searchableText(html: string): string {
  const head = html.search(/<head[\s>]/);
  const headEnd = html.indexOf("</head>", head);
  if (head < 0 || headEnd < 0) return html;
  if (html.slice(head, headEnd).includes("data-pagefind")) return html;
  return html.slice(0, head) + html.slice(headEnd);
}
