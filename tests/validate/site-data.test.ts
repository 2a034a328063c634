import { describe, expect, it } from "vitest";
import type { SiteData } from "../../src/model.ts";
import type { Problem } from "../../src/problems.ts";
import { RELATED_DEFAULTS } from "../../src/related/options.ts";
import { checkPermalink, SITE_DEFAULTS, validateSiteData } from "../../src/validate/site-data.ts";

interface Texts {
  site?: string;
  authors?: string;
  tags?: string;
}

function validate(texts: Texts, overrides: { baseUrl?: string; pathPrefix?: string } = {}): { site: SiteData | undefined; problems: Problem[] } {
  const problems: Problem[] = [];
  const source = (name: keyof Texts) => (texts[name] === undefined ? undefined : { path: `content/${name}.yaml`, text: texts[name] });
  const site = validateSiteData({ site: source("site"), authors: source("authors"), tags: source("tags") }, problems, overrides);
  return { site, problems };
}

function valid(texts: Texts, overrides: { baseUrl?: string; pathPrefix?: string } = {}): SiteData {
  const { site, problems } = validate(texts, overrides);
  expect(problems).toEqual([]);
  if (!site) throw new Error("expected site data");
  return site;
}

const MINIMAL = "title: The Meridian Ledger\nbaseUrl: https://news.example.org\n";

