import { describe, expect, it } from "vitest";
import { tieRanks } from "../../src/related/related-reading.ts";

/** The definition: newer first, then by index (articles are indexed by date, then slug). */
function bySorting(time: Float64Array): Int32Array {
  const order = Array.from({ length: time.length }, (_, i) => i).sort((x, y) => time[y]! - time[x]! || x - y);
  const rank = new Int32Array(time.length);
  order.forEach((doc, i) => (rank[doc] = i));
  return rank;
}

describe("tieRanks", () => {
  it("ranks newer articles first and equal dates in index order", () => {
    const time = Float64Array.from([10, 20, 20, 20, 30, 40, 40]);
    expect([...tieRanks(time)]).toEqual([6, 3, 4, 5, 2, 0, 1]);
  });

  it("agrees with sorting for archives full of equal dates", () => {
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (const size of [0, 1, 2, 50, 1000]) {
      const time = Float64Array.from({ length: size }, () => Math.floor(random() * size * 0.3)).sort();
      expect(tieRanks(time)).toEqual(bySorting(time));
    }
  });
});
