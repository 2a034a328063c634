import { describe, expect, it } from "vitest";
import { xmlText } from "../../src/format/xml-text.ts";

describe("xmlText", () => {
  it.each([
    ["Plain headline", "Plain headline"],
    ["tab\tand\nnewlines\r ok", "tab\tand\nnewlines\r ok"],
    ["bell\u0007 and nul\u0000 dropped", "bell and nul dropped"],
    ["\uFFFE\uFFFFnon-characters", "non-characters"],
    ["emoji 📰 kept", "emoji 📰 kept"],
    ["lone \uD83D surrogate", "lone  surrogate"],
    ["lone \uDCF0 low", "lone  low"],
    ["<b> & ' \" are escaped later", "<b> & ' \" are escaped later"],
  ])("xmlText(%j) === %j", (text, expected) => {
    expect(xmlText(text)).toBe(expected);
  });
});
