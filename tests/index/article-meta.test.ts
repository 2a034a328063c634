import { describe, expect, it } from "vitest";
import { articleMeta, logoPath } from "../../src/index/article-meta.ts";
import { articleFrom, siteFrom } from "../helpers/in-memory-site.ts";

const SITE_YAML = [
  "title: The Meridian Ledger",
  "description: World news.",
  "baseUrl: https://news.example.org",
  "language: en-US",
  "timeZone: America/New_York",
  "publisher:",
  "  name: Meridian Media",
  "  logo: images/logo.svg",
  "sections:",
  "  - id: world",
  "    name: World",
];
const AUTHORS = "maria-okafor:\n  name: Maria Okafor\n  url: https://maria.example.net/\n";
const IMAGES = ["images/logo.svg", "images/card.png", "images/summit.svg"];
const SITE = siteFrom([...SITE_YAML, "defaultImage:", "  src: images/card.png", "  alt: The Ledger's emblem"].join("\n"), AUTHORS, "", IMAGES);

describe("articleMeta", () => {
  it("gives an article absolute URLs, its card image, locale, modified time and JSON-LD", () => {
    const article = articleFrom(
      SITE,
      "summit",
      [
        "title: Summit ends",
        "dek: No deal.",
        "date: 2025-08-15T19:40:00-04:00",
        "updated: 2025-08-15T23:15:00-04:00",
        "dateline: Anchorage, Alaska",
        "authors: [maria-okafor]",
        "section: world",
        "lang: en-GB",
        "image:",
        "  src: images/summit.svg",
        "  alt: Two chairs",
      ],
      "Text.\n",
      IMAGES,
    );
    const meta = articleMeta(article, SITE);
    expect({ ...meta, jsonLd: undefined }).toEqual({
      url: "https://news.example.org/articles/summit/",
      description: "No deal.",
      image: { url: "https://news.example.org/images/summit.svg", alt: "Two chairs" },
      locale: "en_GB",
      modified: "2025-08-15T23:15:00-04:00",
      authorUrls: ["https://news.example.org/authors/maria-okafor/"],
      jsonLd: undefined,
    });
    const [news, crumbs] = meta.jsonLd as Record<string, any>[];
    expect(news).toMatchObject({
      dateline: "ANCHORAGE, Alaska",
      articleSection: "World",
      inLanguage: "en-GB",
      image: ["https://news.example.org/images/summit.svg"],
      author: [{ "@type": "Person", name: "Maria Okafor", url: "https://news.example.org/authors/maria-okafor/", sameAs: "https://maria.example.net/" }],
      publisher: { "@type": "NewsMediaOrganization", name: "Meridian Media", logo: { "@type": "ImageObject", url: "https://news.example.org/images/logo.svg" } },
    });
    expect(crumbs!.itemListElement.map((i: { name: string; item: string }) => `${i.name} ${i.item}`)).toEqual([
      "The Meridian Ledger https://news.example.org/",
      "World https://news.example.org/sections/world/",
      "Summit ends https://news.example.org/articles/summit/",
    ]);
  });

  it("falls back to the site's description and default image", () => {
    const article = articleFrom(SITE, "brief", ["title: Brief", "date: 2025-08-15"]);
    const meta = articleMeta(article, SITE);
    expect(meta.description).toBe("World news.");
    expect(meta.image).toEqual({ url: "https://news.example.org/images/card.png", alt: "The Ledger's emblem" });
    expect(meta.modified).toBe("2025-08-15T00:00:00-04:00");
    expect((meta.jsonLd[0] as Record<string, unknown>).image).toEqual(["https://news.example.org/images/card.png"]);
    expect((meta.jsonLd[1] as { itemListElement: unknown[] }).itemListElement).toHaveLength(2);
  });

  it("has no image when neither the story nor the site has one", () => {
    const plain = siteFrom(SITE_YAML.join("\n"), AUTHORS, "", IMAGES);
    expect(articleMeta(articleFrom(plain, "brief", ["title: Brief", "date: 2025-08-15"]), plain).image).toBeUndefined();
  });
});

describe("logoPath", () => {
  it.each([
    ["images/logo.svg", "/images/logo.svg"],
    ["/images/logo.svg", "/images/logo.svg"],
    ["https://cdn.example.net/logo.png", "https://cdn.example.net/logo.png"],
  ])("logoPath(%j) === %j", (logo, expected) => {
    expect(logoPath(logo)).toBe(expected);
  });
});
