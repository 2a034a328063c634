// Which pages the search index reads, and which part of a page can change what it holds.
import { outputFile } from "./render-pages.ts";

/**
 * The pages of a part of the index (src/index/search-parts.ts), given as article URLs, as output
 * files (`articles/x/index.html`) this build has. Only article pages are indexed: they alone mark a
 * `data-pagefind-body`, and Pagefind leaves out every page without that mark once any page has it,
 * so reading only these gives the index it would make from the whole site.
 */
export function searchPageFiles(urls: readonly string[], pages: ReadonlyMap<string, string>): string[] {
  return urls.map((url) => outputFile(url)).filter((file) => pages.has(file));
}

/**
 * The part of a page Pagefind can read. On a page that marks a `data-pagefind-body`, that is the
 * marked elements, the tags anywhere that carry a `data-pagefind-*` attribute (filters and meta
 * are read wherever they are), `<html lang>` (it chooses the index's language) and the `<title>`
 * (a page without an `h1` may take its result title from it); on any other page, all of it but the `<head>`, of which only the `<title>` is kept,
 * unless the head carries a `data-pagefind-*` attribute. Stylesheet links, canonical and social
 * tags and the related reading beside an article never reach the index: a page whose only change
 * is there (a new stylesheet name, another story in its related reading) leaves the index as it was.
 */
export function searchableText(html: string): string {
  const head = html.search(/<head[\s>]/);
  const headEnd = html.indexOf("</head>", head);
  if (head < 0 || headEnd < 0) return html;
  const headText = html.slice(head, headEnd);
  if (headText.includes("data-pagefind")) return html;
  const title = /<title[\s>][\s\S]*?<\/title>/.exec(headText)?.[0] ?? "";
  const page = html.slice(headEnd);
  const bodies = markedElements(page);
  if (bodies.length === 0) return html.slice(0, head) + title + page;
  const attributes = page.match(/<[a-zA-Z][^>]*\sdata-pagefind-[^>]*>/g) ?? [];
  return [html.slice(0, head) + title, ...bodies, ...attributes].join("\n");
}

/** Each element whose opening tag has `data-pagefind-body`, to its matching end tag (or the page's end). */
function markedElements(page: string): string[] {
  const found: string[] = [];
  const opening = /<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/g;
  for (let m = opening.exec(page); m; m = opening.exec(page)) {
    const end = closingEnd(page, m[1]!.toLowerCase(), m.index + m[0].length);
    found.push(page.slice(m.index, end));
    opening.lastIndex = end;
  }
  return found;
}

/** Where the element named `name` that opened before `from` ends, counting nested elements of the same name. */
function closingEnd(page: string, name: string, from: number): number {
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, "gi");
  tags.lastIndex = from;
  let depth = 1;
  for (let m = tags.exec(page); m; m = tags.exec(page)) {
    depth += m[1] === "/" ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return page.length;
}
