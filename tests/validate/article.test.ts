import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/load/parse-article.ts";
import { isProblem } from "../../src/load/parse-yaml.ts";
import type { Article, RawArticle, SiteData } from "../../src/model.ts";
import type { Problem } from "../../src/problems.ts";
import { ARTICLE_FIELDS, validateArticle } from "../../src/validate/article.ts";
import { validateSiteData } from "../../src/validate/site-data.ts";

const FILE = "content/articles/anchorage-summit.md";

function siteData(): SiteData {
  const problems: Problem[] = [];
  const site = validateSiteData(
    {
      site: {
        path: "content/site.yaml",
        text: [
          "title: The Meridian Ledger",
          "baseUrl: https://news.example.org",
          "timeZone: America/New_York",
          "permalink: /:year/:month/:slug/",
          "sections:",
          "  - id: world",
          "    name: World",
          "  - id: politics",
          "    name: Politics",
        ].join("\n"),
      },
      authors: { path: "content/authors.yaml", text: "daniel-reyes:\n  name: Daniel Reyes\nmaria-okafor:\n  name: Maria Okafor\n" },
      tags: {
        path: "content/tags.yaml",
        text: "russia:\n  name: Russia\n  aliases: [russian-federation, Россия]\nunited-states:\n  name: United States\n  aliases: [usa]\nnew-start:\n  name: New START\ntyphoon:\n  name: 台风\n",
      },
    },
    problems,
  );
  if (!site) throw new Error(`site fixture is invalid: ${JSON.stringify(problems)}`);
  return site;
}

const SITE = siteData();
const IMAGES = new Set(["images/anchorage-summit.svg"]);

function rawOf(frontmatter: string[], body = "Body text.\n", file = FILE): RawArticle {
  const parsed = parseArticle({ path: file, text: `---\n${frontmatter.join("\n")}\n---\n${body}` });
  if (isProblem(parsed)) throw new Error(`fixture does not parse: ${parsed.kind} ${parsed.received}`);
  return parsed;
}

function validate(frontmatter: string[], file = FILE): { article: Article | undefined; problems: Problem[] } {
  const problems: Problem[] = [];
  const article = validateArticle(rawOf(frontmatter, "Body text.\n", file), SITE, IMAGES, problems);
  return { article, problems };
}

/** Line 1 is the opening ---, so frontmatter line n is file line n + 1. */
const BASE = [
  'title: "Trump and Putin meet in Alaska"', //  2
  "date: 2025-08-15T19:40:00-04:00", //           3
  "authors: [daniel-reyes]", //                  4
];

