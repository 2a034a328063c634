import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/load/parse-article.ts";
import { isProblem } from "../../src/load/parse-yaml.ts";
import type { Problem } from "../../src/problems.ts";
import { readEditorialFields } from "../../src/validate/editorial-fields.ts";
import { FieldReader } from "../../src/validate/fields.ts";

const DATE = new Date("2025-08-15T23:40:00Z");

function read(frontmatter: string[]) {
  const raw = parseArticle({ path: "content/articles/a.md", text: `---\n${frontmatter.join("\n")}\n---\nBody.\n` });
  if (isProblem(raw)) throw new Error(raw.kind);
  const problems: Problem[] = [];
  const fields = readEditorialFields(new FieldReader(raw.frontmatter, problems), "America/New_York", DATE);
  return { fields, problems };
}

describe("readEditorialFields", () => {
  it("reads editors_note, aliases, expires and series", () => {
    expect(
      read([
        "editors_note: Context added after publication.",
        "aliases: [/2025/08/old-slug/, /news/story.html, /2025/08/old-slug/]",
        "expires: 2025-09-01",
        "series: The Anchorage summit",
      ]),
    ).toEqual({
      fields: {
        editorsNote: "Context added after publication.",
        aliases: ["/2025/08/old-slug/", "/news/story.html"],
        expires: new Date("2025-09-01T04:00:00Z"),
        series: "The Anchorage summit",
      },
      problems: [],
    });
  });

  it("readEditorialFields(nothing) leaves every field undefined", () => {
    expect(read(["title: x"])).toEqual({ fields: { editorsNote: undefined, aliases: undefined, expires: undefined, series: undefined }, problems: [] });
  });

  it.each([
    ["https://news.example.org/old/", "write the path alone: /old/"],
    ["/", "the front page cannot be an old address of an article"],
    ["old/path/", "use letters, digits, - . _ ~ % + and / only; no spaces, ? or #"],
    ["/old path/", "use letters, digits, - . _ ~ % + and / only; no spaces, ? or #"],
    ["/old?id=3", "use letters, digits, - . _ ~ % + and / only; no spaces, ? or #"],
    ["//evil.example/", "use letters, digits, - . _ ~ % + and / only; no spaces, ? or #"],
    ["/a/../b/", "a path cannot contain . or .. segments"],
  ])("readEditorialFields(aliases: [%j]) is an error with hint %j", (alias, hint) => {
    const { fields, problems } = read(["aliases:", `  - "${alias}"`]);
    expect(fields.aliases).toBeUndefined();
    expect(problems).toEqual([
      {
        kind: "invalid-value",
        severity: "error",
        file: "content/articles/a.md",
        line: 3,
        field: "aliases.0",
        expected: "a URL path on this site, starting with /, e.g. /2024/05/old-slug/",
        received: JSON.stringify(alias),
        hint,
      },
    ]);
  });

  it("readEditorialFields(expires before the date) is an error", () => {
    expect(read(["expires: 2025-08-15T19:40:00-04:00"]).problems).toEqual([
      { kind: "invalid-date", severity: "error", file: "content/articles/a.md", line: 2, field: "expires", expected: "a time after the article's date", received: "a time at or before it" },
    ]);
  });

  it("readEditorialFields(series: \"!!!\") is an error", () => {
    expect(read(['series: "!!!"']).problems.map((p) => [p.field, p.expected, p.received])).toEqual([["series", "a series name with letters or digits", '"!!!"']]);
  });
});
