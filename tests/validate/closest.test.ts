import { describe, expect, it } from "vitest";
import { closest, editDistance } from "../../src/validate/closest.ts";

describe("editDistance", () => {
  it.each([
    ["kitten", "sitting", 3],
    ["", "", 0],
    ["abc", "", 3],
    ["", "abc", 3],
    ["same", "same", 0],
    ["title", "titel", 1], // adjacent transposition is one edit
    ["ab", "ba", 1],
    ["ca", "abc", 3], // restricted Damerau: no edits inside a transposed pair
    ["autors", "authors", 1],
    ["flaw", "lawn", 2],
    ["Daniel", "daniel", 1], // case counts here; closest() lower-cases first
  ])("editDistance(%j, %j) === %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe("closest", () => {
  const fields = ["title", "dek", "date", "updated", "authors", "section", "tags", "image"];

  it.each([
    ["autors", fields, "authors"],
    ["titel", fields, "title"],
    ["TITLE", fields, "title"],
    ["Tag", fields, "tags"],
    ["dat", fields, "date"],
    ["sectoin", fields, "section"],
    ["xyzzy", fields, undefined],
    ["summary", fields, undefined],
    ["x", [], undefined],
    // Ties go to the alphabetically first candidate, whatever the order given.
    ["ab", ["ad", "ac"], "ac"],
    ["ab", ["ac", "ad"], "ac"],
  ] as [string, string[], string | undefined][])("closest(%j, …) === %j", (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });

  it.each([
    // limit = max(1, floor(length / 3))
    ["a", ["b"], "b"], //                 1 edit, limit 1
    ["a", ["bc"], undefined], //          2 edits, limit 1
    ["abcde", ["abcxy"], undefined], //   2 edits, limit 1
    ["abcdef", ["abcdxy"], "abcdxy"], //  2 edits, limit 2
    ["abcdef", ["abcxyz"], undefined], // 3 edits, limit 2
    ["abcdefghi", ["abcdefxyz"], "abcdefxyz"], // 3 edits, limit 3
  ] as [string, string[], string | undefined][])("closest(%j, %j) === %j (threshold)", (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });

  it('closest("danial-reyes", Map keys) accepts any iterable', () => {
    const authors = new Map([["daniel-reyes", 1], ["maria-okafor", 2]]);
    expect(closest("danial-reyes", authors.keys())).toBe("daniel-reyes");
  });
});
