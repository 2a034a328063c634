// Feeds, sitemaps, robots.txt and the search and social markup of the fixture site, value by value.
// (tests/e2e/validators.test.ts checks the same files against their schemas.)
import * as cheerio from "cheerio";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, copyFixture, listOutput, loadPage, type TempSite } from "../helpers/fixture-site.ts";

let site: TempSite;

beforeAll(async () => {
  site = await copyFixture("site");
  expect((await buildSite(site)).ok).toBe(true);
});
afterAll(() => site.cleanup());

const xml = async (out: string, file: string) => cheerio.load(await readFile(path.join(out, file), "utf8"), { xml: true });
const meta = ($: cheerio.CheerioAPI, key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).map((_, m) => $(m).attr("content")).get();

describe("feeds", () => {
  it("writes an Atom feed for the site and for every section, topic and author, and one JSON Feed", async () => {
    const files = (await listOutput(site.out)).filter((f) => f.endsWith("/feed.xml") || f.endsWith("/feed.json"));
    expect(files).toEqual([
      "/authors/ana-reyes/feed.xml",
      "/authors/tom-birch/feed.xml",
      "/feed.json",
      "/feed.xml",
      "/sections/business/feed.xml",
      "/sections/local/feed.xml",
      "/tags/budget/feed.xml",
      "/tags/ferries/feed.xml",
      "/tags/harbour/feed.xml",
    ]);
  });

  it("gives the site feed its metadata and every entry full content, stable ids and the updated time", async () => {
    const $ = await xml(site.out, "feed.xml");
    expect($("feed > id").text()).toBe("https://gazette.example.com/feed.xml");
    expect($("feed > title").text()).toBe("Harbour Gazette");
    expect($("feed > subtitle").text()).toBe("News from a small harbour town.");
    expect($("feed > updated").text()).toBe("2025-03-05T00:00:00-05:00");
    expect($('feed > link[rel="self"]').attr("href")).toBe("https://gazette.example.com/feed.xml");
    expect($('feed > link[rel="alternate"]').attr("href")).toBe("https://gazette.example.com/");
    expect($("feed > author > name").text()).toBe("Harbour Gazette Media");
    expect($("entry > id").map((_, e) => $(e).text()).get()).toEqual([
      "tag:gazette.example.com,2025-03-05:ferry-timetable-changes",
      "tag:gazette.example.com,2025-03-03:council-approves-harbour-budget",
      "tag:gazette.example.com,2025-03-01:harbour-dredging-explained",
      "tag:gazette.example.com,2025-02-20:fish-market-reopens",
    ]);
    const council = $("entry").eq(1);
    expect(council.find("title").text()).toBe("Council approves harbour budget after late-night vote");
    expect(council.find('link[rel="alternate"]').attr("href")).toBe("https://gazette.example.com/articles/council-approves-harbour-budget/");
    expect(council.find("published").text()).toBe("2025-03-03T21:30:00-05:00");
    expect(council.find("updated").text()).toBe("2025-03-04T09:15:00-05:00");
    expect(council.find("author").map((_, a) => `${$(a).find("name").text()} ${$(a).find("uri").text()}`).get()).toEqual([
      "Ana Reyes https://gazette.example.com/authors/ana-reyes/",
      "Tom Birch https://gazette.example.com/authors/tom-birch/",
    ]);
    expect(council.find("category").map((_, c) => `${$(c).attr("term")}=${$(c).attr("label")}`).get()).toEqual(["harbour=The Harbour", "budget=Town Budget", "ferries=Ferries"]);
    expect(council.find("summary").text()).toBe("The plan pays for dredging and a new ferry ramp.");
    expect(council.find("content").attr("type")).toBe("html");
    const body = cheerio.load(council.find("content").text());
    expect(body("figure img").attr("src")).toMatch(/^https:\/\/gazette\.example\.com\/img\/harbour-[0-9a-f]+-1200\.jpg$/);
    expect(body("figcaption").text()).toBe("The inner harbour, where dredging starts in May. Gazette photo");
    expect(body(".dateline").text()).toBe("PORTLAND, Maine —");
    // Links in the body reach the site from a feed reader.
    expect(body('a:contains("the explainer")').attr("href")).toBe("https://gazette.example.com/articles/harbour-dredging-explained/");
    expect(body("p").last().text()).toBe(
      "Correction, March 4, 2025, 11 a.m. EST: An earlier version gave the wrong total. The budget is $4.2 million, not $4.5 million.",
    );
  });

  it("keeps template syntax and markup from an article as text inside the feed", async () => {
    const $ = await xml(site.out, "feed.xml");
    const fish = $("entry").eq(3);
    expect(fish.find("title").text()).toBe("Fish market reopens: {{ site.title }} and {% raw %}");
    expect(fish.find("summary").text()).toBe("<script>alert(1)</script> stays text");
    expect(cheerio.load(fish.find("content").text())("script").length).toBe(0);
  });

  it("fills each listing's feed with that listing's stories, titled after its page", async () => {
    const harbour = await xml(site.out, "tags/harbour/feed.xml");
    expect(harbour("feed > title").text()).toBe("The Harbour | Harbour Gazette");
    expect(harbour("feed > subtitle").text()).toBe("Everything about the town's working harbour.");
    expect(harbour('feed > link[rel="alternate"]').attr("href")).toBe("https://gazette.example.com/tags/harbour/");
    expect(harbour("entry > title").map((_, t) => harbour(t).text()).get()).toEqual([
      "Ferry timetable changes for spring",
      "Council approves harbour budget after late-night vote",
      "Why the harbour needs dredging",
      "Fish market reopens: {{ site.title }} and {% raw %}",
    ]);
    const business = await xml(site.out, "sections/business/feed.xml");
    expect(business("entry > title").map((_, t) => business(t).text()).get()).toEqual(["Ferry timetable changes for spring", "Fish market reopens: {{ site.title }} and {% raw %}"]);
    const ana = await xml(site.out, "authors/ana-reyes/feed.xml");
    expect(ana("feed > subtitle").text()).toBe("Ana covers the harbour, ferries and fisheries.");
    expect(ana("entry > title").map((_, t) => ana(t).text()).get()).toEqual(["Council approves harbour budget after late-night vote", "Why the harbour needs dredging"]);
  });

  it("writes the JSON Feed with the same items", async () => {
    const feed = JSON.parse(await readFile(path.join(site.out, "feed.json"), "utf8"));
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.feed_url).toBe("https://gazette.example.com/feed.json");
    expect(feed.home_page_url).toBe("https://gazette.example.com/");
    expect(feed.items.map((i: { id: string }) => i.id)).toEqual([
      "tag:gazette.example.com,2025-03-05:ferry-timetable-changes",
      "tag:gazette.example.com,2025-03-03:council-approves-harbour-budget",
      "tag:gazette.example.com,2025-03-01:harbour-dredging-explained",
      "tag:gazette.example.com,2025-02-20:fish-market-reopens",
    ]);
    const { content_html, image, ...council } = feed.items[1];
    expect(council).toEqual({
      id: "tag:gazette.example.com,2025-03-03:council-approves-harbour-budget",
      url: "https://gazette.example.com/articles/council-approves-harbour-budget/",
      title: "Council approves harbour budget after late-night vote",
      summary: "The plan pays for dredging and a new ferry ramp.",
      date_published: "2025-03-03T21:30:00-05:00",
      date_modified: "2025-03-04T09:15:00-05:00",
      authors: [
        { name: "Ana Reyes", url: "https://gazette.example.com/authors/ana-reyes/" },
        { name: "Tom Birch", url: "https://gazette.example.com/authors/tom-birch/" },
      ],
      tags: ["The Harbour", "Town Budget", "Ferries"],
      language: "en-US",
    });
    expect(image).toMatch(/^https:\/\/gazette\.example\.com\/img\/harbour-[0-9a-f]+-1200\.jpg$/);
    expect(content_html).toContain("<span class=\"dateline\">PORTLAND, Maine —</span>");
  });

  it("advertises the site feeds on every page and a listing's own feed on each of its pages", async () => {
    const alternates = ($: cheerio.CheerioAPI) => $('link[rel="alternate"]').map((_, l) => `${$(l).attr("type")} ${$(l).attr("title")} ${$(l).attr("href")}`).get();
    const siteFeeds = [
      "application/atom+xml Harbour Gazette https://gazette.example.com/feed.xml",
      "application/feed+json Harbour Gazette (JSON Feed) https://gazette.example.com/feed.json",
    ];
    expect(alternates(await loadPage(site.out, "/"))).toEqual(siteFeeds);
    expect(alternates(await loadPage(site.out, "/articles/ferry-timetable-changes/"))).toEqual(siteFeeds);
    for (const page of ["/tags/harbour/", "/tags/harbour/page/2/"]) {
      expect(alternates(await loadPage(site.out, page))).toEqual([...siteFeeds, "application/atom+xml The Harbour | Harbour Gazette https://gazette.example.com/tags/harbour/feed.xml"]);
    }
    expect(alternates(await loadPage(site.out, "/sections/local/"))).toEqual([...siteFeeds, "application/atom+xml Local | Harbour Gazette https://gazette.example.com/sections/local/feed.xml"]);
    expect(alternates(await loadPage(site.out, "/authors/tom-birch/"))).toEqual([...siteFeeds, "application/atom+xml Tom Birch | Harbour Gazette https://gazette.example.com/authors/tom-birch/feed.xml"]);
  });
});

