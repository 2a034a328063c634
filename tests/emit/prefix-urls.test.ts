import { describe, expect, it } from "vitest";
import { prefixHtmlUrls, prefixOutput, prefixRedirects, prefixUrl } from "../../src/emit/prefix-urls.ts";

describe("prefixUrl", () => {
  it.each([
    ["/tags/x/", "/news/tags/x/"],
    ["/", "/news/"],
    ["//cdn.example.org/x.js", "//cdn.example.org/x.js"],
    ["https://x.org/a/", "https://x.org/a/"],
    ["#main", "#main"],
    ["../related/", "../related/"],
    ["mailto:desk@x.org", "mailto:desk@x.org"],
  ])("prefixUrl(%j, /news/) === %j", (url, expected) => {
    expect(prefixUrl(url, "/news/")).toBe(expected);
  });
});

describe("prefixHtmlUrls", () => {
  it.each([
    ['<a href="/tags/x/">x</a>', '<a href="/news/tags/x/">x</a>'],
    ['<a href="https://x.org/tags/x/">x</a><a href="#main">m</a><a href="../y/">y</a>', '<a href="https://x.org/tags/x/">x</a><a href="#main">m</a><a href="../y/">y</a>'],
    ['<link rel="stylesheet" href="/styles.1a2b3c4d5e.css">', '<link rel="stylesheet" href="/news/styles.1a2b3c4d5e.css">'],
    ['<img src="/img/a-480.jpg" srcset="/img/a-480.jpg 480w, /img/a-800.jpg 800w" alt="/not/a/url">', '<img src="/news/img/a-480.jpg" srcset="/news/img/a-480.jpg 480w, /news/img/a-800.jpg 800w" alt="/not/a/url">'],
    ['<source type="image/webp" srcset="/img/a.webp 480w,/img/b.webp 800w">', '<source type="image/webp" srcset="/news/img/a.webp 480w,/news/img/b.webp 800w">'],
    ['<form action="/search/" method="get">', '<form action="/news/search/" method="get">'],
    ['<script type="module" src="/search.js"></script>', '<script type="module" src="/news/search.js"></script>'],
    ['<script type="application/ld+json">{"x":"<a href=\\"/y/\\">"}</script>', '<script type="application/ld+json">{"x":"<a href=\\"/y/\\">"}</script>'],
    ['<meta http-equiv="refresh" content="0; url=/articles/x/">', '<meta http-equiv="refresh" content="0; url=/news/articles/x/">'],
    ['<meta property="og:image" content="/img/card.jpg"><meta name="description" content="/r/news talks">', '<meta property="og:image" content="/news/img/card.jpg"><meta name="description" content="/r/news talks">'],
    ['<div data-pagefind-meta="image:/img/x.jpg, title" data-url="/a/" data-type="News">', '<div data-pagefind-meta="image:/news/img/x.jpg, title" data-url="/news/a/" data-type="News">'],
    ["<!-- <a href=\"/c/\"> --><a href='/s/'>s</a><a href=/b/>b</a>", "<!-- <a href=\"/c/\"> --><a href='/news/s/'>s</a><a href=/news/b/>b</a>"],
    ['<p>Write <code>&lt;a href="/x/"&gt;</code></p>', '<p>Write <code>&lt;a href="/x/"&gt;</code></p>'],
  ])("prefixHtmlUrls(%j, /news/)", (html, expected) => {
    expect(prefixHtmlUrls(html, "/news/")).toBe(expected);
  });

  it("prefixHtmlUrls(page, /) returns the page unchanged", () => {
    const page = '<a href="/tags/x/">x</a>';
    expect(prefixHtmlUrls(page, "/")).toBe(page);
  });
});

describe("prefixRedirects / prefixOutput", () => {
  it("prefixRedirects(_redirects, /news/) prefixes both paths of each rule, not comments", () => {
    expect(prefixRedirects("# moved\n/old/ /articles/x/ 301\n/a.php /b/ 301\n", "/news/")).toBe("# moved\n/news/old/ /news/articles/x/ 301\n/news/a.php /news/b/ 301\n");
  });

  it.each([
    ["index.html", '<a href="/x/">', '<a href="/news/x/">'],
    ["_redirects", "/a/ /b/ 301", "/news/a/ /news/b/ 301"],
    ["feed.xml", '<link href="/x/"/>', '<link href="/x/"/>'],
    ["robots.txt", "Allow: /", "Allow: /"],
  ])("prefixOutput(%j, …, /news/)", (file, content, expected) => {
    expect(prefixOutput(file, content, "/news/")).toBe(expected);
  });
});
