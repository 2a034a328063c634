import { describe, expect, it } from "vitest";
import { entryId, feedEntry } from "../../src/index/feed-entry.ts";
import { articleFrom, siteFrom } from "../helpers/in-memory-site.ts";

const SITE = siteFrom(
  ["title: The Ledger", "baseUrl: https://news.example.org", "language: en-US", "timeZone: America/New_York", "sections:", "  - id: world", "    name: World"].join("\n"),
  "maria-okafor:\n  name: Maria Okafor\ndaniel-reyes:\n  name: Daniel Reyes\n",
  "new-start:\n  name: New START\n",
  ["images/summit.jpg"],
);

const SUMMIT = [
  "title: Summit ends without a deal",
  "dek: Both sides call the talks productive.",
  "date: 2025-08-15T23:40:00-04:00",
  "authors: [maria-okafor, daniel-reyes]",
  "section: world",
  "tags: [new-start, alaska]",
  "image:",
  "  src: images/summit.jpg",
  '  alt: "Two chairs & a table"',
  "  caption: The meeting room.",
  "  credit: Ledger photo",
  "corrections:",
  "  - date: 2025-08-16T09:00:00-04:00",
  "    text: An earlier version misstated the base's name.",
];

describe("feedEntry", () => {
  const article = articleFrom(SITE, "summit", SUMMIT, "See [the explainer](/articles/new-start/) and [notes](#notes).\n", ["images/summit.jpg"]);
  const entry = feedEntry(article, article.html, SITE);

  it("describes the article with absolute URLs, offsets and one author per person", () => {
    const { contentHtml, ...rest } = entry;
    expect(rest).toEqual({
      // The publication day in the site's time zone (Aug. 15 in New York, Aug. 16 in UTC).
      id: "tag:news.example.org,2025-08-15:summit",
      url: "https://news.example.org/articles/summit/",
      title: "Summit ends without a deal",
      summary: "Both sides call the talks productive.",
      published: "2025-08-15T23:40:00-04:00",
      updated: "2025-08-15T23:40:00-04:00",
      authors: [
        { name: "Maria Okafor", url: "https://news.example.org/authors/maria-okafor/" },
        { name: "Daniel Reyes", url: "https://news.example.org/authors/daniel-reyes/" },
      ],
      categories: [
        { term: "new-start", label: "New START" },
        { term: "alaska", label: "alaska" },
      ],
      image: "https://news.example.org/images/summit.jpg",
      language: "en-US",
    });
  });

  it("carries the whole story: lead image, body with absolute links, then the corrections", () => {
    expect(entry.contentHtml).toBe(
      [
        '<figure><img src="https://news.example.org/images/summit.jpg" alt="Two chairs &amp; a table"><figcaption>The meeting room. Ledger photo</figcaption></figure>',
        '<p>See <a href="https://news.example.org/articles/new-start/">the explainer</a> and <a href="https://news.example.org/articles/summit/#notes">notes</a>.</p>\n',
        "<p><strong>Correction, Aug. 16, 2025, 9 a.m. EDT:</strong> An earlier version misstated the base's name.</p>",
      ].join("\n"),
    );
  });

  it("keeps its id when the story is updated, and takes `updated` from the article", () => {
    const edited = [...SUMMIT.filter((line) => !line.startsWith("dek:")), "dek: A new dek.", "updated: 2025-08-16T10:05:00-04:00"];
    const updated = articleFrom(SITE, "summit", edited, "New text.\n", ["images/summit.jpg"]);
    const later = feedEntry(updated, updated.html, SITE);
    expect(later.id).toBe(entry.id);
    expect(later.updated).toBe("2025-08-16T10:05:00-04:00");
    expect(later.published).toBe(entry.published);
  });

  it("drops characters XML cannot carry", () => {
    const odd = articleFrom(SITE, "odd", ['title: "Bell\\u0007 in the headline"', "date: 2025-08-15"]);
    expect(feedEntry(odd, odd.html, SITE).title).toBe("Bell in the headline");
  });
});

describe("entryId", () => {
  it.each([
    ["https://news.example.org", "2025-08-16T03:40:00Z", "America/New_York", "tag:news.example.org,2025-08-15:summit"],
    ["https://news.example.org", "2025-08-16T03:40:00Z", "UTC", "tag:news.example.org,2025-08-16:summit"],
    // A port or a path in the base URL is not part of a tag URI's authority.
    ["http://localhost:8080", "2025-01-02T12:00:00Z", "UTC", "tag:localhost,2025-01-02:summit"],
    ["https://example.org/news", "2025-01-02T12:00:00Z", "UTC", "tag:example.org,2025-01-02:summit"],
  ])("entryId(%j, %s, %s)", (base, date, zone, expected) => {
    expect(entryId(base, "summit", new Date(date), zone)).toBe(expected);
  });
});