describe("validateSiteData config", () => {
  it("validateSiteData(title + baseUrl) fills every default", () => {
    expect(valid({ site: MINIMAL }).config).toEqual({
      title: "The Meridian Ledger",
      description: "",
      baseUrl: "https://news.example.org",
      language: "en",
      timeZone: "UTC",
      permalink: "/articles/:slug/",
      publisher: { name: "The Meridian Ledger" },
      sections: [],
      related: RELATED_DEFAULTS,
      pageSize: 20,
    });
  });

  it("SITE_DEFAULTS", () => {
    expect(SITE_DEFAULTS).toEqual({ description: "", language: "en", timeZone: "UTC", permalink: "/articles/:slug/", pageSize: 20 });
  });

  it("validateSiteData(full site.yaml) reads every field", () => {
    const site = [
      "title: The Meridian Ledger",
      "description: World news.",
      "baseUrl: https://news.example.org///",
      "language: en-US",
      "timeZone: America/New_York",
      "permalink: /:year/:month/:slug/",
      "pageSize: 10",
      "publisher:",
      "  name: Meridian Media",
      "  logo: images/logo.svg",
      "sections:",
      "  - id: world",
      "    name: World",
      "    description: Dispatches.",
      "  - id: politics",
      "    name: Politics",
      "",
    ].join("\n");
    expect(valid({ site }).config).toEqual({
      title: "The Meridian Ledger",
      description: "World news.",
      baseUrl: "https://news.example.org",
      language: "en-US",
      timeZone: "America/New_York",
      permalink: "/:year/:month/:slug/",
      publisher: { name: "Meridian Media", logo: "images/logo.svg" },
      sections: [
        { id: "world", name: "World", description: "Dispatches." },
        { id: "politics", name: "Politics" },
      ],
      related: RELATED_DEFAULTS,
      pageSize: 10,
    });
  });

  it.each([
    [undefined, "https://news.example.org"],
    ["http://localhost:8080/", "http://localhost:8080"],
  ])("validateSiteData(…, { baseUrl: %j }).config.baseUrl === %j", (baseUrl, expected) => {
    expect(valid({ site: MINIMAL }, { baseUrl }).config.baseUrl).toBe(expected);
  });

  it("validateSiteData(no site.yaml) → missing-file", () => {
    expect(validate({ authors: "a: {name: A}" })).toEqual({
      site: undefined,
      problems: [
        {
          kind: "missing-file",
          severity: "error",
          file: "content/site.yaml",
          expected: "a site.yaml with at least title and baseUrl",
          received: "no file",
          hint: "run the build from the site's folder, the one that holds content/",
        },
      ],
    });
  });

  it("validateSiteData(no title, no baseUrl) → two missing-field problems", () => {
    expect(validate({ site: "description: d\n" })).toEqual({
      site: undefined,
      problems: [
        { kind: "missing-field", severity: "error", file: "content/site.yaml", line: 1, field: "title", expected: "a title field (text)", received: "nothing" },
        { kind: "missing-field", severity: "error", file: "content/site.yaml", line: 1, field: "baseUrl", expected: "a baseUrl field (an absolute http(s) URL)", received: "nothing" },
      ],
    });
  });

  it.each([
    ["baseUrl: news.example.org", "baseUrl", "an absolute http(s) URL, e.g. https://news.example.org", '"news.example.org"'],
    ["baseUrl: ftp://news.example.org", "baseUrl", "an absolute http(s) URL, e.g. https://news.example.org", '"ftp://news.example.org"'],
    ["timeZone: Mars/Olympus", "timeZone", "an IANA time zone, e.g. America/New_York", '"Mars/Olympus"'],
    ["timeZone: EDT", "timeZone", "an IANA time zone, e.g. America/New_York", '"EDT"'],
    ["pageSize: 0", "pageSize", "a whole number of stories per listing page, from 1 to 500", "0 (number)"],
    ["pageSize: 2.5", "pageSize", "a whole number of stories per listing page, from 1 to 500", "2.5 (number)"],
    ["pageSize: 501", "pageSize", "a whole number of stories per listing page, from 1 to 500", "501 (number)"],
  ])("validateSiteData(%j) → invalid-value at line 2", (line, field, expected, received) => {
    const site = line.startsWith("baseUrl") ? `title: T\n${line}\n` : `title: T\n${line}\nbaseUrl: https://x.org\n`;
    expect(validate({ site })).toEqual({
      site: undefined,
      problems: [{ kind: "invalid-value", severity: "error", file: "content/site.yaml", line: 2, field, expected, received }],
    });
  });

  it("validateSiteData(search:) reads the search index's part sizes; a block is ten parts unless set", () => {
    expect(valid({ site: MINIMAL }).config.search).toBeUndefined();
    expect(valid({ site: `${MINIMAL}\nsearch:\n  partSize: 300\n` }).config.search).toEqual({ part: 300, block: 3000 });
    expect(valid({ site: `${MINIMAL}\nsearch:\n  partSize: 300\n  blockSize: 1000\n` }).config.search).toEqual({ part: 300, block: 1000 });
  });

  it.each([
    ["search:\n  partSize: 0", "search.partSize"],
    ["search:\n  partSize: 2.5", "search.partSize"],
    ["search:\n  blockSize: 1000", "search.partSize"],
  ])("validateSiteData(%j) → invalid-value %s", (lines, field) => {
    const { site, problems } = validate({ site: `${MINIMAL}\n${lines}\n` });
    expect(site).toBeUndefined();
    expect(problems).toMatchObject([{ kind: "invalid-value", file: "content/site.yaml", field }]);
  });

  it.each([
    ["/articles/:slug/", undefined],
    ["/:year/:month/:slug/", undefined],
    ["/:year/:month/:day/:slug/", undefined],
    ["/:section/:slug/", undefined],
    ["/:slug/", undefined],
    ["/articles/", "a URL path starting and ending with / that contains :slug, e.g. /:year/:month/:slug/"],
    ["articles/:slug/", "a URL path starting and ending with / that contains :slug, e.g. /:year/:month/:slug/"],
    ["/articles/:slug", "a URL path starting and ending with / that contains :slug, e.g. /:year/:month/:slug/"],
    ["/../:slug/", "a URL path starting and ending with / that contains :slug, e.g. /:year/:month/:slug/"],
    ["/./:slug/", "a URL path starting and ending with / that contains :slug, e.g. /:year/:month/:slug/"],
    ["/:author/:slug/", "a URL path starting and ending with / that contains :slug, e.g. /:year/:month/:slug/ (known tokens: :year, :month, :day, :slug, :section)"],
    ["/:slugs/", "a URL path starting and ending with / that contains :slug, e.g. /:year/:month/:slug/ (known tokens: :year, :month, :day, :slug, :section)"],
  ])("checkPermalink(%j) === %j", (pattern, expected) => {
    expect(checkPermalink(pattern)).toBe(expected);
  });

  it('validateSiteData(permalink: "/:foo/:slug/") → invalid-value permalink', () => {
    const { site, problems } = validate({ site: `${MINIMAL}permalink: /:foo/:slug/\n` });
    expect(site).toBeUndefined();
    expect(problems).toEqual([
      {
        kind: "invalid-value",
        severity: "error",
        file: "content/site.yaml",
        line: 3,
        field: "permalink",
        expected: "a URL path starting and ending with / that contains :slug, e.g. /:year/:month/:slug/ (known tokens: :year, :month, :day, :slug, :section)",
        received: '"/:foo/:slug/"',
      },
    ]);
  });

  it("validateSiteData(section without name, bad id) → problems at the entry's lines", () => {
    const { problems } = validate({ site: `${MINIMAL}sections:\n  - id: World News\n    name: World\n  - id: politics\n` });
    expect(problems).toEqual([
      { kind: "invalid-slug", severity: "error", file: "content/site.yaml", line: 4, field: "sections.0.id", expected: "a slug of lower-case letters, digits and hyphens", received: '"World News"' },
      { kind: "missing-field", severity: "error", file: "content/site.yaml", line: 6, field: "sections.1.name", expected: "a name field (text)", received: "nothing" },
    ]);
  });

  // BUG: src/validate/site-data.ts readSiteConfig drops section entries that are not mappings
  // without a problem: `sections: [world, politics]` gives sections [] and no error, so every
  // article's `section: world` later fails as unknown-section "(none defined)".
  it.skip('validateSiteData("sections: [world, politics]") → wrong-type sections.0', () => {
    const { site, problems } = validate({ site: `${MINIMAL}sections: [world, politics]\n` });
    expect(site).toBeUndefined();
    expect(problems.map((p) => [p.kind, p.line, p.field])).toEqual([
      ["wrong-type", 3, "sections.0"],
      ["wrong-type", 3, "sections.1"],
    ]);
  });

  it("validateSiteData(YAML error in site.yaml) → the one yaml-syntax problem", () => {
    const { site, problems } = validate({ site: "title: T\ntitle: U\nbaseUrl: https://x.org\n" });
    expect(site).toBeUndefined();
    expect(problems.map((p) => [p.kind, p.file, p.line, p.received])).toEqual([["yaml-syntax", "content/site.yaml", 2, "Map keys must be unique"]]);
  });

  it('validateSiteData(site.yaml "- a list") → wrong-type', () => {
    expect(validate({ site: "- title\n" }).problems).toEqual([
      { kind: "wrong-type", severity: "error", file: "content/site.yaml", line: 1, expected: "a mapping of `name: value` lines", received: "something else" },
    ]);
  });
});

