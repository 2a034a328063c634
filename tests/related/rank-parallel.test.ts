import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.ts";
import { RELATED_DEFAULTS, RELATED_LIMITS } from "../../src/related/options.ts";
import { relatedReading } from "../../src/related/related-reading.ts";

describe("relatedReading on a worker thread", () => {
  const corpus = generateCorpus({ count: 700, seed: 3 }).map((a, i) => ({ ...a, related: i % 50 === 0 ? [`missing-${i}`] : [] }));
  const one = relatedReading(corpus, RELATED_DEFAULTS, RELATED_LIMITS, { threads: 1 });

  it("the worker alone ranks exactly the lists of the main thread alone", () => {
    const worker = relatedReading(corpus, RELATED_DEFAULTS, RELATED_LIMITS, { threads: 2, workerOnly: true });
    expect(worker.size).toBe(700);
    expect([...worker]).toEqual([...one]);
  }, 60_000);

  it("two threads sharing the chunks give the same lists", () => {
    expect([...relatedReading(corpus, RELATED_DEFAULTS, RELATED_LIMITS, { threads: 2 })]).toEqual([...one]);
  }, 60_000);
});
