import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { demoteHeadings } from "../../src/markdown/demote-headings.ts";

const render = (markdown: string) => new MarkdownIt().use(demoteHeadings).render(markdown);

describe("demoteHeadings", () => {
  it.each([
    ["# A", "<h2>A</h2>\n"],
    ["# A\n\n## B", "<h2>A</h2>\n<h3>B</h3>\n"],
    ["## B\n\n# A", "<h3>B</h3>\n<h2>A</h2>\n"],
    ["# A\n\n##### E\n\n###### F", "<h2>A</h2>\n<h6>E</h6>\n<h6>F</h6>\n"],
    ["## B\n\n### C", "<h2>B</h2>\n<h3>C</h3>\n"],
    ["Plain text", "<p>Plain text</p>\n"],
  ])("render(%j) === %j", (markdown, html) => {
    expect(render(markdown)).toBe(html);
  });
});