describe("validateArticle: a valid article", () => {
  const full = [
    'title: "Trump and Putin meet in Alaska"',
    'dek: "No agreement was announced."',
    "date: 2025-08-15T19:40:00-04:00",
    "updated: 2025-08-15T23:15:00-04:00",
    "dateline: Anchorage, Alaska",
    "authors: [daniel-reyes, maria-okafor, daniel-reyes]",
    "section: world",
    "type: analysis",
    "tags: [Russia, Russian Federation, USA, New START, Alaska]",
    "image:",
    "  src: images/anchorage-summit.svg",
    "  alt: Two empty chairs.",
    "  caption: The talks.",
    "  credit: Illustration by The Meridian Ledger",
    "related: [new-start-treaty-explained, new-start-treaty-explained]",
    "further_reading:",
    "  - alaska-purchase-1867-explained",
    "  - title: The treaty text",
    "    url: https://example.org/treaty",
    "corrections:",
    "  - date: 2025-08-17T09:00:00-04:00",
    "    text: A later fix.",
    "  - date: 2025-08-16T09:00:00-04:00",
    "    text: An earlier fix.",
    "featured: true",
    "lang: en-US",
    "canonical: https://wire.example.com/story",
    "noindex: true",
  ];

  it("validateArticle(full frontmatter) === the exact Article", () => {
    const { article, problems } = validate(full);
    expect(problems).toEqual([]);
    expect(article).toEqual({
      file: FILE,
      slug: "anchorage-summit",
      title: "Trump and Putin meet in Alaska",
      dek: "No agreement was announced.",
      date: new Date("2025-08-15T23:40:00Z"),
      updated: new Date("2025-08-16T03:15:00Z"),
      dateline: "Anchorage, Alaska",
      authors: ["daniel-reyes", "maria-okafor"],
      section: "world",
      tags: ["russia", "united-states", "new-start", "alaska"],
      type: "analysis",
      image: {
        src: "images/anchorage-summit.svg",
        url: "/images/anchorage-summit.svg",
        alt: "Two empty chairs.",
        caption: "The talks.",
        credit: "Illustration by The Meridian Ledger",
      },
      related: ["new-start-treaty-explained"],
      furtherReading: [
        { title: "alaska-purchase-1867-explained", url: "", slug: "alaska-purchase-1867-explained" },
        { title: "The treaty text", url: "https://example.org/treaty" },
      ],
      corrections: [
        { date: new Date("2025-08-16T13:00:00Z"), text: "An earlier fix." },
        { date: new Date("2025-08-17T13:00:00Z"), text: "A later fix." },
      ],
      draft: false,
      featured: true,
      lang: "en-US",
      canonical: "https://wire.example.com/story",
      noindex: true,
      body: "Body text.\n",
      bodyLine: full.length + 3,
      url: "/2025/08/anchorage-summit/",
    });
  });

  it("validateArticle(minimal) has the defaults", () => {
    const { article, problems } = validate(BASE);
    expect(problems).toEqual([]);
    expect(article).toEqual({
      file: FILE,
      slug: "anchorage-summit",
      title: "Trump and Putin meet in Alaska",
      date: new Date("2025-08-15T23:40:00Z"),
      authors: ["daniel-reyes"],
      tags: [],
      type: "news",
      related: [],
      furtherReading: [],
      corrections: [],
      draft: false,
      featured: false,
      noindex: false,
      body: "Body text.\n",
      bodyLine: 6,
      url: "/2025/08/anchorage-summit/",
    });
  });

  it.each([
    // The month in the URL is the site's (New York) month, not UTC's.
    ["date: 2025-08-01T01:30:00Z", "/2025/07/anchorage-summit/"],
    ["date: 2025-08-01", "/2025/08/anchorage-summit/"],
    ["date: 2025-12-31T23:30:00-05:00", "/2025/12/anchorage-summit/"],
  ])("validateArticle(%j).url === %j", (dateLine, url) => {
    expect(validate([BASE[0]!, dateLine]).article?.url).toBe(url);
  });

  it('validateArticle("slug: new-start-explained").slug === "new-start-explained"', () => {
    expect(validate([...BASE, "slug: new-start-explained"]).article?.slug).toBe("new-start-explained");
  });

  it.each([
    ["content/articles/Anchorage Summit.md", "anchorage-summit"],
    ["content/articles/2025/Ça va.markdown", "ca-va"],
  ])("validateArticle(file %j).slug === %j (from the file name)", (file, slug) => {
    expect(validate(BASE, file).article?.slug).toBe(slug);
  });

  it("validateArticle(image with alt: \"\") is a decorative image", () => {
    const { article, problems } = validate([...BASE, "image:", "  src: /images/anchorage-summit.svg", '  alt: ""']);
    expect(problems).toEqual([]);
    expect(article?.image).toEqual({ src: "/images/anchorage-summit.svg", url: "/images/anchorage-summit.svg", alt: "" });
  });

  it("validateArticle(image with an https src) keeps the URL", () => {
    const { article } = validate([...BASE, "image:", "  src: https://cdn.example.org/a.jpg", "  alt: A map."]);
    expect(article?.image).toEqual({ src: "https://cdn.example.org/a.jpg", url: "https://cdn.example.org/a.jpg", alt: "A map." });
  });

  it("ARTICLE_FIELDS", () => {
    expect(ARTICLE_FIELDS).toEqual([
      "title", "dek", "date", "updated", "dateline", "authors", "section", "tags", "type", "image", "related",
      "further_reading", "corrections", "draft", "featured", "slug", "lang", "canonical", "noindex",
      "editors_note", "aliases", "expires", "series",
    ]);
  });
});