describe("validateSiteData authors registry", () => {
  const authors = [
    "maria-okafor:",
    "  name: Maria Okafor",
    "  role: Moscow correspondent",
    "  bio: Reports from Moscow.",
    "  url: https://example.org/maria",
    "daniel-reyes:",
    "  name: Daniel Reyes",
    "",
  ].join("\n");

  it("validateSiteData(authors.yaml).authors, sorted by id", () => {
    const site = valid({ site: MINIMAL, authors });
    expect([...site.authors.keys()]).toEqual(["daniel-reyes", "maria-okafor"]);
    expect(site.authors.get("maria-okafor")).toEqual({
      id: "maria-okafor",
      name: "Maria Okafor",
      role: "Moscow correspondent",
      bio: "Reports from Moscow.",
      url: "https://example.org/maria",
    });
    expect(site.authors.get("daniel-reyes")).toEqual({ id: "daniel-reyes", name: "Daniel Reyes" });
  });

  it("validateSiteData(no authors.yaml).authors is empty", () => {
    expect(valid({ site: MINIMAL }).authors).toEqual(new Map());
  });

  it("validateSiteData(bad authors) → one problem per mistake", () => {
    const bad = "Daniel:\n  name: D\nmaria-okafor:\n  name: Maria\n  url: ftp://x\nno-name:\n  role: r\nplain: text\n";
    const { site, problems } = validate({ site: MINIMAL, authors: bad });
    expect(site).toBeUndefined();
    expect(problems).toEqual([
      { kind: "invalid-slug", severity: "error", file: "content/authors.yaml", line: 1, field: "Daniel", expected: "an author id of lower-case letters, digits and hyphens", received: '"Daniel"' },
      { kind: "invalid-value", severity: "error", file: "content/authors.yaml", line: 5, field: "maria-okafor.url", expected: "an absolute http(s) URL", received: '"ftp://x"' },
      { kind: "missing-field", severity: "error", file: "content/authors.yaml", line: 6, field: "no-name.name", expected: "a name field (text)", received: "nothing" },
      { kind: "wrong-type", severity: "error", file: "content/authors.yaml", line: 8, field: "plain", expected: "a mapping with name, role, bio and url", received: '"text"' },
    ]);
  });
});

