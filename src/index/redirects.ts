// Redirects from the old URLs of moved articles (`aliases`) to where they live now.
import type { Redirect, RenderedArticle } from "../model.ts";
import { redirectFile } from "../format/redirect-file.ts";

export function buildRedirects(articles: readonly RenderedArticle[]): Redirect[] {
  return articles
    .flatMap((a) => (a.aliases ?? []).map((from) => ({ from, file: redirectFile(from), to: a.url, title: a.title })))
    .sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : 0));
}
