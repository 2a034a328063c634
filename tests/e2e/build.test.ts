// Builds the fixture site and checks the produced pages through an HTML parser.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, copyFixture, listOutput, loadPage, type TempSite } from "../helpers/fixture-site.ts";

let site: TempSite;

beforeAll(async () => {
  site = await copyFixture("site");
  const outcome = await buildSite(site);
  expect(outcome.report).toBe(`Built 4 articles (22 pages) into ${site.out}.`);
  expect(outcome.ok).toBe(true);
});
afterAll(() => site.cleanup());

const text = ($: ReturnType<typeof import("cheerio").load>, selector: string) => $(selector).first().text().replace(/\s+/g, " ").trim();

describe("fixture site", () => {
  it("writes exactly the expected HTML pages (no draft, no scheduled article)", async () => {
    const html = (await listOutput(site.out)).filter((f) => f.endsWith(".html"));
    expect(html).toEqual([
      "/404.html",
      "/articles/council-approves-harbour-budget/index.html",
      "/articles/council-approves-harbour-budget/related/index.html",
      "/articles/ferry-timetable-changes/index.html",
      "/articles/ferry-timetable-changes/related/index.html",
      "/articles/fish-market-reopens/index.html",
      "/articles/fish-market-reopens/related/index.html",
      "/articles/harbour-dredging-explained/index.html",
      "/articles/harbour-dredging-explained/related/index.html",
      "/authors/ana-reyes/index.html",
      "/authors/tom-birch/index.html",
      "/authors/tom-birch/page/2/index.html",
      "/corrections/index.html",
      "/index.html",
      "/search/index.html",
      "/sections/business/index.html",
      "/sections/local/index.html",
      "/tags/budget/index.html",
      "/tags/ferries/index.html",
      "/tags/harbour/index.html",
      "/tags/harbour/page/2/index.html",
      "/tags/index.html",
    ]);
  });

  it("copies the article images", async () => {
    expect(await listOutput(site.out)).toContain("/images/harbour.svg");
  });

  it("renders the article page: headline, dek, byline, times, dateline, image, corrections, tags", async () => {
    const $ = await loadPage(site.out, "/articles/council-approves-harbour-budget/");
    expect($("h1").length).toBe(1);
    expect(text($, "h1")).toBe("Council approves harbour budget after late-night vote");
    expect(text($, ".dek")).toBe("The plan pays for dredging and a new ferry ramp.");
    expect(text($, ".byline")).toBe("By Ana Reyes and Tom Birch");
    expect($(".byline a").map((_, a) => $(a).attr("href")).get()).toEqual(["/authors/ana-reyes/", "/authors/tom-birch/"]);
    expect($(".published time").attr("datetime")).toBe("2025-03-03T21:30:00-05:00");
    expect(text($, ".published time")).toBe("March 3, 2025, 9:30 p.m. EST");
    expect($(".updated time").attr("datetime")).toBe("2025-03-04T09:15:00-05:00");
    expect(text($, ".updated")).toBe("Updated March 4, 2025, 9:15 a.m. EST");
    expect(text($, ".story-body p .dateline")).toBe("PORTLAND, Maine —");
    // Shown through its rendition: a vector image stays an SVG, named after its digest (see tests/e2e/images.test.ts).
    expect($(".lead-image img").attr("src")).toBe("/img/harbour-4a4eda9e5a.svg");
    expect($(".lead-image img").attr("alt")).toBe("Boats moored in the harbour at dusk");
    expect(text($, ".lead-image figcaption")).toBe("The inner harbour, where dredging starts in May. Gazette photo");
    expect(text($, ".corrections li")).toBe(
      "March 4, 2025, 11 a.m. EST: An earlier version gave the wrong total. The budget is $4.2 million, not $4.5 million.",
    );
    expect($(".story-tags a").map((_, a) => $(a).text()).get()).toEqual(["The Harbour", "Town Budget", "Ferries"]);
    expect($('link[rel="canonical"]').attr("href")).toBe("https://gazette.example.com/articles/council-approves-harbour-budget/");
  });

  it("lists related reading with the editor's pick first and a reason for each", async () => {
    const $ = await loadPage(site.out, "/articles/council-approves-harbour-budget/");
    const items = $(".related .related-item")
      .map((_, li) => `${$(li).find(".related-title").text().trim()} | ${$(li).find(".related-reason").text().trim()}`)
      .get();
    expect(items).toEqual([
      "Ferry timetable changes for spring | Editor's pick · also about Ferries and The Harbour",
      "Why the harbour needs dredging | Background explainer · also about The Harbour",
      "Fish market reopens: {{ site.title }} and {% raw %} | Also about The Harbour",
    ]);
    expect($(".related .more-link a").attr("href")).toBe("/articles/council-approves-harbour-budget/related/");
    expect($(".further-reading a").map((_, a) => `${$(a).text()} ${$(a).attr("href")}`).get()).toEqual([
      "Town budget documents https://town.example.gov/budget",
      "Why the harbour needs dredging /articles/harbour-dredging-explained/",
    ]);
  });

  it("splits the related-reading page into picks, background and later coverage, with a timeline", async () => {
    const $ = await loadPage(site.out, "/articles/harbour-dredging-explained/related/");
    const section = (id: string) => $(`#${id}`).parent().find(".related-title").map((_, h) => $(h).text().trim()).get();
    expect(section("picks-heading")).toEqual([]);
    expect(section("background-heading")).toEqual(["Fish market reopens: {{ site.title }} and {% raw %}"]);
    // One shared tag each: the budget story is closer in time and in the same section, so it ranks first.
    expect(section("later-heading")).toEqual(["Council approves harbour budget after late-night vote", "Ferry timetable changes for spring"]);
    expect(text($, "#timeline-heading")).toBe("Timeline: The Harbour");
    expect($(".timeline li").map((_, li) => $(li).text().replace(/\s+/g, " ").trim()).get()).toEqual([
      "Feb. 20, 2025 Fish market reopens: {{ site.title }} and {% raw %}",
      "March 1, 2025 Why the harbour needs dredging",
      "March 3, 2025 Council approves harbour budget after late-night vote",
      "March 5, 2025 Ferry timetable changes for spring",
    ]);
    expect($(".timeline-current").text()).toContain("Why the harbour needs dredging");
  });

  it("paginates tag pages two to a page, newest first, with previous/next links", async () => {
    const first = await loadPage(site.out, "/tags/harbour/");
    expect(text(first, "h1")).toBe("The Harbour");
    expect(text(first, ".listing-description")).toBe("Everything about the town's working harbour.");
    expect(first(".teaser-title").map((_, h) => first(h).text()).get()).toEqual([
      "Ferry timetable changes for spring",
      "Council approves harbour budget after late-night vote",
    ]);
    expect(first(".pager-prev").length).toBe(0);
    expect(first(".pager-next").attr("href")).toBe("/tags/harbour/page/2/");
    expect(text(first, ".pager-status")).toBe("Page 1 of 2");

    const second = await loadPage(site.out, "/tags/harbour/page/2/");
    expect(second(".teaser-title").map((_, h) => second(h).text()).get()).toEqual([
      "Why the harbour needs dredging",
      "Fish market reopens: {{ site.title }} and {% raw %}",
    ]);
    expect(second(".pager-prev").attr("href")).toBe("/tags/harbour/");
    expect(second(".pager-next").length).toBe(0);
  });

  it("lists every tag with its count on the tag index", async () => {
    const $ = await loadPage(site.out, "/tags/");
    expect($(".tag-index li").map((_, li) => $(li).text().replace(/\s+/g, " ").trim()).get()).toEqual([
      "Ferries 2 stories",
      "The Harbour 4 stories",
      "Town Budget 1 story",
    ]);
  });

  it("shows author pages with role, bio and their stories", async () => {
    const $ = await loadPage(site.out, "/authors/ana-reyes/");
    expect(text($, "h1")).toBe("Ana Reyes");
    expect(text($, ".author-role")).toBe("Waterfront reporter");
    expect(text($, ".listing-description")).toBe("Ana covers the harbour, ferries and fisheries.");
    expect($(".teaser-title").map((_, h) => $(h).text()).get()).toEqual([
      "Council approves harbour budget after late-night vote",
      "Why the harbour needs dredging",
    ]);
  });

  it("puts featured stories first on the front page, then the latest, then sections", async () => {
    const $ = await loadPage(site.out, "/");
    expect($(".front-featured .teaser-title").map((_, h) => $(h).text()).get()).toEqual(["Council approves harbour budget after late-night vote"]);
    expect($(".front-latest .teaser-title").map((_, h) => $(h).text()).get()).toEqual([
      "Ferry timetable changes for spring",
      "Why the harbour needs dredging",
      "Fish market reopens: {{ site.title }} and {% raw %}",
    ]);
    expect($(".front-section h2").map((_, h) => $(h).text()).get()).toEqual(["Local", "Business"]);
  });

  it("prints template syntax and HTML written in an article as text", async () => {
    const $ = await loadPage(site.out, "/articles/fish-market-reopens/");
    expect(text($, "h1")).toBe("Fish market reopens: {{ site.title }} and {% raw %}");
    expect(text($, ".dek")).toBe("<script>alert(1)</script> stays text");
    expect(text($, ".story-body p")).toBe("Stalls reopen on Saturday. {{ 7 * 7 }} and {% if true %}yes{% endif %} are printed as written.");
    // Only Dateline's own structured data (NewsArticle, BreadcrumbList), which no browser runs.
    expect($("script").map((_, s) => $(s).attr("type")).get()).toEqual(["application/ld+json", "application/ld+json"]);
    expect($(".story-body").text()).toContain('<script>alert(“body”)</script>');
  });

  it("writes a 404 page", async () => {
    const $ = await loadPage(site.out, "/404.html");
    expect(text($, "h1")).toBe("Page not found");
  });
});