describe("validateArticle: problems", () => {
  it("missing title → missing-field, no article", () => {
    expect(validate(BASE.slice(1))).toEqual({
      article: undefined,
      problems: [{ kind: "missing-field", severity: "error", file: FILE, line: 2, field: "title", expected: "a title field (text)", received: "nothing" }],
    });
  });

  it("title: 123 → wrong-type with the quote hint", () => {
    expect(validate(["title: 123", ...BASE.slice(1)])).toEqual({
      article: undefined,
      problems: [
        { kind: "wrong-type", severity: "error", file: FILE, line: 2, field: "title", expected: "text", received: "123 (number)", hint: 'put the value in quotes: title: "123"' },
      ],
    });
  });

  it.each([
    ["date: last friday", '"last friday"', undefined],
    ["date: 2025-02-30", '"2025-02-30"', "February 2025 has 28 days"],
    ["date: 2025-08-15T10:00:00", '"2025-08-15T10:00:00"', "add the UTC offset (e.g. -04:00) so the time is not ambiguous, or give the date alone"],
  ])("%s → invalid-date", (dateLine, received, hint) => {
    expect(validate([BASE[0]!, dateLine, BASE[2]!])).toEqual({
      article: undefined,
      problems: [
        { kind: "invalid-date", severity: "error", file: FILE, line: 3, field: "date", expected: "an ISO 8601 date-time with a UTC offset, e.g. 2025-08-15T10:00:00-08:00", received, hint },
      ],
    });
  });

  it("missing date → missing-field", () => {
    expect(validate([BASE[0]!]).problems).toEqual([
      { kind: "missing-field", severity: "error", file: FILE, line: 2, field: "date", expected: "an ISO 8601 date-time with a UTC offset, e.g. 2025-08-15T10:00:00-08:00", received: "nothing" },
    ]);
  });

  it("updated before date → invalid-date on updated", () => {
    expect(validate([...BASE, "updated: 2025-08-14T10:00:00-04:00"]).problems).toEqual([
      { kind: "invalid-date", severity: "error", file: FILE, line: 5, field: "updated", expected: "a time after the article's date", received: "a time before it" },
    ]);
  });

  it("unknown author → unknown-author with did you mean", () => {
    expect(validate([...BASE.slice(0, 2), "authors:", "  - maria-okafor", "  - danial-reyes"])).toEqual({
      article: undefined,
      problems: [
        { kind: "unknown-author", severity: "error", file: FILE, line: 6, field: "authors.1", expected: "an author id defined in content/authors.yaml", received: '"danial-reyes"', hint: "did you mean daniel-reyes?" },
      ],
    });
  });

  it("unknown author with no near match → hint to add it", () => {
    expect(validate([...BASE.slice(0, 2), "authors: [someone-else]"]).problems).toEqual([
      { kind: "unknown-author", severity: "error", file: FILE, line: 4, field: "authors.0", expected: "an author id defined in content/authors.yaml", received: '"someone-else"', hint: "add someone-else to content/authors.yaml" },
    ]);
  });

  it.each([
    ["section: wrld", "did you mean world?"],
    ["section: sports", undefined],
  ])("%s → unknown-section", (line, hint) => {
    expect(validate([...BASE, line])).toEqual({
      article: undefined,
      problems: [
        { kind: "unknown-section", severity: "error", file: FILE, line: 5, field: "section", expected: "one of the sections in content/site.yaml (world, politics)", received: JSON.stringify(line.slice(9)), hint },
      ],
    });
  });

  it("image without alt → missing-alt on image.alt", () => {
    expect(validate([...BASE, "image:", "  src: images/anchorage-summit.svg"])).toEqual({
      article: undefined,
      problems: [
        {
          kind: "missing-alt",
          severity: "error",
          file: FILE,
          line: 5,
          field: "image.alt",
          expected: "alt text describing the image for readers who cannot see it",
          received: "nothing",
          hint: 'write alt: "" only for a purely decorative image',
        },
      ],
    });
  });

  it("image file missing → missing-image", () => {
    expect(validate([...BASE, "image:", "  src: images/summit.jpg", "  alt: A summit."])).toEqual({
      article: undefined,
      problems: [
        { kind: "missing-image", severity: "error", file: FILE, line: 6, field: "image.src", expected: "an image file in content/images/", received: '"images/summit.jpg"', hint: "no file content/images/summit.jpg" },
      ],
    });
  });

  it.each([
    ["../../secret"],
    ["images/../../secret"],
    ["images/./anchorage-summit.svg"],
    ["/etc/passwd"],
    ["http://example.org/a.jpg"],
    ["javascript:alert(1)"],
    ["file:///etc/passwd"],
  ])("image src %j → invalid-value, no article", (src) => {
    expect(validate([...BASE, "image:", `  src: "${src}"`, "  alt: x"])).toEqual({
      article: undefined,
      problems: [
        {
          kind: "invalid-value",
          severity: "error",
          file: FILE,
          line: 6,
          field: "image.src",
          expected: "a path inside content/images/ (e.g. images/summit.jpg) or an https URL",
          received: JSON.stringify(src),
        },
      ],
    });
  });

  it("image: a string → wrong-type", () => {
    expect(validate([...BASE, "image: images/anchorage-summit.svg"]).problems).toEqual([
      { kind: "wrong-type", severity: "error", file: FILE, line: 5, field: "image", expected: "a mapping with src and alt", received: '"images/anchorage-summit.svg"' },
    ]);
  });

  it("tags: yes → wrong-type with a list hint", () => {
    expect(validate([...BASE, "tags: yes"])).toEqual({
      article: undefined,
      problems: [{ kind: "wrong-type", severity: "error", file: FILE, line: 5, field: "tags", expected: "a list of tags", received: '"yes"', hint: "write a list: tags: [yes]" }],
    });
  });

  it("tags: [russia, '!!!'] → invalid-value on the tag without letters", () => {
    expect(validate([...BASE, "tags: [russia, '!!!']"]).problems).toEqual([
      { kind: "invalid-value", severity: "error", file: FILE, line: 5, field: "tags.1", expected: "a tag with letters or digits", received: '"!!!"' },
    ]);
  });

  it("a tag in another script is the tag tags.yaml names or aliases so; one it does not is an error saying how to add it", () => {
    expect(validate([...BASE, "tags: [台风, ' россия ', 海葵]"])).toEqual({
      article: undefined,
      problems: [
        {
          kind: "invalid-value",
          severity: "error",
          file: FILE,
          line: 5,
          field: "tags.2",
          expected: "a tag with Latin letters or digits, or one named in content/tags.yaml",
          received: '"海葵"',
          hint: 'tag URLs are Latin (/tags/<slug>/): add the tag to content/tags.yaml with a Latin slug and this as its name, e.g. <latin-slug>: { name: "海葵" }',
        },
      ],
    });
    expect(validate([...BASE, "tags: [台风, Россия, russia]"]).article?.tags).toEqual(["typhoon", "russia"]);
  });

  it("unknown field → warning with did you mean; the article is still valid", () => {
    const { article, problems } = validate([...BASE, "autors: [maria-okafor]", "summary: x"]);
    expect(article?.slug).toBe("anchorage-summit");
    expect(problems).toEqual([
      { kind: "unknown-field", severity: "warning", file: FILE, line: 5, field: "autors", expected: "a known frontmatter field", received: '"autors"', hint: "did you mean authors?" },
      { kind: "unknown-field", severity: "warning", file: FILE, line: 6, field: "summary", expected: "a known frontmatter field", received: '"summary"', hint: "the field is ignored" },
    ]);
  });

  it.each([
    ["slug: Anchorage Summit", '"Anchorage Summit"', "use anchorage-summit"],
    ["slug: '!!!'", '"!!!"', undefined],
  ])("%s → invalid-slug", (line, received, hint) => {
    expect(validate([...BASE, line]).problems).toEqual([
      { kind: "invalid-slug", severity: "error", file: FILE, line: 5, field: "slug", expected: "a slug of lower-case letters, digits and single hyphens", received, hint },
    ]);
  });

  it("file name without letters or digits and no slug → invalid-slug at line 1", () => {
    expect(validate(BASE, "content/articles/---.md").problems).toEqual([
      { kind: "invalid-slug", severity: "error", file: "content/articles/---.md", line: 1, field: "slug", expected: "a file name with letters or digits, or a slug field", received: '"---"' },
    ]);
  });

  it.each([
    ["type: column", "invalid-value", "type", "one of news, analysis, explainer, opinion, live", '"column"'],
    ["draft: yes", "wrong-type", "draft", "true or false", '"yes"'],
    ["canonical: /story", "invalid-value", "canonical", "an absolute http(s) URL", '"/story"'],
    ["lang: English", "invalid-value", "lang", "a language tag such as en, en-GB or uk", '"English"'],
  ])("%s → %s", (line, kind, field, expected, received) => {
    const { article, problems } = validate([...BASE, line]);
    expect(article).toBeUndefined();
    expect(problems).toEqual([{ kind, severity: "error", file: FILE, line: 5, field, expected, received }]);
  });

  it("further_reading with a bad url → invalid-value at the entry's url line", () => {
    expect(validate([...BASE, "further_reading:", "  - title: Treaty", "    url: example.org/treaty"]).problems).toEqual([
      { kind: "invalid-value", severity: "error", file: FILE, line: 7, field: "further_reading.0.url", expected: "an absolute http(s) URL", received: '"example.org/treaty"' },
    ]);
  });

  it("a correction without text → missing-field corrections.0.text", () => {
    expect(validate([...BASE, "corrections:", "  - date: 2025-08-16"]).problems).toEqual([
      { kind: "missing-field", severity: "error", file: FILE, line: 6, field: "corrections.0.text", expected: "a text field (text)", received: "nothing" },
    ]);
  });

  it("collects every problem in one pass", () => {
    const { problems } = validate(["title: 123", "date: soon", "authors: [nobody]", "section: sports", "tags: yes"]);
    expect(problems.map((p) => [p.kind, p.field, p.line])).toEqual([
      ["wrong-type", "title", 2],
      ["invalid-date", "date", 3],
      ["unknown-author", "authors.0", 4],
      ["unknown-section", "section", 5],
      ["wrong-type", "tags", 6],
    ]);
  });
});
