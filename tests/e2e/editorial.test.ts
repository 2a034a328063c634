// Builds the editorial fixture and checks the newsroom features through an HTML parser: corrections,
// editor's notes, old URLs, expiry, series, live coverage, and the draft and scheduled banners.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, copyFixture, listOutput, loadPage, type TempSite } from "../helpers/fixture-site.ts";

let site: TempSite;
let preview: string;

beforeAll(async () => {
  site = await copyFixture("editorial");
  const outcome = await buildSite(site);
  expect(outcome.ok).toBe(true);
  preview = path.join(site.root, "_preview");
  expect((await buildSite({ ...site, out: preview }, { drafts: true, future: true })).ok).toBe(true);
});
afterAll(() => site.cleanup());

const text = ($: ReturnType<typeof import("cheerio").load>, selector: string) => $(selector).first().text().replace(/\s+/g, " ").trim();
const texts = ($: ReturnType<typeof import("cheerio").load>, selector: string) =>
  $(selector).map((_, el) => $(el).text().replace(/\s+/g, " ").trim()).get();

describe("updates and corrections", () => {
  it("shows Updated with the time, the editor's note at the top and the corrections box at the end", async () => {
    const $ = await loadPage(site.out, "/articles/storm-closes-ferry-terminal/");
    expect(text($, ".updated")).toBe("Updated March 10, 2025, 11:45 a.m. EDT");
    expect(text($, ".editors-note")).toBe(
      "Editor's note: This story was first published before the terminal reopened; see the live coverage for later updates.",
    );
    expect($(".story-header").next().is(".editors-note")).toBe(true);
    expect(texts($, ".corrections li")).toEqual([
      "March 10, 2025, 2 p.m. EDT: An earlier version misspelled the harbourmaster's name. She is Joan Pelletier.",
      "March 11, 2025, 9 a.m. EDT: An earlier version said gusts reached 80 mph. The highest gust measured was 70 mph.",
    ]);
  });

  it("lists every correction on /corrections/, newest first, linking to the article", async () => {
    const $ = await loadPage(site.out, "/corrections/");
    expect(text($, "h1")).toBe("Corrections");
    expect(
      $(".corrections-log > li")
        .map((_, li) => `${$(li).find("time").attr("datetime")} | ${$(li).find("a").attr("href")} | ${$(li).find("p").last().text()}`)
        .get(),
    ).toEqual([
      "2025-03-12T16:00:00-04:00 | /articles/storm-cleanup-begins/ | An earlier version gave the wrong day for the market's reopening. It reopens on Saturday.",
      "2025-03-11T09:00:00-04:00 | /articles/storm-closes-ferry-terminal/ | An earlier version said gusts reached 80 mph. The highest gust measured was 70 mph.",
      "2025-03-10T14:00:00-04:00 | /articles/storm-closes-ferry-terminal/ | An earlier version misspelled the harbourmaster's name. She is Joan Pelletier.",
    ]);
    expect($('.site-footer a[href="/corrections/"]').text()).toBe("Corrections");
  });
});

describe("aliases", () => {
  it("writes a redirect page for each old URL that can hold one", async () => {
    for (const url of ["/2025/03/ferry-terminal-closed/", "/news/ferry-terminal.html"]) {
      const $ = await loadPage(site.out, url);
      expect($('meta[http-equiv="refresh"]').attr("content"), url).toBe("0; url=/articles/storm-closes-ferry-terminal/");
      expect($('link[rel="canonical"]').attr("href"), url).toBe("https://gazette.example.com/articles/storm-closes-ferry-terminal/");
      expect($('meta[name="robots"]').attr("content"), url).toBe("noindex");
      expect($("main a").attr("href"), url).toBe("/articles/storm-closes-ferry-terminal/");
    }
  });

  it("lists every alias in _redirects, including one no page can stand in for", async () => {
    expect(await readFile(path.join(site.out, "_redirects"), "utf8")).toBe(`# Old addresses of moved articles (their aliases), in the format Netlify and Cloudflare Pages read.
/2025/03/ferry-terminal-closed/ /articles/storm-closes-ferry-terminal/ 301
/news/ferry-terminal.html /articles/storm-closes-ferry-terminal/ 301
/old/terminal.php /articles/storm-closes-ferry-terminal/ 301
`);
    expect((await listOutput(site.out)).filter((f) => f.startsWith("/old/"))).toEqual([]);
  });
});

describe("expiry", () => {
  it("leaves out an article after its expires time and keeps one that has not expired", async () => {
    const articles = (await listOutput(site.out)).filter((f) => /^\/articles\/[^/]+\/index\.html$/.test(f));
    expect(articles).toEqual([
      "/articles/ferry-fares-notice/index.html",
      "/articles/storm-cleanup-begins/index.html",
      "/articles/storm-closes-ferry-terminal/index.html",
      "/articles/storm-live/index.html",
    ]);
  });
});

