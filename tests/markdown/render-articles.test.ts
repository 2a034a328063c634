import { describe, expect, it } from "vitest";
import type { Article } from "../../src/model.ts";
import { renderArticles } from "../../src/markdown/render-articles.ts";

function article(slug: string, body: string): Article {
  return {
    file: `content/articles/${slug}.md`,
    slug,
    title: slug,
    date: new Date("2025-08-15T12:00:00Z"),
    authors: [],
    tags: [],
    type: "news",
    related: [],
    furtherReading: [],
    corrections: [],
    draft: false,
    featured: false,
    noindex: false,
    body,
    bodyLine: 5,
    url: `/articles/${slug}/`,
  };
}

describe("renderArticles", () => {
  it("renderArticles([a, b]) adds html and wordCount, keeping every field", () => {
    const a = article("a", "Hello world, it's 2025 — ok.\n\n- one\n- two\n");
    const b = article("b", "# Heading\n\n<script>x</script>");
    expect(renderArticles([a, b])).toEqual([
      { ...a, html: "<p>Hello world, it’s 2025 — ok.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n", wordCount: 7 },
      { ...b, html: "<h2>Heading</h2>\n<p>&lt;script&gt;x&lt;/script&gt;</p>\n", wordCount: 2 },
    ]);
  });

  it.each([
    ["", 0],
    ["   \n\n  ", 0],
    ["one two  three\nfour", 4],
    ["## — – ...", 0],
    ["Київ і Москва", 3],
    ["**bold** _it_", 2],
  ])("renderArticles(body %j)[0].wordCount === %i", (body, count) => {
    expect(renderArticles([article("a", body)])[0]?.wordCount).toBe(count);
  });
});
