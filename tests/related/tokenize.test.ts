import { describe, expect, it } from "vitest";
import { proseOf, stem, tokenize } from "../../src/related/tokenize.ts";

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

describe("proseOf", () => {
  it.each([
    ["Diplomats [the treaty](https://example.org/t) signed", ["diplomat", "treaty", "signed"]],
    ["![Map of Alaska](/images/m.svg) Alaska", ["alaska"]],
    ["Visit https://example.org/path?q=treaty tomorrow", ["visit", "tomorrow"]],
    ["## Heading\n\n> quote *with* emphasis", ["heading", "quote", "emphasis"]],
    ["Earlier\n```js\nconst treaty = 1;\n```\nharbour", ["earlier", "harbour"]],
  ])("the words of proseOf(%j) are %j", (markdown, expected) => {
    expect(tokenize(proseOf(markdown)).map((t) => t.term)).toEqual(expected);
  });

  it("stays linear on a body of brackets", () => {
    const started = performance.now();
    proseOf("[".repeat(50_000) + "](" .repeat(50_000));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
