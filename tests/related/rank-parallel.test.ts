import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus.ts";
import { RELATED_DEFAULTS, RELATED_LIMITS } from "../../src/related/options.ts";
import { Ranker } from "../../src/related/rank-articles.ts";
import { DONE, rankTaken, takeChunk, type RankJob } from "../../src/related/rank-chunks.ts";
import { rankAll } from "../../src/related/rank-parallel.ts";
import { articleModel, defaultThreads, editorsPicks, inTimeOrder, PARALLEL_FROM, rankModel, relatedReading, SEGMENTED_COST } from "../../src/related/related-reading.ts";
import { buildTagModel } from "../../src/related/tag-model.ts";
import { buildTextModel } from "../../src/related/text-model.ts";
import type { RelatedWorker } from "../../src/related/worker-thread.ts";

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

describe("defaultThreads", () => {
  const titled = (count: number, title: string) => Array.from({ length: count }, () => ({ title }));

  it("takes a worker from PARALLEL_FROM articles of spaced text", () => {
    expect(defaultThreads(titled(PARALLEL_FROM - 1, "Budget vote delayed"))).toBe(1);
    expect(defaultThreads(titled(PARALLEL_FROM, "Budget vote delayed"))).toBe(2);
  });

  it("takes a worker for fewer articles when their words must be found by the word-break rules", () => {
    const many = Math.ceil(PARALLEL_FROM / SEGMENTED_COST);
    expect(defaultThreads(titled(many, "台风海葵登陆福建"))).toBe(2);
    expect(defaultThreads(titled(many, "東京で猛暑"))).toBe(2);
    expect(defaultThreads(titled(many, "ภาษาไทย"))).toBe(2);
    expect(defaultThreads(titled(many - 1, "台风海葵登陆福建"))).toBe(1);
    expect(defaultThreads(titled(many, "서울 시장 선거"))).toBe(1);
  });
});

describe("rankAll", () => {
  const docs = inTimeOrder(generateCorpus({ count: 500, seed: 5 }));
  const index = new Map(docs.map((d, i) => [d.slug, i]));
  const text = buildTextModel(docs, RELATED_LIMITS);
  const tags = buildTagModel(docs);
  const model = rankModel(text, articleModel(docs, tags, docs.map((d, a) => editorsPicks(d, index, a)), RELATED_DEFAULTS, RELATED_LIMITS));
  const limit = RELATED_DEFAULTS.limit;

  /** Every article's list as handed over, and how many times each was handed over. */
  function run(worker?: RelatedWorker): { lists: number[][]; uses: number[] } {
    const lists: number[][] = [];
    const uses = new Array<number>(model.n).fill(0);
    rankAll(model, (out, from, to) => {
      for (let a = from; a < to; a++) {
        uses[a]!++;
        lists[a] = [...out.doc.subarray(a * limit, a * limit + out.count[a]!)];
      }
    }, worker);
    return { lists, uses };
  }
  const alone = run();

  it("hands over every article once on one thread", () => {
    expect(alone.uses.every((u) => u === 1)).toBe(true);
    expect(alone.lists.filter((list) => list.length > 0).length).toBeGreaterThan(model.n * 0.9);
  });

  it("hands over every article once, ranked the same, when a worker ranks some chunks and fails on another", () => {
    const worker = {
      rank(job: RankJob) {
        // Two chunks ranked, then one taken and left unfinished, as by a worker that threw.
        for (let k = 0; k < 2; k++) rankTaken(job, takeChunk(job)!, () => new Ranker(job.model));
        takeChunk(job);
        Atomics.add(job.control, DONE, 1);
      },
    } as unknown as RelatedWorker;
    const shared = run(worker);
    expect(shared.uses).toEqual(alone.uses);
    expect(shared.lists).toEqual(alone.lists);
  });
});
