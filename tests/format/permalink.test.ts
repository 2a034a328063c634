import { describe, expect, it } from "vitest";
import { articleUrl, relatedUrl } from "../../src/format/permalink.ts";

describe("articleUrl", () => {
  // 02:30 UTC on Aug. 1 is still July 31 in New York.
  const lateEvening = new Date("2025-08-01T02:30:00Z");

  it.each([
    ["/articles/:slug/", "UTC", undefined, "/articles/anchorage-summit/"],
    ["/:slug/", "UTC", undefined, "/anchorage-summit/"],
    ["/:year/:month/:slug/", "UTC", undefined, "/2025/08/anchorage-summit/"],
    ["/:year/:month/:slug/", "America/New_York", undefined, "/2025/07/anchorage-summit/"],
    ["/:year/:month/:day/:slug/", "America/New_York", undefined, "/2025/07/31/anchorage-summit/"],
    ["/:year/:month/:day/:slug/", "Asia/Kolkata", undefined, "/2025/08/01/anchorage-summit/"],
    ["/:section/:slug/", "UTC", "world", "/world/anchorage-summit/"],
    ["/:section/:slug/", "UTC", undefined, "/news/anchorage-summit/"],
    ["/:section/:year/:slug/", "UTC", "politics", "/politics/2025/anchorage-summit/"],
  ])("articleUrl(%j) in %s, section %j === %j", (pattern, zone, section, expected) => {
    expect(articleUrl(pattern, { slug: "anchorage-summit", date: lateEvening, section }, zone)).toBe(expected);
  });

  it.each([
    ["2025-03-05T12:00:00Z", "/2025/03/05/s/"],
    ["2025-12-31T12:00:00Z", "/2025/12/31/s/"],
  ])("articleUrl(/:year/:month/:day/:slug/, %s) pads to %j", (iso, expected) => {
    expect(articleUrl("/:year/:month/:day/:slug/", { slug: "s", date: new Date(iso) }, "UTC")).toBe(expected);
  });

  it('articleUrl("/:unknown/:slug/") leaves an unknown token as written', () => {
    expect(articleUrl("/:unknown/:slug/", { slug: "s", date: lateEvening }, "UTC")).toBe("/:unknown/s/");
  });
});

describe("relatedUrl", () => {
  it.each([
    ["/articles/anchorage-summit/", "/articles/anchorage-summit/related/"],
    ["/2025/08/s/", "/2025/08/s/related/"],
  ])("relatedUrl(%j) === %j", (input, expected) => {
    expect(relatedUrl(input)).toBe(expected);
  });
});
