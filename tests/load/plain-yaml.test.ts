import { parseDocument } from "yaml";
import { describe, expect, it } from "vitest";
import { readPlainYaml } from "../../src/load/plain-yaml.ts";
import { isProblem, parseYaml } from "../../src/load/parse-yaml.ts";

/** What the full parser makes of `text`, as parseYaml() configures it; undefined when it finds any problem. */
function fullParse(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: false, schema: "core", strict: true, prettyErrors: false });
  return doc.errors.length > 0 || doc.warnings.length > 0 ? undefined : doc.toJS();
}

describe("readPlainYaml reads", () => {
  it.each([
    ['title: "Trump and Putin meet in Alaska"', { title: "Trump and Putin meet in Alaska" }],
    ["title: Summit in Alaska, day two", { title: "Summit in Alaska, day two" }],
    ["date: 2025-08-15T19:40:00-04:00", { date: "2025-08-15T19:40:00-04:00" }],
    ["date: 2025-08-15", { date: "2025-08-15" }],
    ["tags: [russia, alaska, \"a, b\", 'it''s']", { tags: ["russia", "alaska", "a, b", "it's"] }],
    ["tags: []", { tags: [] }],
    ["tags:\n  - russia\n\n  # a comment\n  - alaska\ntitle: T", { tags: ["russia", "alaska"], title: "T" }],
    ["tags:\n- russia\n- alaska\ntitle: T", { tags: ["russia", "alaska"], title: "T" }],
    ["image:\n  src: images/a.svg\n  alt: 'Two chairs'\ntitle: T", { image: { src: "images/a.svg", alt: "Two chairs" }, title: "T" }],
    ['dek: "She said \\"no\\" \\\\ then \\/ left"', { dek: 'She said "no" \\ then / left' }],
    ["draft: true\nfeatured: False\ncanonical: ~\nseries:", { draft: true, featured: false, canonical: null, series: null }],
    ["title: C# and F#, a tour\nurl: https://x.org/a#b", { title: "C# and F#, a tour", url: "https://x.org/a#b" }],
    ["# leading comment\ntitle: T   \n", { title: "T" }],
  ])("readPlainYaml(%j)", (text, data) => {
    expect(readPlainYaml(text)).toStrictEqual(data);
    expect(fullParse(text)).toStrictEqual(data);
  });
});

describe("readPlainYaml leaves to the full parser", () => {
  it.each([
    "count: 12",
    "tag: 2025",
    "ratio: .5",
    "rank: -1",
    'dek: "tab\\there"',
    "title: a: b",
    "title: T # comment",
    "title: &a T\ndek: *a",
    "dek: |\n  block",
    "image:\n  src:\n    deep: x",
    "tags:\n  - a\n    b",
    "title: T\ntitle: U",
    "true: x",
    "title:\tT",
    "title: T\n  more",
    "tags: [a, b,]",
    "tags: [a, [b]]",
    "further_reading:\n  - title: T\n    url: https://x.org",
    "'quoted key': x",
    "",
    "# only a comment",
  ])("readPlainYaml(%j) === undefined", (text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });
});

// Generated documents: every one the plain reader accepts must read exactly as the full parser reads it.
const KEYS = ["title", "dek", "tags", "image", "src", "draft", "true", "Null", "a-b", "x_1"];
const SCALARS = [
  "plain", "two words", "it's", "C#", "a #b", "a:b", "a: b", "a:", "", " ", "~", "null", "NULL", "nULL", "true", "True", "tRUE", "FALSE",
  "yes", "no", "on", "12", "-3", "+3", "0x1F", "0o17", "1e3", "1_000", ".5", ".inf", ".NaN", "2025-08-15", "2025-08-15T10:00:00Z",
  "2025", "20250815", "1e-5-3", '"q"', '"a\\"b"', '"a\\nb"', '"a\\\\"', "'s'", "'it''s'", "'a'b'", '"unclosed', "[a, b]", "[ ]", "[a,b]",
  "['x', \"y\"]", "[a, ]", "[a]b", "[a: b]", "{a: 1}", "&x a", "*x", "!str a", "|", ">", "%a", "@a", "`a", "-a", "- a", "?a", "a,b", "a]",
  "a\u00a0", "\u00a0a", "\u3000", "a\u2028b", "é", "a\\b", "a'b\"c", "#x", "a  b",
];
/** Scalars it reads, picked half the time so that most documents are read rather than refused. */
const READ_SCALARS = ["plain", "two words", "it's", "C#", "a:b", "~", "true", "FALSE", "yes", "2025-08-15T10:00:00Z", '"q"', '"a\\"b"', "'it''s'", "[a, b]", "[ ]", "é", "a\u00a0"];
const INDENTS = ["", " ", "  ", "    "];

function generator(seed: number) {
  let state = seed;
  const next = () => ((state = (state * 1103515245 + 12345) >>> 0) >>> 8) / 0x1000000;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const scalar = () => pick(next() < 0.5 ? READ_SCALARS : SCALARS);
  return () => {
    const lines: string[] = [];
    const count = 1 + Math.floor(next() * 5);
    for (let n = 0; n < count; n++) {
      const shape = next();
      const key = pick(KEYS);
      if (shape < 0.5) lines.push(`${key}:${pick([" ", "  ", ""])}${scalar()}${pick(["", " ", "   "])}`);
      else if (shape < 0.7) {
        const indent = pick(INDENTS);
        lines.push(`${key}:`);
        for (let k = Math.floor(next() * 3); k >= 0; k--) lines.push(`${next() < 0.9 ? indent : pick(INDENTS)}- ${scalar()}`);
      } else if (shape < 0.9) {
        const indent = pick(INDENTS);
        lines.push(`${key}:`);
        for (let k = Math.floor(next() * 3); k >= 0; k--) lines.push(`${next() < 0.9 ? indent : pick(INDENTS)}${pick(KEYS)}: ${scalar()}`);
      } else lines.push(pick(["", "# note", "  # note", "   ", "...", "-", "key"]));
    }
    return lines.join("\n");
  };
}

describe("readPlainYaml agrees with the full parser", () => {
  it("on 20,000 generated documents: whatever it reads, it reads as the full parser does", () => {
    const next = generator(20251126);
    let read = 0;
    for (let n = 0; n < 20_000; n++) {
      const text = next();
      const plain = readPlainYaml(text);
      if (plain === undefined) continue;
      read++;
      expect({ text, data: plain }).toStrictEqual({ text, data: fullParse(text) });
    }
    // The generator must exercise the reader, not only its refusals.
    expect(read).toBeGreaterThan(1_500);
  });
});

describe("parseYaml on plain YAML", () => {
  const text = ["title: T", "tags:", "  - a", "  - b", "image:", "  src: x.svg", "  alt: X", "date: 2025-08-15"].join("\n");

  it("parseYaml(plain text).lineOf(path) → the same lines as the full parse, counted from firstLine", () => {
    const parsed = parseYaml("content/articles/a.md", text, 2);
    if (isProblem(parsed)) throw new Error(parsed.received);
    expect([["title"], ["tags"], ["tags", 1], ["image", "alt"], ["date"], ["missing"]].map((path) => parsed.lineOf(path))).toEqual([2, 3, 5, 8, 9, 2]);
  });
});