describe("build options", () => {
  it("includes drafts and scheduled articles only when asked", async () => {
    const other = await copyFixture("site");
    try {
      const outcome = await buildSite(other, { drafts: true, future: true });
      expect(outcome.ok).toBe(true);
      const files = await listOutput(other.out);
      expect(files).toContain("/articles/draft-ferry-strike/index.html");
      expect(files).toContain("/articles/harbour-festival-2099/index.html");
      const $ = await loadPage(other.out, "/articles/draft-ferry-strike/");
      expect(text($, ".banner-draft")).toBe("Draft: this article is not published.");
    } finally {
      await other.cleanup();
    }
  });

  it("follows the permalink pattern in site.yaml for articles and every link to them", async () => {
    const other = await copyFixture("site");
    try {
      const config = path.join(other.root, "content", "site.yaml");
      await writeFile(config, `${await readFile(config, "utf8")}permalink: /:year/:month/:slug/\n`);
      expect((await buildSite(other, { baseUrl: "https://preview.example.com" })).ok).toBe(true);
      const files = await listOutput(other.out);
      expect(files).toContain("/2025/03/council-approves-harbour-budget/index.html");
      expect(files).toContain("/2025/03/council-approves-harbour-budget/related/index.html");
      expect(files.some((f) => f.startsWith("/articles/"))).toBe(false);
      const $ = await loadPage(other.out, "/tags/harbour/");
      expect($(".teaser-title a").first().attr("href")).toBe("/2025/03/ferry-timetable-changes/");
      const article = await loadPage(other.out, "/2025/03/council-approves-harbour-budget/");
      expect(article('link[rel="canonical"]').attr("href")).toBe("https://preview.example.com/2025/03/council-approves-harbour-budget/");
    } finally {
      await other.cleanup();
    }
  });
});
