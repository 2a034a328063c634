import { describe, expect, it } from "vitest";
import { plainText, stem, tokenize } from "../../src/related/tokenize.ts";

describe("stem", () => {
  it.each([
    ["sanctions", "sanction"],
    ["talks", "talk"],
    ["treaties", "treaty"],
    ["addresses", "address"],
    ["glass", "glass"],
    ["status", "status"],
    ["analysis", "analysis"],
    ["gas", "gas"],
    ["ties", "ties"],
  ])("stem(%j) === %j", (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe("tokenize", () => {
  it.each([
    ["Putin's talks in 2025 with the U.S. on Sanctions", [["putin", "Putin"], ["talk", "talks"], ["sanction", "Sanctions"]]],
    ["", []],
    ["the and of 1867", []],
  ])("tokenize(%j) → %j (stop words, numbers, single letters and possessive 's dropped)", (text, expected) => {
    expect(tokenize(text).map((t) => [t.term, t.surface])).toEqual(expected);
  });
});

describe("plainText", () => {
  it.each([
    ["See [the treaty](https://example.org/t) now", "See the treaty now"],
    ["![Map](/images/m.svg) Alaska", "  Alaska"],
    ["Visit https://example.org today", "Visit   today"],
    ["## Heading\n\n> quote", "  Heading\n\n  quote"],
  ])("plainText(%j) === %j", (markdown, expected) => {
    expect(plainText(markdown)).toBe(expected);
  });
});
