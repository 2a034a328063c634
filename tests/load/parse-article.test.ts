import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import matter from "gray-matter";
import { afterEach, describe, expect, it } from "vitest";
import { normaliseText, parseArticle } from "../../src/load/parse-article.ts";
import { isProblem } from "../../src/load/parse-yaml.ts";
import type { RawArticle } from "../../src/model.ts";
import type { Problem } from "../../src/problems.ts";

const FILE = "content/articles/anchorage-summit.md";

function parse(text: string, file = FILE): RawArticle | Problem {
  return parseArticle({ path: file, text });
}

function raw(text: string, file = FILE): RawArticle {
  const result = parse(text, file);
  if (isProblem(result)) throw new Error(`expected an article, got ${result.kind}: ${result.expected}`);
  return result;
}

const summit = [
  "---", //                                   1
  'title: "Trump and Putin meet in Alaska"', // 2
  "date: 2025-08-15T19:40:00-04:00", //          3
  "image:", //                                 4
  "  src: images/anchorage-summit.svg", //     5
  "  alt: Two empty chairs", //                6
  "tags: [russia, alaska]", //                 7
  "---", //                                    8
  "", //                                       9
  "President Donald Trump met on Friday.", // 10
  "",
].join("\n");

describe("parseArticle split", () => {
  it("parseArticle(summit) → frontmatter data, body and bodyLine", () => {
    const article = raw(summit);
    expect(article.file).toBe(FILE);
    expect(article.stem).toBe("anchorage-summit");
    expect(article.frontmatter.file).toBe(FILE);
    expect(article.frontmatter.data).toEqual({
      title: "Trump and Putin meet in Alaska",
      date: "2025-08-15T19:40:00-04:00",
      image: { src: "images/anchorage-summit.svg", alt: "Two empty chairs" },
      tags: ["russia", "alaska"],
    });
    expect(article.body).toBe("\nPresident Donald Trump met on Friday.\n");
    expect(article.bodyLine).toBe(9);
  });

  it.each([
    [["title"], 2],
    [["date"], 3],
    [["image", "alt"], 6],
    [["tags", 1], 7],
  ] as [(string | number)[], number][])("parseArticle(summit).frontmatter.lineOf(%j) === %i (file lines)", (fieldPath, line) => {
    expect(raw(summit).frontmatter.lineOf(fieldPath)).toBe(line);
  });

  it.each([
    ["---\ntitle: Hi\n---\nBody\n", "Body\n", 4],
    ["---\ntitle: Hi\n---\n\n\nBody\n", "\n\nBody\n", 4],
    ["---\ntitle: Hi\n---", "", 3],
    ["---\n---\nBody", "Body", 3],
    ["--- \ntitle: Hi\n---\nBody", "Body", 4],
  ])("parseArticle(%j) body === %j, bodyLine === %i", (text, body, bodyLine) => {
    const article = raw(text);
    expect(article.body).toBe(body);
    expect(article.bodyLine).toBe(bodyLine);
  });

  it.each([
    ["---\n---\nBody"],
    ["---\n# only a comment\n---\nBody"],
  ])("parseArticle(%j).frontmatter.data === {}", (text) => {
    expect(raw(text).frontmatter.data).toEqual({});
  });

  it.each([
    ["---yaml\ntitle: Hi\n---\nBody"],
    ["---yml\ntitle: Hi\n---\nBody"],
  ])("parseArticle(%j) accepts the YAML language tag", (text) => {
    expect(raw(text).frontmatter.data).toEqual({ title: "Hi" });
  });

  it.each([
    ["content/articles/anchorage-summit.md", "anchorage-summit"],
    ["content/articles/2025/Anchorage Summit.markdown", "Anchorage Summit"],
    ["content/articles/notes.MD", "notes"],
    ["content/articles/v1.2.md", "v1.2"],
  ])("parseArticle(file %j).stem === %j", (file, stem) => {
    expect(raw("---\ntitle: x\n---\n", file).stem).toBe(stem);
  });
});

describe("parseArticle editor noise", () => {
  const crlf = "\uFEFF---\r\ntitle: Hi\r\nimage:\r\n  alt: x\r\n---\r\nFirst line\r\nSecond line\r\n";

  it("parseArticle(BOM + CRLF) reads the frontmatter", () => {
    expect(raw(crlf).frontmatter.data).toEqual({ title: "Hi", image: { alt: "x" } });
  });

  it("parseArticle(BOM + CRLF).body has LF endings only", () => {
    expect(raw(crlf).body).toBe("First line\nSecond line\n");
  });

  it("parseArticle(BOM + CRLF) keeps line numbers", () => {
    const article = raw(crlf);
    expect(article.bodyLine).toBe(6);
    expect(article.frontmatter.lineOf(["image", "alt"])).toBe(4);
  });

  it('parseArticle(CR only "---\\rtitle: Hi\\r---\\rBody") reads the frontmatter', () => {
    const article = raw("---\rtitle: Hi\r---\rBody");
    expect(article.frontmatter.data).toEqual({ title: "Hi" });
    expect(article.body).toBe("Body");
  });

  it.each([
    ["\uFEFFa\r\nb\rc\n", "a\nb\nc\n"],
    ["a\uFEFFb", "a\uFEFFb"],
    ["\uFEFF\uFEFFx", "\uFEFFx"],
  ])("normaliseText(%j) === %j", (text, expected) => {
    expect(normaliseText(text)).toBe(expected);
  });
});

