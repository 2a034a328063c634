import { describe, expect, it } from "vitest";
import { buildSitemaps, SITEMAP_DEFAULTS } from "../../src/index/sitemaps.ts";
import type { SitemapEntry } from "../../src/model.ts";

const abs = (path: string) => `https://news.example.org${path}`;
const entries = (n: number, lastmod = (i: number) => `2025-08-${String((i % 28) + 1).padStart(2, "0")}T08:00:00-04:00`): SitemapEntry[] =>
  Array.from({ length: n }, (_, i) => ({ loc: abs(`/articles/story-${i}/`), lastmod: lastmod(i) }));

describe("buildSitemaps", () => {
  it("writes one urlset at /sitemap.xml up to 50,000 URLs", () => {
    const files = buildSitemaps(entries(50_000), abs);
    expect(files.map((f) => [f.path, f.kind, f.entries.length])).toEqual([["/sitemap.xml", "urlset", 50_000]]);
  });

  it("switches to a sitemap index beyond 50,000 URLs, each file with the newest lastmod of its URLs", () => {
    const files = buildSitemaps(entries(50_001), abs);
    expect(files.map((f) => [f.path, f.kind, f.entries.length])).toEqual([
      ["/sitemap.xml", "index", 2],
      ["/sitemaps/sitemap-1.xml", "urlset", 50_000],
      ["/sitemaps/sitemap-2.xml", "urlset", 1],
    ]);
    expect(files[0]!.entries).toEqual([
      { loc: "https://news.example.org/sitemaps/sitemap-1.xml", lastmod: "2025-08-28T08:00:00-04:00" },
      // story-50000: 50000 % 28 = 20, so Aug. 21.
      { loc: "https://news.example.org/sitemaps/sitemap-2.xml", lastmod: "2025-08-21T08:00:00-04:00" },
    ]);
    expect(files[2]!.entries).toEqual([{ loc: "https://news.example.org/articles/story-50000/", lastmod: "2025-08-21T08:00:00-04:00" }]);
  });

  it("also splits before a file would pass 50 MB", () => {
    // 1,996-byte URLs, counted with 80 bytes of markup each (more than `<url><loc></loc></url>`
    // and its indentation take): 25,254 fit in 50 MB.
    const long = Array.from({ length: 30_000 }, (_, i) => ({ loc: abs(`/${String(i).padStart(1970, "x")}/`) }));
    const files = buildSitemaps(long, abs);
    expect(files.map((f) => f.entries.length)).toEqual([2, 25_254, 4_746]);
    expect(SITEMAP_DEFAULTS.maxBytes).toBe(52_428_800);
  });

  it("keeps the order given and leaves lastmod out of the index when no URL has one", () => {
    const files = buildSitemaps([{ loc: abs("/a/") }, { loc: abs("/b/") }, { loc: abs("/c/") }], abs, { maxUrls: 2, maxBytes: SITEMAP_DEFAULTS.maxBytes });
    expect(files).toEqual([
      { path: "/sitemap.xml", kind: "index", entries: [{ loc: abs("/sitemaps/sitemap-1.xml"), lastmod: undefined }, { loc: abs("/sitemaps/sitemap-2.xml"), lastmod: undefined }] },
      { path: "/sitemaps/sitemap-1.xml", kind: "urlset", entries: [{ loc: abs("/a/") }, { loc: abs("/b/") }] },
      { path: "/sitemaps/sitemap-2.xml", kind: "urlset", entries: [{ loc: abs("/c/") }] },
    ]);
  });
});
