import { describe, expect, it } from "vitest";
import { isSafeUrl } from "../../src/markdown/safe-url.ts";

describe("isSafeUrl", () => {
  it.each([
    ["http://example.com", true],
    ["HTTPS://example.com", true],
    ["mailto:desk@example.org", true],
    ["tel:+15551234567", true],
    ["/tags/russia/", true],
    ["../other/", true],
    ["#section", true],
    ["page.html", true],
    ["//cdn.example.com/x.js", true],
    ["javascript:alert(1)", false],
    ["JaVaScRiPt:alert(1)", false],
    ["java\tscript:alert(1)", false],
    ["java\nscript:alert(1)", false],
    ["  javascript:alert(1)", false],
    ["\u0000javascript:alert(1)", false],
    ["data:text/html,x", false],
    ["vbscript:msgbox(1)", false],
    ["file:///etc/passwd", false],
    ["ftp://example.com", false],
    ["blob:https://example.com/x", false],
  ])("isSafeUrl(%j) === %s", (url, expected) => {
    expect(isSafeUrl(url)).toBe(expected);
  });
});
