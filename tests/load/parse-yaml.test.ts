import { describe, expect, it } from "vitest";
import { isProblem, parseYaml, type StoredYaml, type YamlMemo } from "../../src/load/parse-yaml.ts";
import type { YamlData } from "../../src/model.ts";

function parsed(text: string, firstLine = 1): YamlData {
  const result = parseYaml("content/site.yaml", text, firstLine);
  if (isProblem(result)) throw new Error(`expected YAML to parse, got ${result.kind}: ${result.received}`);
  return result;
}

const nested = [
  "title: Summit", //       1
  "image:", //              2
  "  src: images/a.svg", // 3
  "  alt: Two chairs", //   4
  "tags:", //               5
  "  - russia", //          6
  "  - alaska", //          7
  "further_reading:", //    8
  "  - title: Treaty", //   9
  "    url: https://x.org", // 10
  "authors: [a, b]", //    11
  "",
].join("\n");

describe("parseYaml data", () => {
  it("parseYaml(nested).data is the plain object", () => {
    expect(parsed(nested).data).toEqual({
      title: "Summit",
      image: { src: "images/a.svg", alt: "Two chairs" },
      tags: ["russia", "alaska"],
      further_reading: [{ title: "Treaty", url: "https://x.org" }],
      authors: ["a", "b"],
    });
  });

  it.each([
    ["date: 2025-08-15", { date: "2025-08-15" }],
    ["date: 2025-08-15T10:00:00-04:00", { date: "2025-08-15T10:00:00-04:00" }],
    ["date: 2025-08-15 10:00:00Z", { date: "2025-08-15 10:00:00Z" }],
    ["draft: yes", { draft: "yes" }],
    ["draft: true", { draft: true }],
    ["count: 12", { count: 12 }],
    ["tag: 2025", { tag: 2025 }],
    ["empty:", { empty: null }],
  ])("parseYaml(%j).data: dates and yes/no stay strings (core schema)", (text, data) => {
    expect(parsed(text).data).toEqual(data);
  });

  it('parseYaml("") .data === {}', () => {
    expect(parsed("").data).toEqual({});
  });

  it('parseYaml("", …).file === "content/site.yaml"', () => {
    expect(parsed("a: 1").file).toBe("content/site.yaml");
  });
});

describe("parseYaml lineOf", () => {
  it.each([
    [[], 1],
    [["title"], 1],
    [["image"], 2],
    [["image", "src"], 3],
    [["image", "alt"], 4],
    [["tags"], 5],
    [["tags", 0], 6],
    [["tags", 1], 7],
    [["further_reading", 0], 9],
    [["further_reading", 0, "url"], 10],
    [["authors", 1], 11],
    // A path that runs out stops at the deepest part that exists.
    [["image", "caption"], 2],
    [["tags", 5], 5],
    [["missing"], 1],
    [["title", "deeper"], 1],
  ] as [(string | number)[], number][])("lineOf(%j) === %i", (path, line) => {
    expect(parsed(nested).lineOf(path)).toBe(line);
  });

  it.each([
    [["image", "alt"], 5],
    [["tags", 1], 8],
    [[], 2],
  ] as [(string | number)[], number][])("lineOf(%j) === %i when the text starts on file line 2", (path, line) => {
    expect(parsed(nested, 2).lineOf(path)).toBe(line);
  });

  it('lineOf(["2025"]) finds a number key by its text', () => {
    expect(parsed("a: 1\n2025: year\n").lineOf(["2025"])).toBe(2);
  });
});

