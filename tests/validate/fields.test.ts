import { describe, expect, it } from "vitest";
import { isProblem, parseYaml } from "../../src/load/parse-yaml.ts";
import type { Problem } from "../../src/problems.ts";
import { FieldReader } from "../../src/validate/fields.ts";

const FILE = "content/articles/a.md";

function reader(yaml: string, base: (string | number)[] = []): { fm: FieldReader; problems: Problem[] } {
  const parsed = parseYaml(FILE, yaml);
  if (isProblem(parsed)) throw new Error(parsed.received);
  const problems: Problem[] = [];
  return { fm: new FieldReader(parsed, problems, base), problems };
}

describe("FieldReader.string", () => {
  it.each([
    ["title: Hello", "Hello"],
    ['title: "  padded  "', "padded"],
    ["title: ''", undefined],
    ["title:", undefined],
    ["other: x", undefined],
  ])("string(title) of %j === %j", (yaml, expected) => {
    const { fm, problems } = reader(yaml);
    expect(fm.string("title")).toBe(expected);
    expect(problems).toEqual([]);
  });

  it.each([
    ["other: x", "nothing"],
    ["other: x\ntitle:", "an empty value"],
  ])("string(title, required) of %j → missing-field, received %s", (yaml, received) => {
    const { fm, problems } = reader(yaml);
    expect(fm.string("title", { required: true })).toBeUndefined();
    expect(problems).toEqual([
      { kind: "missing-field", severity: "error", file: FILE, line: yaml.includes("title") ? 2 : 1, field: "title", expected: "a title field (text)", received },
    ]);
  });

  // BUG: src/validate/fields.ts string()/date() pass the raw value to report(), which passes strings
  // through unquoted for every kind but wrong-type, so an empty string is reported as received ""
  // (a blank) instead of '""'.
  it.skip("string(title, required) of \"title: ''\" → missing-field, received '\"\"'", () => {
    const { fm, problems } = reader("other: x\ntitle: ''");
    expect(fm.string("title", { required: true })).toBeUndefined();
    expect(problems).toEqual([
      { kind: "missing-field", severity: "error", file: FILE, line: 2, field: "title", expected: "a title field (text)", received: '""' },
    ]);
  });

  it.each([
    ["title: 123", "123 (number)", 'put the value in quotes: title: "123"'],
    ["title: true", "true (boolean)", 'put the value in quotes: title: "true"'],
    ["title: [a, b]", 'a list ("a", ...)', undefined],
    ["title: []", "an empty list", undefined],
    ["title: {a: 1}", "a mapping", undefined],
  ])("string(title) of %j → wrong-type, received %s", (yaml, received, hint) => {
    const { fm, problems } = reader(yaml);
    expect(fm.string("title")).toBeUndefined();
    expect(problems).toEqual([{ kind: "wrong-type", severity: "error", file: FILE, line: 1, field: "title", expected: "text", received, hint }]);
  });
});

describe("FieldReader.boolean", () => {
  it.each([
    ["draft: true", true],
    ["draft: false", false],
    ["draft:", true],
    ["x: 1", true],
  ])("boolean(draft, true) of %j === %s", (yaml, expected) => {
    const { fm, problems } = reader(yaml);
    expect(fm.boolean("draft", true)).toBe(expected);
    expect(problems).toEqual([]);
  });

  it.each([
    ["draft: yes", '"yes"'],
    ["draft: 1", "1 (number)"],
  ])("boolean(draft, false) of %j → wrong-type, received %s", (yaml, received) => {
    const { fm, problems } = reader(yaml);
    expect(fm.boolean("draft", false)).toBe(false);
    expect(problems).toEqual([{ kind: "wrong-type", severity: "error", file: FILE, line: 1, field: "draft", expected: "true or false", received, hint: undefined }]);
  });
});

describe("FieldReader.stringList", () => {
  it.each([
    ["tags: [russia, ' alaska ', 2025]", ["russia", "alaska", "2025"]],
    ["tags: []", []],
    ["tags:", []],
    ["x: 1", []],
  ])("stringList(tags) of %j === %j", (yaml, expected) => {
    const { fm, problems } = reader(yaml);
    expect(fm.stringList("tags", "tags")).toEqual(expected);
    expect(problems).toEqual([]);
  });

  it('stringList(tags) of "tags: yes" → wrong-type with a list hint', () => {
    const { fm, problems } = reader("tags: yes");
    expect(fm.stringList("tags", "tags")).toEqual([]);
    expect(problems).toEqual([
      { kind: "wrong-type", severity: "error", file: FILE, line: 1, field: "tags", expected: "a list of tags", received: '"yes"', hint: "write a list: tags: [yes]" },
    ]);
  });

  it("stringList(tags) keeps good items and reports each bad one at its line", () => {
    const { fm, problems } = reader("tags:\n  - russia\n  - {a: 1}\n  - ''\n  - true\n");
    expect(fm.stringList("tags", "tags")).toEqual(["russia"]);
    expect(problems.map((p) => [p.kind, p.line, p.field, p.expected, p.received])).toEqual([
      ["wrong-type", 3, "tags.1", "tags", "a mapping"],
      ["wrong-type", 4, "tags.2", "tags", '""'],
      ["wrong-type", 5, "tags.3", "tags", "true (boolean)"],
    ]);
  });
});