describe("listing pages", () => {
  it("give tag, section and author pages their own canonical URL and description", async () => {
    const head = ($: cheerio.CheerioAPI) => [$('link[rel="canonical"]').attr("href"), $('meta[name="description"]').attr("content")];
    expect(head(await loadPage(site.out, "/tags/harbour/page/2/"))).toEqual(["https://gazette.example.com/tags/harbour/page/2/", "Everything about the town's working harbour."]);
    expect(head(await loadPage(site.out, "/sections/business/"))).toEqual(["https://gazette.example.com/sections/business/", "Section: Business — latest stories from Harbour Gazette"]);
    expect(head(await loadPage(site.out, "/authors/ana-reyes/"))).toEqual(["https://gazette.example.com/authors/ana-reyes/", "Ana covers the harbour, ferries and fisheries."]);
  });
});

describe("article pages", () => {
  it("carry Open Graph and X card tags with absolute URLs", async () => {
    const $ = await loadPage(site.out, "/articles/council-approves-harbour-budget/");
    const tags = Object.fromEntries(
      [
        "og:type", "og:title", "og:description", "og:url", "og:image:alt", "og:site_name", "og:locale", "article:published_time",
        "article:modified_time", "article:section", "article:tag", "article:author", "twitter:card", "twitter:title", "twitter:description", "twitter:image:alt",
      ].map((key) => [key, meta($, key)]),
    );
    expect(tags).toEqual({
      "og:type": ["article"],
      "og:title": ["Council approves harbour budget after late-night vote"],
      "og:description": ["The plan pays for dredging and a new ferry ramp."],
      "og:url": ["https://gazette.example.com/articles/council-approves-harbour-budget/"],
      "og:image:alt": ["Boats moored in the harbour at dusk"],
      "og:site_name": ["Harbour Gazette"],
      "og:locale": ["en_US"],
      "article:published_time": ["2025-03-03T21:30:00-05:00"],
      "article:modified_time": ["2025-03-04T09:15:00-05:00"],
      "article:section": ["Local"],
      "article:tag": ["The Harbour", "Town Budget", "Ferries"],
      "article:author": ["https://gazette.example.com/authors/ana-reyes/", "https://gazette.example.com/authors/tom-birch/"],
      "twitter:card": ["summary_large_image"],
      "twitter:title": ["Council approves harbour budget after late-night vote"],
      "twitter:description": ["The plan pays for dredging and a new ferry ramp."],
      "twitter:image:alt": ["Boats moored in the harbour at dusk"],
    });
    expect(meta($, "og:image")).toEqual(meta($, "twitter:image"));
    expect(meta($, "og:image")[0]).toMatch(/^https:\/\/gazette\.example\.com\/img\/harbour-[0-9a-f]+-1200\.jpg$/);
    expect(meta($, "robots")).toEqual(["max-image-preview:large"]);
  });

  it("leave the image tags out when a story has no image and the site no default image", async () => {
    const $ = await loadPage(site.out, "/articles/fish-market-reopens/");
    expect(meta($, "og:image")).toEqual([]);
    expect(meta($, "twitter:card")).toEqual(["summary_large_image"]);
    // The dek with a <script> in it stays text inside the JSON-LD too.
    const data = JSON.parse($('script[type="application/ld+json"]').first().text());
    expect(data.description).toBe("<script>alert(1)</script> stays text");
    expect(data.image).toBeUndefined();
    expect($('script[type="application/ld+json"]').first().html()).not.toContain("</script");
  });
});

