import { describe, expect, it } from "vitest";
import { buildTagModel, SHARED_TAG_BITS, tagsOf, tagScore } from "../../src/related/tag-model.ts";

// Articles are indexed oldest first by the caller; here index = position.
const docs = [
  { tags: ["russia", "alaska"] }, //          0
  { tags: ["russia", "alaska", "russia"] }, // 1 (a repeated tag counts once)
  { tags: ["russia"] }, //                     2
  { tags: ["russia", "ukraine"] }, //          3
];
const model = buildTagModel(docs);

describe("buildTagModel", () => {
  it("names, postings and per-article tag ids", () => {
    expect(model.names).toEqual(["russia", "alaska", "ukraine"]);
    expect([0, 1, 2].map((t) => [...model.postingDoc.subarray(model.postingStart[t], model.postingStart[t + 1])])).toEqual([[0, 1, 2, 3], [0, 1], [3]]);
    expect([0, 1, 2, 3].map((d) => [...tagsOf(model, d)])).toEqual([[0, 1], [0, 1], [0], [0, 2]]);
  });

  it("idf = ln(1 + n / df); informativeness scales it so a two-article tag is 1", () => {
    expect([...model.idf]).toEqual([Math.log(2), Math.log(3), Math.log(5)]);
    expect([...model.informativeness]).toEqual([Math.log(2) / Math.log(3), 1, 1]);
  });

  it.each([
    [0, 1, ["alaska", "russia"]],
    [0, 3, ["russia"]],
    [2, 3, ["russia"]],
  ])("sharedByRarity(%i, %i) === %j", (a, b, expected) => {
    expect(model.sharedByRarity(a, b)).toEqual(expected);
  });

  it("sharedByPlaces names the tags at the places given, rarest first, one frozen list per set", () => {
    // Article 0's tags in id order: russia (place 0), alaska (place 1).
    expect(model.sharedByPlaces(0, 0b11)).toEqual(["alaska", "russia"]);
    expect(model.sharedByPlaces(0, 0b01)).toEqual(["russia"]);
    expect(model.sharedByPlaces(0, 0)).toEqual([]);
    expect(model.sharedByPlaces(0, 0b11)).toBe(model.sharedByRarity(0, 1));
    expect(Object.isFrozen(model.sharedByPlaces(0, 0b11))).toBe(true);
  });

  it("an article with more tags than places can name still gets every shared tag", () => {
    const many = Array.from({ length: SHARED_TAG_BITS + 9 }, (_, i) => `t${String(i).padStart(2, "0")}`);
    const m = buildTagModel([{ tags: many }, { tags: [many[0]!, many[35]!, "other"] }, { tags: ["other"] }]);
    expect([...m.sharedByRarity(0, 1)].sort()).toEqual([many[0], many[35]]);
  });
});

describe("tagScore", () => {
  it.each([
    // alaska (informativeness 1) and russia: noisy OR of 0.9 and 0.9 × ln2/ln3.
    [0, 1, 1 - 0.1 * (1 - 0.9 * (Math.log(2) / Math.log(3)))],
    [0, 3, 0.9 * (Math.log(2) / Math.log(3))],
    [2, 2, 0.9 * (Math.log(2) / Math.log(3))],
  ])("tagScore(%i, %i) ≈ %f", (a, b, expected) => {
    expect(tagScore(model, a, b)).toBeCloseTo(expected, 12);
  });

  it("tagScore of articles with no shared tag === 0", () => {
    const m = buildTagModel([{ tags: ["a"] }, { tags: ["b"] }]);
    expect(tagScore(m, 0, 1)).toBe(0);
  });

  it("a rare shared tag outweighs a common one", () => {
    expect(tagScore(model, 0, 1)).toBeGreaterThan(tagScore(model, 0, 3));
  });
});
