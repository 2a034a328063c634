import { describe, expect, it } from "vitest";
import { isSlug, SLUG_PATTERN, slugify } from "../../src/format/slug.ts";

describe("slugify", () => {
  it.each([
    ["New START", "new-start"],
    ["Anchorage Summit", "anchorage-summit"],
    ["anchorage-summit", "anchorage-summit"],
    ["Trump & Putin", "trump-and-putin"],
    ["Russia's economy", "russias-economy"],
    ["Zelenskyy’s plan", "zelenskyys-plan"],
    ["U.S.-Russia talks", "u-s-russia-talks"],
    ["Ça va déjà", "ca-va-deja"],
    ["İstanbul", "istanbul"],
    ["ﬁnance", "finance"],
    ["Straße", "strasse"],
    ["Æther", "aether"],
    ["Łódź", "lodz"],
    ["Øresund", "oresund"],
    ["Œuvre", "oeuvre"],
    ["--a--b--", "a-b"],
    ["  spaced   out  ", "spaced-out"],
    ["snake_case_name", "snake-case-name"],
    ["2025", "2025"],
    ["C++", "c"],
    ["日本", ""],
    ["", ""],
  ])("slugify(%j) === %j", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it.each([["New START"], ["Ça va déjà"], ["Straße"], ["--a--b--"]])("isSlug(slugify(%j)) === true", (input) => {
    expect(isSlug(slugify(input))).toBe(true);
  });
});

describe("isSlug", () => {
  it.each([
    ["anchorage-summit", true],
    ["a", true],
    ["2025", true],
    ["new-start-2", true],
    ["a--b", false],
    ["-a", false],
    ["a-", false],
    ["Anchorage", false],
    ["a_b", false],
    ["a b", false],
    ["", false],
    ["é", false],
  ])("isSlug(%j) === %s", (input, expected) => {
    expect(isSlug(input)).toBe(expected);
    expect(SLUG_PATTERN.test(input)).toBe(expected);
  });
});
