// Which pages the search index reads, and which part of a page decides whether it must be made again.
import { describe, expect, it } from "vitest";
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

describe("searchableText of a page that marks what is searched", () => {
  const story = (body: string, aside: string, lang = "en") =>
    `<!doctype html>\n<html lang="${lang}">\n<head><title>A</title></head>\n<body><nav><a href="/">Home</a></nav><main><article data-pagefind-body data-type="News"><h1>A</h1>${body}<article class="update">Later</article><a data-pagefind-filter="tag">Ports</a></article>${aside}<p data-pagefind-meta="image:/a.jpg">x</p></main></body>\n</html>\n`;

  it("ignores what is outside the marked element, such as the related reading beside it", () => {
    expect(searchableText(story("<p>One</p>", "<aside>Related: B</aside>"))).toBe(searchableText(story("<p>One</p>", "<aside>Related: C, B</aside>")));
  });

  it.each([
    ["the text in the marked element", story("<p>Two</p>", "<aside>Related: B</aside>")],
    ["text after an element of the same name nested in it", story("<p>One</p>", "<aside>Related: B</aside>").replace("Ports", "Harbours")],
    ["a Pagefind attribute outside it", story("<p>One</p>", "<aside>Related: B</aside>").replace("image:/a.jpg", "image:/b.jpg")],
    ["the page's language", story("<p>One</p>", "<aside>Related: B</aside>", "fr")],
  ])("sees a change in %s", (_name, changed) => {
    expect(searchableText(changed)).not.toBe(searchableText(story("<p>One</p>", "<aside>Related: B</aside>")));
  });
});

describe("searchPageFiles", () => {
  it("lists a part's article pages the build wrote, in the part's order, and nothing else", () => {
    const urls = ["/articles/b/", "/2025/03/a/", "/articles/not-written/"];
    const pages = new Map([
      ["articles/b/index.html", "h1"],
      ["2025/03/a/index.html", "h2"],
      ["tags/x/index.html", "h3"],
      ["index.html", "h4"],
    ]);
    expect(searchPageFiles(urls, pages)).toEqual(["articles/b/index.html", "2025/03/a/index.html"]);
  });
});
