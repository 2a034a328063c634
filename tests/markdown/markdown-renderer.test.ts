import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createMarkdownRenderer } from "../../src/markdown/markdown-renderer.ts";

interface Fixture {
  line: number;
  title: string;
  input: string;
  output: string;
}

/** Reads markdown-it's fixture format: title, `.`, input, `.`, expected HTML, `.`. */
function readFixtures(file: URL): Fixture[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const fixtures: Fixture[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i + 1] !== ".") {
      i++;
      continue;
    }
    const line = i + 1;
    const title = lines[i]!;
    const take = (from: number) => {
      const end = lines.indexOf(".", from);
      if (end < 0) throw new Error(`unterminated fixture at line ${line}`);
      return { text: lines.slice(from, end).join("\n"), next: end + 1 };
    };
    const input = take(i + 2);
    const output = take(input.next);
    fixtures.push({ line, title, input: input.text, output: `${output.text}\n` });
    i = output.next;
  }
  return fixtures;
}

const fixtures = readFixtures(new URL("./fixtures/article-body.txt", import.meta.url));

describe("createMarkdownRenderer: fixtures/article-body.txt", () => {
  it("reads every fixture", () => {
    expect(fixtures.length).toBe(29);
  });

  it.each(fixtures.map((f) => [`line ${f.line}: ${f.title}`, f] as const))("%s", (_, fixture) => {
    expect(createMarkdownRenderer().render(fixture.input)).toBe(fixture.output);
  });
});

describe("createMarkdownRenderer", () => {
  it("renders the same input identically on a second call (no state kept between articles)", () => {
    const md = createMarkdownRenderer();
    expect(md.render("# A\n\n## B")).toBe("<h2>A</h2>\n<h3>B</h3>\n");
    expect(md.render("## B")).toBe("<h2>B</h2>\n");
  });

  it.each([
    ["[a](<java\tscript:alert(1)>)", '<p><a href="java%09script:alert(1)">a</a></p>\n'],
    ["[a](java&#9;script:alert(1))", '<p><a href="java%09script:alert(1)">a</a></p>\n'],
  ])("render(%j): a tab that survives is percent-encoded, so the href is a harmless relative path", (input, html) => {
    expect(createMarkdownRenderer().render(input)).toBe(html);
  });
});
