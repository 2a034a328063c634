import { describe, expect, it } from "vitest";
import { TopK } from "../../src/related/top-k.ts";

const byValueDesc = (a: number, b: number) => b - a;

describe("TopK", () => {
  it.each([
    [3, [5, 1, 9, 3, 7, 2, 8], [9, 8, 7]],
    [1, [5, 1, 9, 3], [9]],
    [10, [5, 1, 9], [9, 5, 1]],
    [0, [5, 1, 9], []],
    [3, [], []],
    [2, [4, 4, 4], [4, 4]],
  ])("TopK(%i) of %j sorted() === %j", (k, values, expected) => {
    const top = new TopK<number>(k, byValueDesc);
    for (const v of values) top.push(v);
    expect(top.sorted()).toEqual(expected);
  });

  it("keeps the k best of many, matching a full sort", () => {
    const values = Array.from({ length: 500 }, (_, i) => (i * 7919) % 1000);
    const top = new TopK<number>(25, byValueDesc);
    for (const v of values) top.push(v);
    expect(top.sorted()).toEqual([...values].sort(byValueDesc).slice(0, 25));
  });
});
