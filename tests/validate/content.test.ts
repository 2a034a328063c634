import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/load/parse-article.ts";
import { isProblem } from "../../src/load/parse-yaml.ts";
import type { Article, RawArticle, SiteData } from "../../src/model.ts";
import type { Problem } from "../../src/problems.ts";
import { validateArticle } from "../../src/validate/article.ts";
import { RESERVED_PATHS, validateAcrossArticles } from "../../src/validate/content.ts";
import { validateSiteData } from "../../src/validate/site-data.ts";

function siteWith(permalink: string): SiteData {
  const problems: Problem[] = [];
  const site = validateSiteData(
    {
      site: {
        path: "content/site.yaml",
        text: `title: T\nbaseUrl: https://news.example.org\npermalink: "${permalink}"\nsections:\n  - id: world\n    name: World\n  - id: tags\n    name: Tags\n`,
      },
      authors: undefined,
      tags: undefined,
    },
    problems,
  );
  if (!site) throw new Error(JSON.stringify(problems));
  return site;
}

interface Entry {
  raw: RawArticle;
  article: Article;
}

/** An article parsed from frontmatter lines (file line = index + 2) and validated. */
function entry(file: string, frontmatter: string[], site = siteWith("/articles/:slug/")): Entry {
  const raw = parseArticle({ path: `content/articles/${file}`, text: `---\n${frontmatter.join("\n")}\n---\nBody\n` });
  if (isProblem(raw)) throw new Error(raw.kind);
  const problems: Problem[] = [];
  const article = validateArticle(raw, site, new Set(), problems);
  if (!article) throw new Error(JSON.stringify(problems));
  return { raw, article };
}

