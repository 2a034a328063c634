import { describe, expect, it } from "vitest";
import { codeFrame, problemColumn } from "../../src/cli/code-frame.ts";

const FILE = ["---", "title: Storm", "date: last friday", "tags: [harbour, feries]", "---", "", "Body."].join("\n");

describe("codeFrame", () => {
  it("codeFrame(line 3, column 7) shows two lines either side and a caret", () => {
    expect(codeFrame(FILE, 3, 7)).toBe(
      ["  1 | ---", "  2 | title: Storm", "> 3 | date: last friday", "    |       ^", "  4 | tags: [harbour, feries]", "  5 | ---"].join("\n"),
    );
  });

  it("codeFrame(line 7) pads the numbers and keeps empty lines bare", () => {
    expect(codeFrame(FILE, 7, undefined)).toBe(["  5 | ---", "  6 |", "> 7 | Body."].join("\n"));
  });

  it.each([[0], [8]])("codeFrame(line %i, outside the file) === \"\"", (line) => {
    expect(codeFrame(FILE, line, 1)).toBe("");
  });
});

describe("problemColumn", () => {
  it.each([
    ["tags: [harbour, feries]", { field: "tags.1", received: '"feries"' }, 17],
    ["date: last friday", { field: "date", received: '"last friday"' }, 7],
    ["  - missing-explainer", { field: "further_reading.0", received: '"missing-explainer"' }, 5],
    ["  src: images/pier.svg", { field: "image.src", received: '"images/pier.svg"' }, 8],
    ["title: A long headline", { field: "title", received: "120 characters" }, 1],
    ["  alt: x", { field: "image.alt", received: "nothing" }, 3],
    ["slug: good-story", { field: "slug", received: '"good-story", already used by content/articles/x.md' }, 7],
  ])("problemColumn(%j, %j) === %i", (line, p, column) => {
    expect(problemColumn(line, p)).toBe(column);
  });
});
