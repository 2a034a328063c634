// The search index's parts: whole blocks from the oldest story, the newest in small parts, so a new
// story changes only the newest part and every earlier boundary stays where it was.
import { describe, expect, it } from "vitest";
import { searchParts } from "../../src/index/search-parts.ts";

/** Articles newest first, as the site model holds them: story-n is the n-th oldest. */
const archive = (count: number) => Array.from({ length: count }, (_, i) => ({ url: `/articles/story-${count - i}/` }));
const sizes = { block: 10, part: 3 };

describe("searchParts", () => {
  it("makes one part of every article unless asked for parts", () => {
    expect(searchParts(archive(12), undefined)).toEqual([{ path: "", urls: archive(12).map((a) => a.url).reverse() }]);
  });

  it("makes one empty part for a site with no articles, and one part for a small one", () => {
    expect(searchParts([], sizes)).toEqual([{ path: "", urls: [] }]);
    expect(searchParts(archive(2), sizes)).toEqual([{ path: "", urls: ["/articles/story-1/", "/articles/story-2/"] }]);
  });

  it("puts whole blocks first, oldest first, then the newest in small parts", () => {
    const parts = searchParts(archive(25), sizes);
    expect(parts.map((p) => p.path)).toEqual(["", "part-2/", "part-3/", "part-4/"]);
    expect(parts.map((p) => p.urls.length)).toEqual([10, 10, 3, 2]);
    expect(parts[0]!.urls[0]).toBe("/articles/story-1/");
    expect(parts[3]!.urls).toEqual(["/articles/story-24/", "/articles/story-25/"]);
    expect(parts.flatMap((p) => p.urls)).toEqual(archive(25).map((a) => a.url).reverse());
  });

  it("changes only the newest part when a story is published", () => {
    for (const count of [1, 12, 14, 22, 31]) {
      const before = searchParts(archive(count), sizes);
      const after = searchParts(archive(count + 1), sizes);
      // Every part before the last is the same; the new story is at the end of the last.
      const unchanged = after.slice(0, -1).filter((p, i) => JSON.stringify(p) === JSON.stringify(before[i]));
      expect(unchanged.length).toBe(after.length - 1);
      expect(after.at(-1)!.urls.at(-1)).toBe(`/articles/story-${count + 1}/`);
    }
  });

  it("joins the newest parts into a block once they fill one", () => {
    const parts = searchParts(archive(20), sizes);
    expect(parts.map((p) => p.urls.length)).toEqual([10, 10]);
    expect(searchParts(archive(19), sizes).map((p) => p.urls.length)).toEqual([10, 3, 3, 3]);
  });
});