function check(entries: Entry[]): { kept: string[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const raws = new Map(entries.map((e) => [e.raw.file, e.raw]));
  const kept = validateAcrossArticles(
    entries.map((e) => e.article),
    raws,
    problems,
  ).map((a) => a.file);
  return { kept, problems };
}

const DATE = "date: 2025-08-15T10:00:00-04:00";

describe("validateAcrossArticles duplicate slugs", () => {
  it("two articles with no clash are both kept, no problems", () => {
    expect(check([entry("a.md", ["title: A", DATE]), entry("b.md", ["title: B", DATE])])).toEqual({
      kept: ["content/articles/a.md", "content/articles/b.md"],
      problems: [],
    });
  });

  it("an explicit slug equal to another file's name → duplicate-slug on the explicit one", () => {
    const named = entry("anchorage-summit.md", ["title: A", DATE]);
    const explicit = entry("aaa-first-by-name.md", ["title: B", DATE, "slug: anchorage-summit"]);
    expect(check([named, explicit])).toEqual({
      kept: ["content/articles/anchorage-summit.md"],
      problems: [
        {
          kind: "duplicate-slug",
          severity: "error",
          file: "content/articles/aaa-first-by-name.md",
          line: 4,
          field: "slug",
          expected: "a slug no other article uses",
          received: '"anchorage-summit", already used by content/articles/anchorage-summit.md',
          hint: "rename one of the files or give one a different slug field",
        },
      ],
    });
  });

  it("same file name in two folders → the later file is reported", () => {
    const { kept, problems } = check([entry("2025/summit.md", ["title: B", DATE]), entry("2024/summit.md", ["title: A", DATE])]);
    expect(kept).toEqual(["content/articles/2024/summit.md"]);
    expect(problems.map((p) => [p.kind, p.file, p.received])).toEqual([
      ["duplicate-slug", "content/articles/2025/summit.md", '"summit", already used by content/articles/2024/summit.md'],
    ]);
  });

  it("slugs differing only in case are duplicates", () => {
    const lower = entry("a.md", ["title: A", DATE, "slug: anchorage-summit"]);
    const upper = entry("b.md", ["title: B", DATE, "slug: other"]);
    upper.article = { ...upper.article, slug: "Anchorage-Summit", url: "/articles/Anchorage-Summit/" };
    const { kept, problems } = check([lower, upper]);
    expect(kept).toEqual(["content/articles/a.md"]);
    expect(problems.map((p) => [p.kind, p.file, p.line, p.received])).toEqual([
      ["duplicate-slug", "content/articles/b.md", 4, '"Anchorage-Summit", already used by content/articles/a.md'],
    ]);
  });
});

describe("validateAcrossArticles URL collisions", () => {
  it("RESERVED_PATHS", () => {
    expect([...RESERVED_PATHS]).toEqual(["/", "/tags/", "/sections/", "/authors/", "/corrections/", "/search/", "/series/", "/feeds/", "/images/", "/pagefind/", "/sitemaps/"]);
  });

  it.each([["tags"], ["authors"], ["search"], ["feeds"]])("slug %j with permalink /:slug/ → url-collision with a reserved page", (slug) => {
    const site = siteWith("/:slug/");
    expect(check([entry("a.md", ["title: A", DATE, `slug: ${slug}`], site)])).toEqual({
      kept: [],
      problems: [
        {
          kind: "url-collision",
          severity: "error",
          file: "content/articles/a.md",
          line: 4,
          field: "slug",
          expected: "a URL no other page uses",
          received: `/${slug}/, a page the site reserves`,
          hint: "choose a different slug",
        },
      ],
    });
  });

  it("slug tags with permalink /articles/:slug/ is fine", () => {
    expect(check([entry("a.md", ["title: A", DATE, "slug: tags"])]).problems).toEqual([]);
  });

  it("two articles with one URL (differing in case) → url-collision on the later file", () => {
    const a = entry("a.md", ["title: A", DATE]);
    const b = entry("b.md", ["title: B", DATE]);
    b.article = { ...b.article, url: "/ARTICLES/A/" };
    const { kept, problems } = check([a, b]);
    expect(kept).toEqual(["content/articles/a.md"]);
    expect(problems.map((p) => [p.kind, p.file, p.received])).toEqual([
      ["url-collision", "content/articles/b.md", "/ARTICLES/A/, also the URL of content/articles/a.md"],
    ]);
  });

  // With permalink /:section/:slug/ and a section whose id is "tags", russia.md would take the
  // URL of the tag page for russia.
  it("permalink /:section/:slug/, section tags, slug russia → url-collision with the tag page", () => {
    const site = siteWith("/:section/:slug/");
    const { kept, problems } = check([entry("russia.md", ["title: A", DATE, "section: tags", "tags: [russia]"], site)]);
    expect(kept).toEqual([]);
    expect(problems.map((p) => [p.kind, p.file, p.field])).toEqual([["url-collision", "content/articles/russia.md", "slug"]]);
  });
});

describe("validateAcrossArticles links between articles", () => {
  it("unknown related slug → unknown-related with did you mean", () => {
    const target = entry("new-start-treaty-explained.md", ["title: T", DATE]);
    const linking = entry("summit.md", ["title: S", DATE, "related:", "  - new-start-treaty-explained", "  - new-start-treaty-explaind"]);
    expect(check([target, linking])).toEqual({
      kept: ["content/articles/new-start-treaty-explained.md"],
      problems: [
        {
          kind: "unknown-related",
          severity: "error",
          file: "content/articles/summit.md",
          line: 6,
          field: "related.1",
          expected: "the slug of an existing article",
          received: '"new-start-treaty-explaind"',
          hint: "did you mean new-start-treaty-explained?",
        },
      ],
    });
  });

  it("unknown related slug with nothing close → no hint", () => {
    const { problems } = check([entry("summit.md", ["title: S", DATE, "related: [something-else]"])]);
    expect(problems).toEqual([
      {
        kind: "unknown-related",
        severity: "error",
        file: "content/articles/summit.md",
        line: 4,
        field: "related.0",
        expected: "the slug of an existing article",
        received: '"something-else"',
      },
    ]);
  });

  it("unknown further_reading slug → unknown-related on further_reading.i", () => {
    const target = entry("alaska-purchase.md", ["title: T", DATE]);
    const linking = entry("summit.md", ["title: S", DATE, "further_reading:", "  - title: Ext", "    url: https://example.org", "  - alaska-purchas"]);
    expect(check([target, linking]).problems).toEqual([
      {
        kind: "unknown-related",
        severity: "error",
        file: "content/articles/summit.md",
        line: 7,
        field: "further_reading.1",
        expected: "the slug of an existing article, or a mapping with title and url",
        received: '"alaska-purchas"',
        hint: "did you mean alaska-purchase?",
      },
    ]);
  });

  it("related slugs resolve case-insensitively", () => {
    const target = entry("alaska-purchase.md", ["title: T", DATE]);
    const linking = entry("summit.md", ["title: S", DATE, "related: [Alaska-Purchase]"]);
    expect(check([target, linking]).problems).toEqual([]);
  });
});
