// Which pages the search index reads, and which part of a page decides whether it must be made again.
import { describe, expect, it } from "vitest";
import type { SiteModel } from "../../src/model.ts";
import { searchableText, searchPageFiles } from "../../src/emit/search-pages.ts";

describe("searchableText", () => {
  const page = (head: string, body: string) => `<!doctype html>\n<html lang="en">\n<head>${head}</head>\n<body>${body}</body>\n</html>\n`;

  it.each([
    ["drops a head without Pagefind attributes but its title", page('<meta charset="utf-8"><title>A</title><link rel="stylesheet" href="/styles.1a2b3c4d5e.css">', "<h1>A</h1>"), '<!doctype html>\n<html lang="en">\n<title>A</title></head>\n<body><h1>A</h1></body>\n</html>\n'],
    ["keeps a head with a Pagefind attribute", page('<meta data-pagefind-meta="image[content]" content="/a.jpg">', "<h1>A</h1>"), page('<meta data-pagefind-meta="image[content]" content="/a.jpg">', "<h1>A</h1>")],
    ["keeps a page without a head", "<html><body><header>A</header></body></html>", "<html><body><header>A</header></body></html>"],
    ["keeps <html lang>, which chooses the index's language", page("", "x").replace('lang="en"', 'lang="uk"'), '<!doctype html>\n<html lang="uk">\n</head>\n<body>x</body>\n</html>\n'],
  ])("%s", (_name, html, expected) => {
    expect(searchableText(html)).toBe(expected);
  });

  it("tells apart pages that differ in the body only", () => {
    const before = page("<title>A</title>", "<h1>A</h1><p>One</p>");
    expect(searchableText(before)).toBe(searchableText(page('<title>A</title><link rel="stylesheet" href="/styles.new.css">', "<h1>A</h1><p>One</p>")));
    expect(searchableText(before)).not.toBe(searchableText(page("<title>A</title>", "<h1>A</h1><p>Two</p>")));
  });
});

describe("searchPageFiles", () => {
  it("lists the article pages the build wrote, sorted, and nothing else", () => {
    const model = { articles: [{ url: "/articles/b/" }, { url: "/2025/03/a/" }, { url: "/articles/not-written/" }] } as unknown as SiteModel;
    const pages = new Map([
      ["articles/b/index.html", "h1"],
      ["2025/03/a/index.html", "h2"],
      ["tags/x/index.html", "h3"],
      ["index.html", "h4"],
    ]);
    expect(searchPageFiles(model, pages)).toEqual(["2025/03/a/index.html", "articles/b/index.html"]);
  });
});
