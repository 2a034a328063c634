import { describe, expect, it } from "vitest";
import { buildLiveView, plainText } from "../../src/index/live-blog.ts";
import type { RenderedArticle, TimeView } from "../../src/model.ts";

const TZ = "America/Anchorage";
const time = (date: Date): TimeView => ({ iso: date.toISOString(), display: date.toISOString(), day: "" });

function live(updates: { at: string; headline: string; html: string }[], updated?: string): RenderedArticle {
  return {
    file: "content/articles/summit-live.md",
    slug: "summit-live",
    title: "Summit day, live",
    date: new Date("2025-08-15T18:00:00Z"),
    updated: updated ? new Date(updated) : undefined,
    authors: [],
    tags: [],
    type: "live",
    related: [],
    furtherReading: [],
    corrections: [],
    draft: false,
    featured: false,
    noindex: false,
    body: "",
    bodyLine: 8,
    url: "/articles/summit-live/",
    html: "",
    wordCount: 0,
    liveUpdates: updates.map((u) => ({ ...u, headlineHtml: u.headline, at: new Date(u.at) })),
  };
}

describe("buildLiveView", () => {
  it("orders updates newest first, keeping the written order within a minute, with unique anchors", () => {
    const view = buildLiveView(
      live([
        { at: "2025-08-15T19:00:00Z", headline: "First", html: "<p>a</p>" },
        { at: "2025-08-15T22:05:00Z", headline: "Latest", html: "<p>b</p>" },
        { at: "2025-08-15T19:00:00Z", headline: "Same minute", html: "<p>c</p>" },
      ]),
      "https://news.example.org/articles/summit-live/",
      TZ,
      time,
    )!;
    expect(view.updates.map((u) => `${u.id} ${u.clock} ${u.headline}`)).toEqual([
      "update-202508151405 2:05 p.m. AKDT Latest",
      "update-202508151100 11 a.m. AKDT First",
      "update-202508151100-2 11 a.m. AKDT Same minute",
    ]);
    expect(view.jsonLd.dateModified).toBe("2025-08-15T22:05:00.000Z");
    expect(view.jsonLd.coverageStartTime).toBe("2025-08-15T18:00:00.000Z");
  });

  it("takes dateModified from updated when it is later than every update", () => {
    const view = buildLiveView(live([{ at: "2025-08-15T19:00:00Z", headline: "", html: "<p>a</p>" }], "2025-08-16T01:00:00Z"), "https://x.example/a/", TZ, time)!;
    expect(view.jsonLd.dateModified).toBe("2025-08-16T01:00:00.000Z");
    expect((view.jsonLd.liveBlogUpdate as { headline: string }[])[0]!.headline).toBe("Summit day, live");
  });

  it("keeps an update headline's Markdown for the page and plain text for the markup", () => {
    const article = live([{ at: "2025-08-15T19:00:00Z", headline: "", html: "<p>a</p>" }]);
    article.liveUpdates![0] = { ...article.liveUpdates![0]!, headline: "*Breaking*: talks end", headlineHtml: "<em>Breaking</em>: talks end" };
    const view = buildLiveView(article, "https://x.example/a/", TZ, time)!;
    expect([view.updates[0]!.headline, view.updates[0]!.headlineHtml]).toEqual(["Breaking: talks end", "<em>Breaking</em>: talks end"]);
    expect((view.jsonLd.liveBlogUpdate as { headline: string }[])[0]!.headline).toBe("Breaking: talks end");
  });

  it("buildLiveView(an article that is not live) === undefined", () => {
    expect(buildLiveView({ ...live([]), liveUpdates: undefined }, "https://x.example/a/", TZ, time)).toBeUndefined();
  });
});

describe("plainText", () => {
  it.each([
    ["<p>Gusts of <strong>70 mph</strong>.</p>\n", "Gusts of 70 mph."],
    ["<p>One.</p>\n<ul>\n<li>two</li>\n</ul>\n", "One. two"],
    ["<p>Tom &amp; Jerry &lt;3 &quot;ok&quot; &#39;x&#39;</p>", "Tom & Jerry <3 \"ok\" 'x'"],
  ])("plainText(%j) === %j", (html, text) => {
    expect(plainText(html)).toBe(text);
  });
});
