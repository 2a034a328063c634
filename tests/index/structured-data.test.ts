import { describe, expect, it } from "vitest";
import { safeJson } from "../../src/emit/template-filters.ts";
import { breadcrumbJsonLd, newsArticleJsonLd, type NewsArticleInput } from "../../src/index/structured-data.ts";

const INPUT: NewsArticleInput = {
  url: "https://news.example.org/articles/summit/",
  headline: "Summit ends without a deal",
  description: "Both sides call the talks productive.",
  image: "https://news.example.org/img/summit-1200.jpg",
  published: "2025-08-15T19:40:00-04:00",
  modified: "2025-08-15T23:15:00-04:00",
  authors: [
    { name: "Maria Okafor", url: "https://news.example.org/authors/maria-okafor/", sameAs: "https://maria.example.net/" },
    { name: "Daniel Reyes", url: "https://news.example.org/authors/daniel-reyes/" },
  ],
  publisher: { name: "The Meridian Ledger", url: "https://news.example.org/", logo: "https://news.example.org/images/logo.svg" },
  dateline: "ANCHORAGE, Alaska",
  section: "World",
  keywords: ["Russia", "New START"],
  language: "en-US",
  corrections: [{ text: "An earlier version misstated the base's name.", date: "2025-08-16T09:00:00-04:00" }],
};

describe("newsArticleJsonLd", () => {
  it("describes the article with every property Google News reads", () => {
    expect(newsArticleJsonLd(INPUT)).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      "@id": "https://news.example.org/articles/summit/#article",
      headline: "Summit ends without a deal",
      description: "Both sides call the talks productive.",
      image: ["https://news.example.org/img/summit-1200.jpg"],
      datePublished: "2025-08-15T19:40:00-04:00",
      dateModified: "2025-08-15T23:15:00-04:00",
      author: [
        { "@type": "Person", name: "Maria Okafor", url: "https://news.example.org/authors/maria-okafor/", sameAs: "https://maria.example.net/" },
        { "@type": "Person", name: "Daniel Reyes", url: "https://news.example.org/authors/daniel-reyes/" },
      ],
      publisher: {
        "@type": "NewsMediaOrganization",
        name: "The Meridian Ledger",
        url: "https://news.example.org/",
        logo: { "@type": "ImageObject", url: "https://news.example.org/images/logo.svg" },
      },
      dateline: "ANCHORAGE, Alaska",
      articleSection: "World",
      keywords: ["Russia", "New START"],
      inLanguage: "en-US",
      mainEntityOfPage: { "@type": "WebPage", "@id": "https://news.example.org/articles/summit/" },
      url: "https://news.example.org/articles/summit/",
      correction: [{ "@type": "CorrectionComment", text: "An earlier version misstated the base's name.", datePublished: "2025-08-16T09:00:00-04:00" }],
    });
  });

  it("leaves out what the article does not have, and never invents an author", () => {
    const bare = newsArticleJsonLd({ ...INPUT, image: undefined, authors: [], dateline: undefined, section: undefined, keywords: [], corrections: [], publisher: { name: "P", url: "https://p.example/" } });
    expect(Object.keys(bare)).toEqual([
      "@context", "@type", "@id", "headline", "description", "datePublished", "dateModified", "author", "publisher", "inLanguage", "mainEntityOfPage", "url",
    ]);
    expect(bare.author).toEqual([]);
    expect(bare.publisher).toEqual({ "@type": "NewsMediaOrganization", name: "P", url: "https://p.example/" });
  });

  it("cannot close its <script> element whatever a field holds, once serialised with the json filter", () => {
    const hostile = newsArticleJsonLd({ ...INPUT, headline: "</script><script>alert(1)</script>", description: "<!-- & \u2028" });
    const text = safeJson(hostile);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text).headline).toBe("</script><script>alert(1)</script>");
    expect(JSON.parse(text).description).toBe("<!-- & \u2028");
  });
});

describe("breadcrumbJsonLd", () => {
  it("numbers the trail from the front page", () => {
    expect(breadcrumbJsonLd([{ name: "Ledger", url: "https://news.example.org/" }, { name: "World", url: "https://news.example.org/sections/world/" }])).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Ledger", item: "https://news.example.org/" },
        { "@type": "ListItem", position: 2, name: "World", item: "https://news.example.org/sections/world/" },
      ],
    });
  });
});
