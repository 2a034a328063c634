import { describe, expect, it } from "vitest";
import type { Problem } from "../../src/problems.ts";
import { validateAliases } from "../../src/validate/aliases.ts";
import { articlesFrom, gazette } from "../helpers/articles.ts";

const SITE = gazette();
const DATE = "date: 2025-03-01T08:00:00-05:00";

function check(aliases: Record<string, string[]>) {
  const files = Object.fromEntries(
    Object.entries(aliases).map(([stem, list]) => [stem, { fm: ["title: A story", DATE, "aliases:", ...list.map((a) => `  - ${a}`)] }]),
  );
  const { articles, raws } = articlesFrom(SITE, files);
  const problems: Problem[] = [];
  const kept = validateAliases(articles, raws, problems);
  return { kept: kept.map((a) => a.slug), problems: problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.received}`) };
}

describe("validateAliases", () => {
  it("keeps articles whose old URLs are all free", () => {
    expect(check({ a: ["/2024/a/"], b: ["/2024/b", "/news/b.html"] })).toEqual({ kept: ["a", "b"], problems: [] });
  });

  it.each([
    ["another article's alias, ignoring case and a trailing slash", { a: ["/old/"], b: ["/OLD"] }, "content/articles/b.md:5 aliases.0 /OLD, an alias of content/articles/a.md"],
    ["another article's URL", { a: ["/articles/b/"], b: ["/x/"] }, "content/articles/a.md:5 aliases.0 /articles/b/, the URL of content/articles/b.md"],
    ["a related-reading page", { a: ["/articles/b/related/"], b: ["/x/"] }, "content/articles/a.md:5 aliases.0 /articles/b/related/, the related-reading page of content/articles/b.md"],
    ["a topic page", { a: ["/tags/harbour/"] }, "content/articles/a.md:5 aliases.0 /tags/harbour/, a page the site reserves"],
    ["the corrections page", { a: ["/corrections/"] }, "content/articles/a.md:5 aliases.0 /corrections/, a page the site reserves"],
    ["a series page", { a: ["/series/storm/"] }, "content/articles/a.md:5 aliases.0 /series/storm/, a page the site reserves"],
    ["the 404 page", { a: ["/404.html"] }, "content/articles/a.md:5 aliases.0 /404.html, a page the site reserves"],
  ])("an alias equal to %s is an error and the article is left out", (_, aliases, reported) => {
    const result = check(aliases);
    expect(result.problems).toEqual([reported]);
    expect(result.kept).toEqual(Object.keys(aliases).filter((stem) => !reported.startsWith(`content/articles/${stem}.md`)));
  });
});
