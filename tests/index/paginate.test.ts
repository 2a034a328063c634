import { describe, expect, it } from "vitest";
import { pageUrl, paginate } from "../../src/index/paginate.ts";

describe("pageUrl", () => {
  it.each([
    ["/tags/russia/", 1, "/tags/russia/"],
    ["/tags/russia/", 2, "/tags/russia/page/2/"],
    ["/sections/world/", 10, "/sections/world/page/10/"],
  ])("pageUrl(%j, %i) === %j", (base, n, expected) => {
    expect(pageUrl(base, n)).toBe(expected);
  });
});

describe("paginate", () => {
  const items = ["a", "b", "c", "d", "e"];

  it('paginate([a..e], 2, "/tags/x/") → three pages with prev/next links', () => {
    expect(paginate(items, 2, "/tags/x/")).toEqual([
      { url: "/tags/x/", firstUrl: "/tags/x/", pageNumber: 1, totalPages: 3, nextUrl: "/tags/x/page/2/", items: ["a", "b"] },
      { url: "/tags/x/page/2/", firstUrl: "/tags/x/", pageNumber: 2, totalPages: 3, prevUrl: "/tags/x/", nextUrl: "/tags/x/page/3/", items: ["c", "d"] },
      { url: "/tags/x/page/3/", firstUrl: "/tags/x/", pageNumber: 3, totalPages: 3, prevUrl: "/tags/x/page/2/", items: ["e"] },
    ]);
  });

  it.each([
    [5, 1, [5]],
    [6, 1, [5]],
    [4, 2, [4, 1]],
    [1, 5, [1, 1, 1, 1, 1]],
  ])("paginate([a..e], %i) has %i pages of sizes %j", (pageSize, pages, sizes) => {
    const result = paginate(items, pageSize, "/x/");
    expect(result.length).toBe(pages);
    expect(result.map((p) => p.items.length)).toEqual(sizes);
    expect(result.every((p) => p.totalPages === pages)).toBe(true);
  });

  it('paginate([], 20, "/sections/world/") → one empty page', () => {
    expect(paginate([], 20, "/sections/world/")).toEqual([
      { url: "/sections/world/", firstUrl: "/sections/world/", pageNumber: 1, totalPages: 1, items: [] },
    ]);
  });

  it("paginate([a..e], 5) leaves prevUrl and nextUrl unset on a single page", () => {
    const [only] = paginate(items, 5, "/x/");
    expect(only?.prevUrl).toBeUndefined();
    expect(only?.nextUrl).toBeUndefined();
  });
});