describe("parseArticle code frontmatter is refused and never run", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  const jsPayload = (marker: string) =>
    `---js\n{ title: (require("fs").writeFileSync(${JSON.stringify(marker)}, "ran"), "pwned") }\n---\nBody\n`;

  it("control: gray-matter on its own does run the ---js payload (so the payload is live)", () => {
    dir = mkdtempSync(path.join(tmpdir(), "dateline-js-"));
    const marker = path.join(dir, "marker");
    const result = matter(jsPayload(marker));
    expect(existsSync(marker)).toBe(true);
    expect(result.data).toEqual({ title: "pwned" });
  });

  it.each([
    ["---js", (marker: string) => jsPayload(marker), '"---js"'],
    ["---javascript", (marker: string) => jsPayload(marker).replace("---js", "---javascript"), '"---javascript"'],
    ["--- js", (marker: string) => jsPayload(marker).replace("---js", "--- js"), '"---js"'],
    ["---JS", (marker: string) => jsPayload(marker).replace("---js", "---JS"), '"---JS"'],
    [
      "---coffee",
      (marker: string) => `---coffee\ntitle: require("fs").writeFileSync(${JSON.stringify(marker)}, "ran")\n---\nBody\n`,
      '"---coffee"',
    ],
  ])("parseArticle(%s payload) → frontmatter-language, marker file not written", (_, payload, received) => {
    dir = mkdtempSync(path.join(tmpdir(), "dateline-js-"));
    const marker = path.join(dir, "marker");
    expect(parse(payload(marker))).toEqual({
      kind: "frontmatter-language",
      severity: "error",
      file: FILE,
      line: 1,
      field: "frontmatter",
      expected: "YAML frontmatter (---)",
      received,
      hint: "frontmatter in other languages is code and is never run; write the fields as YAML",
    });
    expect(existsSync(marker)).toBe(false);
  });
});

describe("parseArticle missing frontmatter", () => {
  const noOpening = {
    kind: "frontmatter-missing",
    severity: "error",
    file: FILE,
    line: 1,
    field: "frontmatter",
    expected: "a YAML frontmatter block opened by --- on the first line",
    hint: "start the file with ---, the fields (title, date, ...), then --- on a line of its own",
  };

  it.each([
    ["title: Hi\n---\nBody", '"title: Hi"'],
    ["", "an empty first line"],
    ["\n---\ntitle: Hi\n---\n", "an empty first line"],
    ["Just a body with no fields", '"Just a body with no fields"'],
    [`${"x".repeat(70)}\n`, `"${"x".repeat(57)}..."`],
  ])("parseArticle(%j) → frontmatter-missing, received %s", (text, received) => {
    expect(parse(text)).toEqual({ ...noOpening, received });
  });

  it.each([
    ["---\ntitle: Hi\n"],
    ["---\ntitle: Hi\nBody without a closing line\n"],
    ["---\ntitle: Hi\n--- not a closing line\nBody\n"],
  ])("parseArticle(%j) → no closing ---", (text) => {
    expect(parse(text)).toEqual({
      kind: "frontmatter-missing",
      severity: "error",
      file: FILE,
      line: 1,
      field: "frontmatter",
      expected: "a closing --- line after the frontmatter",
      received: "no closing ---",
    });
  });
});

describe("parseArticle frontmatter problems", () => {
  it("parseArticle(duplicate title) → yaml-syntax at the second title's file line", () => {
    expect(parse("---\ntitle: One\ndate: 2025-08-15\ntitle: Two\n---\nBody")).toEqual({
      kind: "yaml-syntax",
      severity: "error",
      file: FILE,
      line: 4,
      field: "frontmatter",
      expected: "valid YAML",
      received: "Map keys must be unique",
      hint: "each field may appear only once",
    });
  });

  it("parseArticle(unclosed flow list) → yaml-syntax at its file line", () => {
    expect(parse("---\ntitle: x\ntags: [a, b\n---\nBody")).toMatchObject({ kind: "yaml-syntax", line: 3 });
  });

  it.each([
    ["---\n- a\n- b\n---\nBody", "a list"],
    ["---\njust words\n---\nBody", '"just words"'],
  ])("parseArticle(%j) → wrong-type frontmatter, received %s", (text, received) => {
    expect(parse(text)).toEqual({
      kind: "wrong-type",
      severity: "error",
      file: FILE,
      line: 2,
      field: "frontmatter",
      expected: "fields written as `name: value` lines",
      received,
    });
  });

  // Was a bug while gray-matter split the file: it closed the block at the first line merely
  // starting with "---", leaving a body that started with a stray "-". The block now ends at the
  // first line that is exactly "---", so "----" is read as YAML and refused.
  it('parseArticle("---\\ntitle: x\\n----\\nBody\\n---\\nMore") is a problem, not a body starting "-"', () => {
    expect(isProblem(parse("---\ntitle: x\n----\nBody\n---\nMore\n"))).toBe(true);
  });

  it("parseArticle(300 KiB frontmatter) → frontmatter-too-large", () => {
    const text = `---\ndek: "${"a".repeat(300 * 1024)}"\n---\nBody`;
    expect(parse(text)).toEqual({
      kind: "frontmatter-too-large",
      severity: "error",
      file: FILE,
      line: 1,
      field: "frontmatter",
      expected: "frontmatter under 64 KiB",
      received: "300 KiB",
    });
  });
});
