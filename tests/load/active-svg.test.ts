import { describe, expect, it } from "vitest";
import { activeSvgContent } from "../../src/load/active-svg.ts";

describe("activeSvgContent", () => {
  it.each([
    ['<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10" fill="#333"/></svg>', undefined],
    ['<svg><image href="data:image/png;base64,AAAA"/></svg>', undefined],
    ['<svg><text font-family="Monospace">onion = 2, Boston</text></svg>', undefined],
    ['<svg><a href="https://example.org/">x</a></svg>', undefined],
    ["<svg>\n<script>alert(1)</script></svg>", { line: 2, found: "<script" }],
    ["<svg><SCRIPT>alert(1)</SCRIPT></svg>", { line: 1, found: "<SCRIPT" }],
    ['<svg onload="alert(1)"/>', { line: 1, found: "onload=" }],
    ['<svg>\n\n<rect\n  onmouseover = "x"/></svg>', { line: 4, found: "onmouseover =" }],
    ['<svg><a xlink:href=" JavaScript:alert(1)">x</a></svg>', { line: 1, found: 'href=" JavaScript:' }],
    ['<svg><animate attributeName="href" to="javascript:alert(1)"/></svg>', { line: 1, found: 'to="javascript:' }],
    ["<svg><foreignObject><div/></foreignObject></svg>", { line: 1, found: "<foreignObject" }],
    ['<svg><iframe src="x"/></svg>', { line: 1, found: "<iframe" }],
  ])("activeSvgContent(%j) → %j", (svg, expected) => {
    expect(activeSvgContent(svg)).toEqual(expected);
  });
});