describe("parseYaml problems", () => {
  it("parseYaml(duplicate key) names the line of the second key", () => {
    expect(parseYaml("content/site.yaml", "title: One\nbaseUrl: https://x.org\ntitle: Two\n")).toEqual({
      kind: "yaml-syntax",
      severity: "error",
      file: "content/site.yaml",
      line: 3,
      field: "frontmatter",
      expected: "valid YAML",
      received: "Map keys must be unique",
      hint: "each field may appear only once",
    });
  });

  it("parseYaml(unclosed flow list) reports the syntax error at its line", () => {
    expect(parseYaml("content/site.yaml", "title: x\ntags: [a, b\nsection: world\n")).toEqual({
      kind: "yaml-syntax",
      severity: "error",
      file: "content/site.yaml",
      line: 3,
      field: "frontmatter",
      expected: "valid YAML",
      received: "Flow sequence in block collection must be sufficiently indented and end with a ]",
      hint: "check indentation, colons and quotes on this line",
    });
  });

  it("parseYaml(error, firstLine 2) counts from the file line the text starts on", () => {
    const result = parseYaml("content/articles/a.md", "\ntitle: x\ntitle: y\n", 2);
    expect(result).toMatchObject({ kind: "yaml-syntax", line: 4, received: "Map keys must be unique" });
  });

  it('parseYaml(unclosed quote) received is the bare message, without "at line …, column …"', () => {
    expect(parseYaml("content/site.yaml", 'title: "open\nbaseUrl: x\n')).toMatchObject({
      kind: "yaml-syntax",
      received: 'Missing closing "quote',
    });
  });

  const billionLaughs = [
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
    "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
    "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]",
    "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]",
    "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]",
    "",
  ].join("\n");

  // Few aliases per level but many levels: 5^10 strings if expanded.
  const narrowDeepBomb = [
    'a0: &a0 ["lol","lol","lol","lol","lol"]',
    ...Array.from({ length: 10 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i},*a${i},*a${i},*a${i},*a${i}]`),
    "",
  ].join("\n");

  it.each([
    ["billion laughs", billionLaughs],
    ["narrow deep bomb", narrowDeepBomb],
  ])("parseYaml(%s) is refused within a second", (_, text) => {
    const started = performance.now();
    const result = parseYaml("content/tags.yaml", text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result).toEqual({
      kind: "yaml-syntax",
      severity: "error",
      file: "content/tags.yaml",
      line: 1,
      field: "frontmatter",
      expected: "valid YAML with at most 50 alias expansions",
      received: "Excessive alias count indicates a resource exhaustion attack",
      hint: "remove the YAML anchors (&) and aliases (*)",
    });
  });

  it("parseYaml(a few aliases) is still allowed", () => {
    expect(parsed("base: &b {name: x}\none: *b\ntwo: *b\n").data).toEqual({
      base: { name: "x" },
      one: { name: "x" },
      two: { name: "x" },
    });
  });
});

describe("isProblem", () => {
  it.each([
    [{ kind: "yaml-syntax", severity: "error" }, true],
    [{ kind: "yaml-syntax" }, false],
    [{ file: "a", data: {}, lineOf: () => 1 }, false],
    [null, false],
    ["kind severity", false],
  ])("isProblem(%j) === %s", (value, expected) => {
    expect(isProblem(value)).toBe(expected);
  });
});

describe("parseYaml hostile input", () => {
  it.each([
    ["? [a]\n: 1\n", 1, "field names written as plain text", "a list, mapping or alias used as a field name"],
    ["title: x\n{a: 1}: 2\n", 2, "field names written as plain text", "a list, mapping or alias used as a field name"],
    ["&k a: 1\n*k : 2\n", 2, "field names written as plain text", "a list, mapping or alias used as a field name"],
    ["a: 1\nb:\n  c: 2\n  c: 3\n", 4, "valid YAML", "Map keys must be unique"],
    ["1: a\n1.0: b\n", 2, "valid YAML", "Map keys must be unique"],
    [`x: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n`, 1, "YAML nested a few levels deep", "lists or mappings nested too deep to read"],
  ])("parseYaml(%j) → yaml-syntax at line %i: expected %s, received %s", (text, line, expected, received) => {
    expect(parseYaml("content/site.yaml", text)).toMatchObject({ kind: "yaml-syntax", line, expected, received });
  });

  it('parseYaml("1: a\\n\\"1\\": b") → no problem: a number and a string are different keys', () => {
    expect(parsed('1: a\n"1": b\n').data).toEqual({ 1: "b" });
  });

  it("parseYaml(6,000 keys, the second half repeating the first) → the first repeat, found in linear time", () => {
    const text = Array.from({ length: 6_000 }, (_, i) => `k${i % 3_000}: v`).join("\n");
    const started = performance.now();
    expect(parseYaml("content/site.yaml", text)).toMatchObject({ kind: "yaml-syntax", line: 3_001, received: "Map keys must be unique" });
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe("parseYaml with a memo", () => {
  /** A memo like the build cache's: values by key, and how often each was computed. */
  function memo(): YamlMemo & { entries: Map<string, StoredYaml>; computed: number } {
    const entries = new Map<string, StoredYaml>();
    return {
      entries,
      computed: 0,
      get(key, compute) {
        if (!entries.has(key)) {
          this.computed++;
          entries.set(key, compute());
        }
        return entries.get(key)!;
      },
    };
  }
  const paths = [[], ["title"], ["tags", 1], ["further_reading", 0, "url"], ["authors"], ["missing"]];

  it.each([
    ["plain", "title: Summit\ntags:\n  - russia\n  - alaska\nauthors: [a, b]"],
    ["nested (full parser)", nested],
  ])("parseYaml(%s text, memo) twice → computed once; data and lineOf equal a parse without the memo", (_, text) => {
    const cache = memo();
    const fresh = parsed(text, 2);
    const first = parseYaml("content/site.yaml", text, 2, cache);
    const again = parseYaml("content/site.yaml", text, 2, cache);
    expect(cache.computed).toBe(1);
    for (const result of [first, again]) {
      if (isProblem(result)) throw new Error(result.received);
      expect(result.file).toBe("content/site.yaml");
      expect(result.data).toStrictEqual(fresh.data);
      expect(paths.map((p) => result.lineOf(p))).toEqual(paths.map((p) => fresh.lineOf(p)));
    }
  });

  it("parseYaml(bad text, memo) twice → the same problem both times, as without the memo", () => {
    const cache = memo();
    const text = "title: Summit\n  bad: indent";
    const fresh = parseYaml("content/site.yaml", text, 2);
    expect(isProblem(fresh)).toBe(true);
    expect(parseYaml("content/site.yaml", text, 2, cache)).toEqual(fresh);
    expect(parseYaml("content/site.yaml", text, 2, cache)).toEqual(fresh);
    expect(cache.computed).toBe(1);
  });

  it("parseYaml(same text, another file or first line, memo) → parsed again: the key covers both", () => {
    const cache = memo();
    parseYaml("content/a.md", "title: T", 2, cache);
    parseYaml("content/b.md", "title: T", 2, cache);
    parseYaml("content/a.md", "title: T", 1, cache);
    parseYaml("content/a.md", "title: U", 2, cache);
    expect(cache.computed).toBe(4);
  });
});
