import { describe, expect, it } from "vitest";
import type { Article } from "../../src/model.ts";
import { selectPublished } from "../../src/validate/select-published.ts";

function article(slug: string, date: string, draft = false): Article {
  return {
    file: `content/articles/${slug}.md`,
    slug,
    title: slug,
    date: new Date(date),
    authors: [],
    tags: [],
    type: "news",
    related: [],
    furtherReading: [],
    corrections: [],
    draft,
    featured: false,
    noindex: false,
    body: "",
    bodyLine: 4,
    url: `/articles/${slug}/`,
  };
}

const NOW = new Date("2025-08-15T12:00:00Z");
const articles = [
  article("published", "2025-08-14T12:00:00Z"),
  article("exactly-now", "2025-08-15T12:00:00Z"),
  article("draft", "2025-08-14T12:00:00Z", true),
  article("scheduled", "2025-08-15T12:00:00.001Z"),
  article("scheduled-draft", "2025-09-01T00:00:00Z", true),
];

describe("selectPublished", () => {
  it.each([
    [false, false, ["published", "exactly-now"]],
    [true, false, ["published", "exactly-now", "draft"]],
    [false, true, ["published", "exactly-now", "scheduled"]],
    [true, true, ["published", "exactly-now", "draft", "scheduled", "scheduled-draft"]],
  ])("selectPublished(articles, { drafts: %s, future: %s }) === %j", (drafts, future, slugs) => {
    expect(selectPublished(articles, { drafts, future, now: NOW }).map((a) => a.slug)).toEqual(slugs);
  });

  it.each([
    ["2025-08-15T12:00:00.001Z", ["expiring"]],
    ["2025-08-15T12:00:00Z", []],
    ["2025-08-01T00:00:00Z", []],
  ])("selectPublished(article expiring %s) leaves it out from that moment", (expires, slugs) => {
    const expiring = { ...article("expiring", "2025-07-01T00:00:00Z"), expires: new Date(expires) };
    expect(selectPublished([expiring], { drafts: true, future: true, now: NOW }).map((a) => a.slug)).toEqual(slugs);
  });

  it("selectPublished keeps the very objects it was given", () => {
    expect(selectPublished(articles, { drafts: false, future: false, now: NOW })[0]).toBe(articles[0]);
  });
});
