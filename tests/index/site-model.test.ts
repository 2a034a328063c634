import { describe, expect, it } from "vitest";
import { buildSiteModel } from "../../src/index/site-model.ts";
import { parseArticle } from "../../src/load/parse-article.ts";
import { isProblem } from "../../src/load/parse-yaml.ts";
import { renderArticles } from "../../src/markdown/render-articles.ts";
import type { Article, SiteData, SiteModel } from "../../src/model.ts";
import type { Problem } from "../../src/problems.ts";
import { validateArticle } from "../../src/validate/article.ts";
import { validateSiteData } from "../../src/validate/site-data.ts";

function siteData(): SiteData {
  const problems: Problem[] = [];
  const site = validateSiteData(
    {
      site: {
        path: "content/site.yaml",
        text: [
          "title: The Meridian Ledger",
          "baseUrl: https://news.example.org",
          "language: en-US",
          "timeZone: America/New_York",
          "pageSize: 2",
          "publisher:",
          "  name: The Meridian Ledger",
          "  logo: images/logo.svg",
          "sections:",
          "  - id: world",
          "    name: World",
          "  - id: politics",
          "    name: Politics",
          "  - id: business",
          "    name: Business",
        ].join("\n"),
      },
      authors: {
        path: "content/authors.yaml",
        text: "daniel-reyes:\n  name: Daniel Reyes\n  role: Washington correspondent\nmaria-okafor:\n  name: Maria Okafor\n",
      },
      tags: {
        path: "content/tags.yaml",
        text: "russia:\n  name: Russia\n  description: Coverage of Russia.\nalaska:\n  name: Alaska\nukraine:\n  name: Ukraine\n",
      },
    },
    problems,
  );
  if (!site) throw new Error(JSON.stringify(problems));
  return site;
}

const SITE = siteData();

function article(stem: string, frontmatter: string[], body: string): Article {
  const raw = parseArticle({ path: `content/articles/${stem}.md`, text: `---\n${frontmatter.join("\n")}\n---\n${body}` });
  if (isProblem(raw)) throw new Error(raw.kind);
  const problems: Problem[] = [];
  const validated = validateArticle(raw, SITE, new Set(), problems);
  if (!validated) throw new Error(JSON.stringify(problems));
  return validated;
}

// Four stories: "russia" is on all four, "alaska" on two, "ukraine" on one.
const ARTICLES = [
  article(
    "summit",
    [
      "title: Trump and Putin meet in Alaska",
      "date: 2025-08-15T19:40:00-04:00",
      "dateline: Anchorage, Alaska",
      "authors: [daniel-reyes]",
      "section: world",
      "featured: true",
      "tags: [russia, alaska]",
      "related: [purchase]",
    ],
    "The two presidents met on Friday.\n",
  ),
  article("purchase", ["title: Why Alaska was sold", "date: 2025-08-12T09:00:00-04:00", "type: explainer", "tags: [alaska, russia]"], "## 1867\n\nThe purchase.\n"),
  article("sanctions", ["title: Sanctions bite", "date: 2025-08-10T08:00:00-04:00", "authors: [maria-okafor]", "section: world", "tags: [russia]"], "Prices rose.\n"),
  article(
    "zelensky",
    ["title: Zelensky will not give up land", "date: 2025-08-16T11:00:00-04:00", "section: politics", "featured: true", "tags: [russia, ukraine]", "lang: uk"],
    "Kyiv said no.\n",
  ),
];

const NOW = new Date("2025-08-17T16:00:00Z");
const model: SiteModel = buildSiteModel(renderArticles(ARTICLES), SITE, NOW);
const view = (slug: string) => {
  const found = model.articles.find((a) => a.slug === slug);
  if (!found) throw new Error(`no article ${slug}`);
  return found;
};

