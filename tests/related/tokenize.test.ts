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

  it.each([
    // A single Chinese character is kept unless it is a function word (在, "at").
    ["台风海葵今天下午在福建省沿海登陆", ["台风", "海葵", "今天", "下午", "福建省", "沿海", "登陆"]],
    ["台風過後，災區居民陸續", ["台風", "過後", "災區", "居民", "陸續"]],
    // Single kana are particles, left out, and so are function words (では).
    ["東京都心では今日、最高気温が", ["東京", "都心", "今日", "最高", "気温"]],
    ["ภาษาไทยเป็นภาษาราชการ", ["ภาษา", "ไทย", "เป็น", "ภาษา", "ราชการ"]],
    ["iPhone手机 2025年发布", ["iphone", "手机", "发布"]],
  ])("splits a script written without spaces into words: tokenize(%j)", (text, expected) => {
    expect(tokenize(text).map((t) => t.term)).toEqual(expected);
  });

  it("keeps vowel signs and other combining marks inside their word", () => {
    expect(tokenize("हिन्दी समाचार पत्र").map((t) => t.term)).toEqual(["हिन्दी", "समाचार", "पत्र"]);
    expect(tokenize("தமிழ் செய்தி").map((t) => t.term)).toEqual(["தமிழ்", "செய்தி"]);
  });

  it("gives one term for one word however its characters are encoded", () => {
    const [precomposed, decomposed, fullWidth] = tokenize("Café Cafe\u0301 ＩＭＦ").map((t) => t.term);
    expect(decomposed).toBe(precomposed);
    expect(fullWidth).toBe("imf");
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
