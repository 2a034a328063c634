import { describe, expect, it } from "vitest";
import { newsLanguage, ogLocale } from "../../src/format/locale.ts";

describe("ogLocale", () => {
  it.each([
    ["en-US", "en_US"],
    ["en-gb", "en_GB"],
    ["en", "en"],
    ["uk", "uk"],
    ["zh-Hant-TW", "zh_TW"],
    ["sr-Latn", "sr"],
  ])("ogLocale(%j) === %j", (lang, expected) => {
    expect(ogLocale(lang)).toBe(expected);
  });
});

describe("newsLanguage", () => {
  it.each([
    ["en-US", "en"],
    ["en", "en"],
    ["uk", "uk"],
    ["fil-PH", "fil"],
    ["zh", "zh-cn"],
    ["zh-CN", "zh-cn"],
    ["zh-Hans", "zh-cn"],
    ["zh-TW", "zh-tw"],
    ["zh-Hant-HK", "zh-tw"],
  ])("newsLanguage(%j) === %j", (lang, expected) => {
    expect(newsLanguage(lang)).toBe(expected);
  });
});