describe("sitemaps and robots.txt", () => {
  it("lists every indexable page in sitemap.xml with its last change", async () => {
    const $ = await xml(site.out, "sitemap.xml");
    expect($("urlset > url").map((_, u) => `${$(u).find("loc").text()} ${$(u).find("lastmod").text() || "-"}`).get()).toEqual([
      "https://gazette.example.com/ 2025-03-05T00:00:00-05:00",
      "https://gazette.example.com/tags/ 2025-03-05T00:00:00-05:00",
      "https://gazette.example.com/sections/local/ 2025-03-04T09:15:00-05:00",
      "https://gazette.example.com/sections/business/ 2025-03-05T00:00:00-05:00",
      "https://gazette.example.com/tags/budget/ 2025-03-04T09:15:00-05:00",
      "https://gazette.example.com/tags/ferries/ 2025-03-05T00:00:00-05:00",
      "https://gazette.example.com/tags/harbour/ 2025-03-05T00:00:00-05:00",
      "https://gazette.example.com/tags/harbour/page/2/ 2025-03-01T08:00:00-05:00",
      "https://gazette.example.com/authors/ana-reyes/ 2025-03-04T09:15:00-05:00",
      "https://gazette.example.com/authors/tom-birch/ 2025-03-05T00:00:00-05:00",
      "https://gazette.example.com/authors/tom-birch/page/2/ 2025-02-20T07:00:00-05:00",
      "https://gazette.example.com/corrections/ 2025-03-04T09:15:00-05:00",
      "https://gazette.example.com/articles/ferry-timetable-changes/ 2025-03-05T00:00:00-05:00",
      "https://gazette.example.com/articles/council-approves-harbour-budget/ 2025-03-04T09:15:00-05:00",
      "https://gazette.example.com/articles/harbour-dredging-explained/ 2025-03-01T08:00:00-05:00",
      "https://gazette.example.com/articles/fish-market-reopens/ 2025-02-20T07:00:00-05:00",
    ]);
  });

  it("writes no news sitemap when no story is from the last two days, and robots.txt names only sitemap.xml", async () => {
    expect(await listOutput(site.out)).not.toContain("/news-sitemap.xml");
    expect(await readFile(path.join(site.out, "robots.txt"), "utf8")).toBe("User-agent: *\nAllow: /\n\nSitemap: https://gazette.example.com/sitemap.xml\n");
  });
});

