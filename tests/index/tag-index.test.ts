import { describe, expect, it } from "vitest";
import { buildTagIndex } from "../../src/index/tag-index.ts";
import type { Article } from "../../src/model.ts";

function article(slug: string, tags: string[]): Article {
  return {
    file: `content/articles/${slug}.md`,
    slug,
    title: slug,
    date: new Date("2025-08-15T12:00:00Z"),
    authors: [],
    tags,
    type: "news",
    related: [],
    furtherReading: [],
    corrections: [],
    draft: false,
    featured: false,
    noindex: false,
    body: "",
    bodyLine: 4,
    url: `/articles/${slug}/`,
  };
}

describe("buildTagIndex", () => {
  it("maps each tag to its articles in the order given (newest first)", () => {
    const index = buildTagIndex([article("newest", ["russia", "alaska"]), article("middle", ["russia"]), article("oldest", ["alaska", "ukraine"])]);
    expect([...index].map(([tag, list]) => [tag, list.map((a) => a.slug)])).toEqual([
      ["russia", ["newest", "middle"]],
      ["alaska", ["newest", "oldest"]],
      ["ukraine", ["oldest"]],
    ]);
  });

  it("buildTagIndex([]) is empty", () => {
    expect(buildTagIndex([]).size).toBe(0);
  });
});
