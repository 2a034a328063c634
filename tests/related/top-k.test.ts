import { describe, expect, it } from "vitest";
import { TopDocs } from "../../src/related/top-k.ts";

/** Ranks equal to the doc number: among equal scores, the lower doc first. */
const identityRank = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

describe("TopDocs", () => {
  it.each([
    [3, [5, 1, 9, 3, 7, 2, 8], [9, 8, 7]],
    [1, [5, 1, 9, 3], [9]],
    [10, [5, 1, 9], [9, 5, 1]],
    [0, [5, 1, 9], []],
    [3, [], []],
  ])("TopDocs(%i) of scores %j keeps %j", (k, scores, expected) => {
    const top = new TopDocs(k, identityRank(scores.length));
    scores.forEach((score, doc) => top.push(score, doc));
    expect(top.sorted().map((x) => x.score)).toEqual(expected);
  });

  it("settles equal scores by rank, whatever the order they came in", () => {
    const rank = Int32Array.from([3, 0, 2, 1]);
    for (const order of [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1]]) {
      const top = new TopDocs(2, rank);
      for (const doc of order) top.push(4, doc);
      expect(top.sorted().map((x) => x.doc)).toEqual([1, 3]);
    }
  });

  it("reports the score to beat once full, and keeps the k best of many as a full sort would", () => {
    const scores = Array.from({ length: 500 }, (_, i) => (i * 7919) % 1000);
    const top = new TopDocs(25, identityRank(500));
    expect(top.threshold()).toBe(-Infinity);
    scores.forEach((score, doc) => top.push(score, doc));
    const best = [...scores].sort((a, b) => b - a).slice(0, 25);
    expect(top.sorted().map((x) => x.score)).toEqual(best);
    expect(top.threshold()).toBe(best[24]);
    const docs = new Int32Array(25);
    const kept = new Float64Array(25);
    expect(top.sortedInto(docs, kept)).toBe(25);
    expect([...kept]).toEqual(best);
    expect([...docs]).toEqual(top.sorted().map((x) => x.doc));
    top.clear();
    expect(top.threshold()).toBe(-Infinity);
  });
});