describe("noindex, canonical and the base URL override", () => {
  let other: TempSite;
  beforeAll(async () => {
    other = await copyFixture("site");
    const edit = async (slug: string, line: string) => {
      const file = path.join(other.root, "content", "articles", `${slug}.md`);
      await writeFile(file, (await readFile(file, "utf8")).replace(/^---\n/, `---\n${line}\n`));
    };
    await edit("ferry-timetable-changes", "noindex: true");
    await edit("harbour-dredging-explained", "canonical: https://wire.example.net/dredging");
    const outcome = await buildSite(other, { baseUrl: "https://preview.example.com", now: new Date("2025-03-06T12:00:00Z") });
    expect(outcome.ok, outcome.report).toBe(true);
  });
  afterAll(() => other.cleanup());

  it("marks a noindex story and keeps it out of both sitemaps", async () => {
    const $ = await loadPage(other.out, "/articles/ferry-timetable-changes/");
    expect(meta($, "robots")).toEqual(["noindex"]);
    const sitemap = await readFile(path.join(other.out, "sitemap.xml"), "utf8");
    expect(sitemap).not.toContain("ferry-timetable-changes");
    // The ferry story is the only one from the two days before the build, so no news sitemap either.
    expect(await listOutput(other.out)).not.toContain("/news-sitemap.xml");
  });

  it("points canonical and og:url at the original of republished copy and leaves it out of the sitemap", async () => {
    const $ = await loadPage(other.out, "/articles/harbour-dredging-explained/");
    expect($('link[rel="canonical"]').attr("href")).toBe("https://wire.example.net/dredging");
    expect(meta($, "og:url")).toEqual(["https://wire.example.net/dredging"]);
    expect(await readFile(path.join(other.out, "sitemap.xml"), "utf8")).not.toContain("harbour-dredging-explained");
  });

  it("uses the overriding base URL in feeds, sitemaps, robots.txt and markup", async () => {
    expect(await readFile(path.join(other.out, "robots.txt"), "utf8")).toBe("User-agent: *\nAllow: /\n\nSitemap: https://preview.example.com/sitemap.xml\n");
    const feed = await xml(other.out, "feed.xml");
    expect(feed("entry > id").first().text()).toBe("tag:preview.example.com,2025-03-05:ferry-timetable-changes");
    const $ = await loadPage(other.out, "/articles/council-approves-harbour-budget/");
    expect(meta($, "og:url")).toEqual(["https://preview.example.com/articles/council-approves-harbour-budget/"]);
    expect(JSON.parse($('script[type="application/ld+json"]').first().text()).url).toBe("https://preview.example.com/articles/council-approves-harbour-budget/");
    const files = await listOutput(other.out);
    for (const file of files.filter((f) => /\.(xml|json|txt|html)$/.test(f) && !f.startsWith("/pagefind/"))) {
      expect(await readFile(path.join(other.out, file), "utf8"), file).not.toContain("gazette.example.com");
    }
  });
});
