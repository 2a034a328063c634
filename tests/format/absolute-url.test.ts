import { describe, expect, it } from "vitest";
import { absolutizeLinks, absoluteUrl } from "../../src/format/absolute-url.ts";

const BASE = "https://news.example.org";
const PAGE = "https://news.example.org/articles/summit/";

describe("absoluteUrl", () => {
  it.each([
    ["/tags/alaska/", "https://news.example.org/tags/alaska/"],
    ["/", "https://news.example.org/"],
    ["images/x.png", "https://news.example.org/images/x.png"],
    ["https://cdn.example.net/a.jpg", "https://cdn.example.net/a.jpg"],
    ["mailto:desk@example.org", "mailto:desk@example.org"],
    ["//cdn.example.net/a.jpg", "//cdn.example.net/a.jpg"],
  ])("absoluteUrl(BASE, %j) === %j", (path, expected) => {
    expect(absoluteUrl(BASE, path)).toBe(expected);
  });

  it("keeps a base URL's own path", () => {
    expect(absoluteUrl("https://example.org/news", "/tags/")).toBe("https://example.org/news/tags/");
  });
});

describe("absolutizeLinks", () => {
  it.each([
    ['<a href="/articles/other/">x</a>', '<a href="https://news.example.org/articles/other/">x</a>'],
    ['<img src="chart.png" alt="">', '<img src="https://news.example.org/articles/summit/chart.png" alt="">'],
    ['<a href="../related/">x</a>', '<a href="https://news.example.org/articles/related/">x</a>'],
    ['<a href="#note-1">1</a>', '<a href="https://news.example.org/articles/summit/#note-1">1</a>'],
    ['<a href="/search/?q=a&amp;page=2">x</a>', '<a href="https://news.example.org/search/?q=a&amp;page=2">x</a>'],
    ['<a href="https://example.com/?a=1&amp;b=2">x</a>', '<a href="https://example.com/?a=1&amp;b=2">x</a>'],
    ['<a href="mailto:desk@example.org">x</a>', '<a href="mailto:desk@example.org">x</a>'],
    ['<a href="tel:+15551234">x</a>', '<a href="tel:+15551234">x</a>'],
    // Text that merely looks like an attribute is escaped by markdown-it and left alone.
    ["<p>href=&quot;/x&quot;</p>", "<p>href=&quot;/x&quot;</p>"],
    ['<p data-href="/x">x</p>', '<p data-href="/x">x</p>'],
  ])("absolutizeLinks(%j)", (html, expected) => {
    expect(absolutizeLinks(html, PAGE)).toBe(expected);
  });
});