describe("validateSiteData tags registry and aliases", () => {
  const tags = [
    "russia:",
    "  name: Russia",
    "  description: Coverage of Russia.",
    "  aliases: [russian-federation]",
    "new-start:",
    "  name: New START",
    "  aliases: [newstart, New START Treaty]",
    "united-states:",
    "  name: United States of America",
    "  aliases: [usa, US]",
    "alaska:",
    "",
  ].join("\n");

  it("validateSiteData(tags.yaml).tags, sorted by slug", () => {
    const site = valid({ site: MINIMAL, tags });
    expect([...site.tags.values()]).toEqual([
      { slug: "alaska", name: "alaska", aliases: [] },
      { slug: "new-start", name: "New START", aliases: ["newstart", "new-start-treaty"] },
      { slug: "russia", name: "Russia", description: "Coverage of Russia.", aliases: ["russian-federation"] },
      { slug: "united-states", name: "United States of America", aliases: ["usa", "us"] },
    ]);
  });

  it("validateSiteData(tags.yaml).tagAliases maps aliases and slugified names to the tag", () => {
    const site = valid({ site: MINIMAL, tags });
    expect(Object.fromEntries(site.tagAliases)).toEqual({
      newstart: "new-start",
      "new-start-treaty": "new-start",
      "russian-federation": "russia",
      usa: "united-states",
      us: "united-states",
      "united-states-of-america": "united-states",
    });
  });

  it("validateSiteData(tags.yaml).tagAliases maps a name or alias in another script, as written in one form, to the tag", () => {
    const site = valid({ site: MINIMAL, tags: "typhoon:\n  name: 台风\n  aliases: [颱風, ＴＡＩＦＵＮ, Тайфун]\n" });
    expect(Object.fromEntries(site.tagAliases)).toEqual({ 台风: "typhoon", 颱風: "typhoon", taifun: "typhoon", тайфун: "typhoon" });
  });

  it("validateSiteData(tag key not a slug) → invalid-slug with the slug as hint", () => {
    const { problems } = validate({ site: MINIMAL, tags: "russia: {name: Russia}\nNew START: {name: New START}\n" });
    expect(problems).toEqual([
      { kind: "invalid-slug", severity: "error", file: "content/tags.yaml", line: 2, field: "New START", expected: "a tag slug of lower-case letters, digits and hyphens", received: '"New START"', hint: "write it as new-start" },
    ]);
  });
});

describe("validateSiteData pathPrefix", () => {
  it.each([
    ["", {}, "https://news.example.org", undefined],
    ["pathPrefix: /news/\n", {}, "https://news.example.org/news", "/news/"],
    ["pathPrefix: news\n", {}, "https://news.example.org/news", "/news/"],
    ["pathPrefix: /\n", {}, "https://news.example.org", undefined],
    ["", { pathPrefix: "/preview/pr-12/" }, "https://news.example.org/preview/pr-12", "/preview/pr-12/"],
    ["pathPrefix: /news/\n", { pathPrefix: "/" }, "https://news.example.org", undefined],
    ["", { baseUrl: "https://org.github.io/news/" }, "https://org.github.io/news", "/news/"],
    ["pathPrefix: /news/\n", { baseUrl: "https://org.github.io" }, "https://org.github.io/news", "/news/"],
  ])("validateSiteData(%j, %j) → baseUrl %j, pathPrefix %j", (extra, overrides, baseUrl, pathPrefix) => {
    const { config } = valid({ site: `${MINIMAL}${extra}` }, overrides);
    expect([config.baseUrl, config.pathPrefix]).toEqual([baseUrl, pathPrefix]);
  });

  it("validateSiteData(pathPrefix: ../up/) → invalid-value", () => {
    expect(validate({ site: `${MINIMAL}pathPrefix: ../up/\n` }).problems).toEqual([
      {
        kind: "invalid-value",
        severity: "error",
        file: "content/site.yaml",
        line: 3,
        field: "pathPrefix",
        expected: "a URL path such as /news/ (letters, digits, - . _ ~ % + between slashes)",
        received: '"../up/"',
      },
    ]);
  });
});
