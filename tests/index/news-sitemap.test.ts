import { describe, expect, it } from "vitest";
import { buildNewsSitemap } from "../../src/index/news-sitemap.ts";
import { isIndexable } from "../../src/index/syndication.ts";
import { articleFrom, siteFrom } from "../helpers/in-memory-site.ts";

const SITE = siteFrom(
  ["title: The Ledger", "baseUrl: https://news.example.org", "language: en-US", "timeZone: America/New_York", "publisher:", "  name: Meridian Ledger"].join("\n"),
);
const NOW = new Date("2025-08-16T12:00:00Z");
const story = (slug: string, date: string, extra: string[] = []) => articleFrom(SITE, slug, [`title: Story ${slug}`, `date: ${date}`, ...extra]);
const indexable = isIndexable(SITE.config.baseUrl);

describe("buildNewsSitemap", () => {
  it("lists the stories from the 48 hours before the build, newest first, with Google's fields", () => {
    const articles = [
      story("too-old", "2025-08-14T11:59:59Z"),
      story("oldest-in", "2025-08-14T12:00:00Z"),
      story("newest", "2025-08-16T12:00:00Z"),
      story("ukrainian", "2025-08-15T10:00:00+03:00", ["lang: uk"]),
      story("scheduled", "2025-08-16T12:00:01Z"),
    ];
    expect(buildNewsSitemap(articles, indexable, SITE.config, NOW)).toEqual({
      path: "/news-sitemap.xml",
      publicationName: "Meridian Ledger",
      entries: [
        { loc: "https://news.example.org/articles/newest/", language: "en", published: "2025-08-16T08:00:00-04:00", title: "Story newest" },
        { loc: "https://news.example.org/articles/ukrainian/", language: "uk", published: "2025-08-15T03:00:00-04:00", title: "Story ukrainian" },
        { loc: "https://news.example.org/articles/oldest-in/", language: "en", published: "2025-08-14T08:00:00-04:00", title: "Story oldest-in" },
      ],
    });
  });

  it("leaves out noindex stories and copies whose canonical page is elsewhere", () => {
    const articles = [
      story("hidden", "2025-08-16T08:00:00Z", ["noindex: true"]),
      story("wire", "2025-08-16T08:00:00Z", ["canonical: https://wire.example.net/story"]),
      story("self", "2025-08-16T08:00:00Z", ["canonical: https://news.example.org/articles/self/"]),
    ];
    expect(buildNewsSitemap(articles, indexable, SITE.config, NOW)?.entries.map((e) => e.loc)).toEqual(["https://news.example.org/articles/self/"]);
  });

  it("is undefined when no story qualifies (a urlset must hold at least one url)", () => {
    expect(buildNewsSitemap([story("old", "2025-08-01")], indexable, SITE.config, NOW)).toBeUndefined();
  });

  it("holds at most 1,000 stories", () => {
    const many = Array.from({ length: 1001 }, (_, i) => story(`s${i}`, new Date(NOW.getTime() - (i + 1) * 60_000).toISOString()));
    const sitemap = buildNewsSitemap(many, indexable, SITE.config, NOW)!;
    expect(sitemap.entries).toHaveLength(1000);
    expect(sitemap.entries.at(-1)!.loc).toBe("https://news.example.org/articles/s999/");
  });
});