describe("series", () => {
  it("writes a package page listing the series oldest first, named by its first story", async () => {
    const $ = await loadPage(site.out, "/series/winter-storm/");
    expect(text($, "h1")).toBe("Winter storm");
    expect(text($, ".listing-description")).toBe("3 stories, from March 10, 2025 to March 12, 2025, oldest first.");
    expect($(".series-timeline .teaser-title a").map((_, a) => $(a).attr("href")).get()).toEqual([
      "/articles/storm-closes-ferry-terminal/",
      "/articles/storm-live/",
      "/articles/storm-cleanup-begins/",
    ]);
  });

  it("links each member to the package and marks its place", async () => {
    const $ = await loadPage(site.out, "/articles/storm-cleanup-begins/");
    expect($(".series-box h2 a").attr("href")).toBe("/series/winter-storm/");
    expect(text($, ".series-box h2")).toBe("Series: Winter storm");
    expect(text($, ".series-position")).toBe("Story 3 of 3");
    expect(text($, '.series-box [aria-current="page"]')).toBe("March 12, 2025 Cleanup begins on the waterfront");
  });
});

describe("live coverage", () => {
  it("renders the summary, then each update newest first with its time and anchor", async () => {
    const $ = await loadPage(site.out, "/articles/storm-live/");
    expect(text($, ".story-body")).toBe("The storm is crossing the harbour today. This page is updated as things change.");
    expect(
      $(".live-update")
        .map((_, u) => `${$(u).attr("id")} | ${$(u).find("time").attr("datetime")} | ${$(u).find("time").text()} | ${$(u).find("h3").text()}`)
        .get(),
    ).toEqual([
      "update-202503110030 | 2025-03-11T00:30:00-04:00 | 12:30 a.m. EDT | Power is back on Front Street",
      "update-202503100940 | 2025-03-10T09:40:00-04:00 | 9:40 a.m. EDT | Ferries cancelled for the day",
      "update-202503100715 | 2025-03-10T07:15:00-04:00 | 7:15 a.m. EDT | Gusts reach 70 mph",
    ]);
    expect($("#update-202503100715 .live-body").html()?.trim()).toBe("<p>The weather station on the breakwater measured a gust of <strong>70 mph</strong>.</p>");
    expect(text($, ".live-latest")).toBe("3 updates, the latest at March 11, 2025, 12:30 a.m. EDT");
  });

  it("describes the page as a LiveBlogPosting with one liveBlogUpdate per entry", async () => {
    const $ = await loadPage(site.out, "/articles/storm-live/");
    const blocks = $('script[type="application/ld+json"]').map((_, s) => JSON.parse($(s).text())).get();
    const live = blocks.find((b: { "@type"?: string }) => b["@type"] === "LiveBlogPosting");
    expect(live).toEqual({
      "@context": "https://schema.org",
      "@type": "LiveBlogPosting",
      "@id": "https://gazette.example.com/articles/storm-live/#live",
      url: "https://gazette.example.com/articles/storm-live/",
      headline: "Live: storm day on the waterfront",
      description: "Updates through the day and night as the storm crosses the harbour.",
      datePublished: "2025-03-10T06:00:00-04:00",
      dateModified: "2025-03-11T00:30:00-04:00",
      coverageStartTime: "2025-03-10T06:00:00-04:00",
      liveBlogUpdate: [
        {
          "@type": "BlogPosting",
          "@id": "https://gazette.example.com/articles/storm-live/#update-202503110030",
          url: "https://gazette.example.com/articles/storm-live/#update-202503110030",
          headline: "Power is back on Front Street",
          datePublished: "2025-03-11T00:30:00-04:00",
          articleBody: "Crews restored power to the last 200 homes shortly after midnight.",
        },
        {
          "@type": "BlogPosting",
          "@id": "https://gazette.example.com/articles/storm-live/#update-202503100940",
          url: "https://gazette.example.com/articles/storm-live/#update-202503100940",
          headline: "Ferries cancelled for the day",
          datePublished: "2025-03-10T09:40:00-04:00",
          articleBody: "All crossings are cancelled. See the terminal story.",
        },
        {
          "@type": "BlogPosting",
          "@id": "https://gazette.example.com/articles/storm-live/#update-202503100715",
          url: "https://gazette.example.com/articles/storm-live/#update-202503100715",
          headline: "Gusts reach 70 mph",
          datePublished: "2025-03-10T07:15:00-04:00",
          articleBody: "The weather station on the breakwater measured a gust of 70 mph.",
        },
      ],
    });
  });
});

describe("drafts and scheduled articles in a preview build", () => {
  it('marks a draft with a "Draft" banner and a scheduled article with "Scheduled for …"', async () => {
    const draft = await loadPage(preview, "/articles/draft-pier-repairs/");
    expect(text(draft, ".banner-draft")).toBe("Draft: this article is not published.");
    expect(draft(".banner-scheduled").length).toBe(0);
    const scheduled = await loadPage(preview, "/articles/storm-anniversary-2099/");
    expect(text(scheduled, ".banner-scheduled")).toBe("Scheduled for March 10, 2099, 6 a.m. EDT: not published until then.");
    expect(scheduled(".banner-scheduled time").attr("datetime")).toBe("2099-03-10T06:00:00-04:00");
  });

  it("shows no banner on a published article", async () => {
    const $ = await loadPage(preview, "/articles/storm-live/");
    expect($(".banner").length).toBe(0);
  });
});
