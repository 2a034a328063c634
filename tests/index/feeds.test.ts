import { describe, expect, it } from "vitest";
import { atomFeed, jsonFeed, listingFeedLink, listingFeedPath, listingFeeds, siteFeedLinks } from "../../src/index/feeds.ts";
import type { FeedEntry, ListingPage } from "../../src/model.ts";
import { siteFrom } from "../helpers/in-memory-site.ts";

const { config } = siteFrom(
  ["title: The Ledger", "description: World news.", "baseUrl: https://news.example.org", "language: en-US", "timeZone: America/New_York", "publisher:", "  name: Ledger Media"].join("\n"),
);
const NOW = new Date("2025-08-16T12:00:00Z");

function entry(n: number, updated: string): FeedEntry {
  return {
    id: `tag:news.example.org,2025-08-01:story-${n}`,
    url: `https://news.example.org/articles/story-${n}/`,
    title: `Story ${n}`,
    contentHtml: `<p>Story ${n}.</p>`,
    published: "2025-08-01T08:00:00-04:00",
    updated,
    authors: [],
    categories: [],
    language: "en-US",
  };
}

describe("atomFeed", () => {
  it("is updated when its newest entry was, comparing instants across offsets", () => {
    const feed = atomFeed(
      { path: "/feed.xml", page: "/", title: "The Ledger", entries: [entry(1, "2025-08-15T23:00:00-04:00"), entry(2, "2025-08-16T02:30:00+00:00"), entry(3, "2025-08-14T08:00:00-04:00")] },
      config,
      NOW,
    );
    // 23:00 EDT is 03:00 UTC on Aug. 16: later than 02:30 UTC, though it sorts first as text.
    expect(feed.updated).toBe("2025-08-15T23:00:00-04:00");
    expect(feed).toMatchObject({ path: "/feed.xml", id: "https://news.example.org/feed.xml", selfUrl: "https://news.example.org/feed.xml", pageUrl: "https://news.example.org/", language: "en-US" });
  });

  it("holds the newest 50 entries, in the order given", () => {
    const entries = Array.from({ length: 60 }, (_, i) => entry(i, "2025-08-01T08:00:00-04:00"));
    const feed = atomFeed({ path: "/feed.xml", page: "/", title: "t", entries }, config, NOW);
    expect(feed.entries.map((e) => e.title)).toEqual(entries.slice(0, 50).map((e) => e.title));
    expect(atomFeed({ path: "/feed.xml", page: "/", title: "t", entries }, config, NOW, { limit: 3 }).entries).toHaveLength(3);
  });

  it("takes the build time as `updated` when it has no entries", () => {
    expect(atomFeed({ path: "/sections/x/feed.xml", page: "/sections/x/", title: "t", entries: [] }, config, NOW).updated).toBe("2025-08-16T08:00:00-04:00");
  });
});

describe("listing feeds", () => {
  const page = (pageNumber: number): ListingPage => ({
    kind: "tag", key: "alaska", title: "Alaska", description: "All about Alaska.", url: pageNumber === 1 ? "/tags/alaska/" : `/tags/alaska/page/${pageNumber}/`,
    firstUrl: "/tags/alaska/", pageNumber, totalPages: 2, items: [],
  });

  it("listingFeedPath puts the feed beside the listing's first page", () => {
    expect(listingFeedPath("/tags/alaska/")).toBe("/tags/alaska/feed.xml");
  });

  it("makes one feed per listing, not one per page", () => {
    const feeds = listingFeeds([page(1), page(2)], () => [entry(1, "2025-08-01T08:00:00-04:00")], config, NOW);
    expect(feeds.map((f) => [f.path, f.title, f.subtitle, f.pageUrl])).toEqual([["/tags/alaska/feed.xml", "Alaska | The Ledger", "All about Alaska.", "https://news.example.org/tags/alaska/"]]);
  });

  it("links the listing and the site feeds with absolute URLs", () => {
    expect(listingFeedLink(config, "/tags/alaska/", "Alaska")).toEqual({ type: "application/atom+xml", title: "Alaska | The Ledger", url: "https://news.example.org/tags/alaska/feed.xml" });
    expect(siteFeedLinks(config)).toEqual([
      { type: "application/atom+xml", title: "The Ledger", url: "https://news.example.org/feed.xml" },
      { type: "application/feed+json", title: "The Ledger (JSON Feed)", url: "https://news.example.org/feed.json" },
    ]);
  });
});

describe("jsonFeed", () => {
  it("writes JSON Feed 1.1 with one item per entry", () => {
    const full: FeedEntry = {
      ...entry(1, "2025-08-02T08:00:00-04:00"),
      summary: "Dek.",
      image: "https://news.example.org/images/a.jpg",
      authors: [{ name: "Maria Okafor", url: "https://news.example.org/authors/maria-okafor/" }],
      categories: [{ term: "new-start", label: "New START" }],
    };
    expect(jsonFeed([full, entry(2, "2025-08-01T08:00:00-04:00")], config)).toEqual({
      version: "https://jsonfeed.org/version/1.1",
      title: "The Ledger",
      home_page_url: "https://news.example.org/",
      feed_url: "https://news.example.org/feed.json",
      description: "World news.",
      language: "en-US",
      authors: [{ name: "Ledger Media", url: "https://news.example.org/" }],
      items: [
        {
          id: "tag:news.example.org,2025-08-01:story-1",
          url: "https://news.example.org/articles/story-1/",
          title: "Story 1",
          content_html: "<p>Story 1.</p>",
          summary: "Dek.",
          image: "https://news.example.org/images/a.jpg",
          date_published: "2025-08-01T08:00:00-04:00",
          date_modified: "2025-08-02T08:00:00-04:00",
          authors: [{ name: "Maria Okafor", url: "https://news.example.org/authors/maria-okafor/" }],
          tags: ["New START"],
          language: "en-US",
        },
        {
          id: "tag:news.example.org,2025-08-01:story-2",
          url: "https://news.example.org/articles/story-2/",
          title: "Story 2",
          content_html: "<p>Story 2.</p>",
          date_published: "2025-08-01T08:00:00-04:00",
          date_modified: "2025-08-01T08:00:00-04:00",
          language: "en-US",
        },
      ],
    });
  });

  it("holds the newest 50 items", () => {
    expect(jsonFeed(Array.from({ length: 51 }, (_, i) => entry(i, "2025-08-01T08:00:00-04:00")), config).items).toHaveLength(50);
  });
});