describe("FieldReader.date", () => {
  const expected = "an ISO 8601 date-time with a UTC offset, e.g. 2025-08-15T10:00:00-08:00";

  it('date(date) of "date: 2025-08-15T10:00:00-04:00"', () => {
    const { fm, problems } = reader("date: 2025-08-15T10:00:00-04:00");
    expect(fm.date("date", "UTC")?.toISOString()).toBe("2025-08-15T14:00:00.000Z");
    expect(problems).toEqual([]);
  });

  it.each([
    ["x: 1\ndate: 2025-02-30", 2, "invalid-date", '"2025-02-30"', "February 2025 has 28 days"],
    ["x: 1\ndate: last friday", 2, "invalid-date", '"last friday"', undefined],
    ["x: 1\ndate: 20250815", 2, "invalid-date", "20250815 (number)", undefined],
    ["x: 1", 1, "missing-field", "nothing", undefined],
  ])("date(date, required) of %j → %s", (yaml, line, kind, received, hint) => {
    const { fm, problems } = reader(yaml);
    expect(fm.date("date", "UTC", { required: true })).toBeUndefined();
    expect(problems).toEqual([{ kind, severity: "error", file: FILE, line, field: "date", expected, received, hint }]);
  });
});

describe("FieldReader.oneOf, list, child, has", () => {
  it.each([
    ["type: analysis", "analysis", []],
    ["x: 1", "news", []],
    ["type: column", "news", [["invalid-value", "one of news, analysis", '"column"']]],
  ])("oneOf(type) of %j === %j", (yaml, value, reported) => {
    const { fm, problems } = reader(yaml);
    expect(fm.oneOf("type", ["news", "analysis"], "news")).toBe(value);
    expect(problems.map((p) => [p.kind, p.expected, p.received])).toEqual(reported);
  });

  it('list(corrections) of "corrections: note" → wrong-type', () => {
    const { fm, problems } = reader("corrections: note");
    expect(fm.list("corrections", "corrections")).toEqual([]);
    expect(problems.map((p) => [p.kind, p.field, p.expected, p.received])).toEqual([["wrong-type", "corrections", "a list of corrections", '"note"']]);
  });

  it("child(image) reads nested fields with dotted names and nested lines", () => {
    const { fm, problems } = reader("title: x\nimage:\n  src: images/a.svg\n  alt: 5\n");
    const image = fm.child("image", "a mapping");
    expect(image?.string("src")).toBe("images/a.svg");
    expect(image?.string("alt")).toBeUndefined();
    expect(problems).toEqual([
      { kind: "wrong-type", severity: "error", file: FILE, line: 4, field: "image.alt", expected: "text", received: "5 (number)", hint: 'put the value in quotes: alt: "5"' },
    ]);
  });

  it('child(image) of "image: images/a.svg" → wrong-type', () => {
    const { fm, problems } = reader("image: images/a.svg");
    expect(fm.child("image", "a mapping with src and alt")).toBeUndefined();
    expect(problems).toEqual([
      { kind: "wrong-type", severity: "error", file: FILE, line: 1, field: "image", expected: "a mapping with src and alt", received: '"images/a.svg"', hint: undefined },
    ]);
  });

  it("new FieldReader(…, base) reads a list entry", () => {
    const { fm } = reader("corrections:\n  - date: 2025-08-16\n    text: Fixed a name.\n", ["corrections", 0]);
    expect(fm.record).toEqual({ date: "2025-08-16", text: "Fixed a name." });
    expect(fm.fieldName("text")).toBe("corrections.0.text");
    expect(fm.line("text")).toBe(3);
  });

  it.each([
    ["a: x", true],
    ["a: ''", true],
    ["a: false", true],
    ["a:", false],
    ["b: x", false],
  ])("has(a) of %j === %s", (yaml, expected) => {
    expect(reader(yaml).fm.has("a")).toBe(expected);
  });
});