describe("buildSiteModel articles", () => {
  it("articles are newest first", () => {
    expect(model.articles.map((a) => a.slug)).toEqual(["zelensky", "summit", "purchase", "sanctions"]);
  });

  it.each([
    ["summit", "alaska", "Alaska", ["purchase", "summit"]],
    ["purchase", "alaska", "Alaska", ["purchase", "summit"]],
    ["sanctions", "russia", "Russia", ["sanctions", "purchase", "summit", "zelensky"]],
    // ukraine is on this article alone, so the next most specific tag is used.
    ["zelensky", "russia", "Russia", ["sanctions", "purchase", "summit", "zelensky"]],
  ])("timeline of %s uses its most specific tag, %s, oldest first", (slug, tag, name, items) => {
    const timeline = view(slug).timeline;
    expect(timeline?.tag).toEqual({ name, url: `/tags/${tag}/` });
    expect(timeline?.items.map((t) => t.slug)).toEqual(items);
  });

  it("the summit's article view", () => {
    const summit = view("summit");
    expect(summit).toMatchObject({
      slug: "summit",
      url: "/articles/summit/",
      relatedUrl: "/articles/summit/related/",
      title: "Trump and Putin meet in Alaska",
      type: "news",
      typeLabel: "News",
      section: { name: "World", url: "/sections/world/" },
      published: { iso: "2025-08-15T19:40:00-04:00", display: "Aug. 15, 2025, 7:40 p.m. EDT", day: "Aug. 15, 2025" },
      authors: [{ id: "daniel-reyes", name: "Daniel Reyes", role: "Washington correspondent", url: "/authors/daniel-reyes/" }],
      dateline: "ANCHORAGE, Alaska —",
      html: '<p><span class="dateline">ANCHORAGE, Alaska —</span> The two presidents met on Friday.</p>\n',
      readingMinutes: 1,
      tags: [
        { name: "Russia", url: "/tags/russia/" },
        { name: "Alaska", url: "/tags/alaska/" },
      ],
      canonical: "https://news.example.org/articles/summit/",
      noindex: false,
      lang: "en-US",
      draft: false,
    });
  });

  it("the summit's editor's pick comes first in its related reading", () => {
    const summit = view("summit");
    expect(summit.picks.map((p) => [p.teaser.slug, p.reason, p.direction])).toEqual([["purchase", "Editor's pick · also about Alaska and Russia", "background"]]);
    expect(summit.relatedTop[0]?.teaser.slug).toBe("purchase");
  });

  it("an explainer gets its type label; a lang field wins over the site's", () => {
    expect(view("purchase").typeLabel).toBe("Explainer");
    expect(view("zelensky").lang).toBe("uk");
  });
});

describe("buildSiteModel front page", () => {
  it("featured: featured articles, newest first", () => {
    expect(model.front.featured.map((t) => t.slug)).toEqual(["zelensky", "summit"]);
  });

  it("latest: the rest, newest first", () => {
    expect(model.front.latest.map((t) => t.slug)).toEqual(["purchase", "sanctions"]);
  });

  it("bySection: sections with stories, in site.yaml order", () => {
    expect(model.front.bySection.map((g) => [g.section.name, g.items.map((t) => t.slug)])).toEqual([
      ["World", ["summit", "sanctions"]],
      ["Politics", ["zelensky"]],
    ]);
  });
});

describe("buildSiteModel listings", () => {
  it("tag pages: by slug, newest first, paginated by pageSize 2", () => {
    expect(model.tagPages.map((p) => [p.key, p.title, p.url, p.pageNumber, p.totalPages, p.items.map((t) => t.slug)])).toEqual([
      ["alaska", "Alaska", "/tags/alaska/", 1, 1, ["summit", "purchase"]],
      ["russia", "Russia", "/tags/russia/", 1, 2, ["zelensky", "summit"]],
      ["russia", "Russia", "/tags/russia/page/2/", 2, 2, ["purchase", "sanctions"]],
      ["ukraine", "Ukraine", "/tags/ukraine/", 1, 1, ["zelensky"]],
    ]);
  });

  it("a tag page carries the tag's description and page links", () => {
    const [first, second] = model.tagPages.filter((p) => p.key === "russia");
    expect(first).toMatchObject({ kind: "tag", description: "Coverage of Russia.", firstUrl: "/tags/russia/", nextUrl: "/tags/russia/page/2/" });
    expect(first?.prevUrl).toBeUndefined();
    expect(second).toMatchObject({ prevUrl: "/tags/russia/" });
    expect(second?.nextUrl).toBeUndefined();
  });

  it("tag index: by name with counts", () => {
    expect(model.tagIndex).toEqual([
      { slug: "alaska", name: "Alaska", url: "/tags/alaska/", count: 2 },
      { slug: "russia", name: "Russia", url: "/tags/russia/", count: 4 },
      { slug: "ukraine", name: "Ukraine", url: "/tags/ukraine/", count: 1 },
    ]);
  });

  it("section pages: every section in site.yaml, even an empty one", () => {
    expect(model.sectionPages.map((p) => [p.key, p.url, p.items.map((t) => t.slug)])).toEqual([
      ["world", "/sections/world/", ["summit", "sanctions"]],
      ["politics", "/sections/politics/", ["zelensky"]],
      ["business", "/sections/business/", []],
    ]);
  });

  it("author pages: every author, with role", () => {
    expect(model.authorPages.map((p) => [p.key, p.title, p.role, p.items.map((t) => t.slug)])).toEqual([
      ["daniel-reyes", "Daniel Reyes", "Washington correspondent", ["summit"]],
      ["maria-okafor", "Maria Okafor", undefined, ["sanctions"]],
    ]);
  });

  it("sections, logo and build time", () => {
    expect(model.sections).toEqual([
      { id: "world", name: "World", url: "/sections/world/" },
      { id: "politics", name: "Politics", url: "/sections/politics/" },
      { id: "business", name: "Business", url: "/sections/business/" },
    ]);
    expect(model.config.logoUrl).toBe("/images/logo.svg");
    expect(model.builtAt).toEqual({ iso: "2025-08-17T12:00:00-04:00", display: "Aug. 17, 2025, noon EDT", day: "Aug. 17, 2025" });
  });
});
