// The jobs the main thread posts to the related-reading worker (worker-thread.ts posts them,
// related-worker.ts runs them). Kept apart so that the worker's bundle does not take in the code
// that starts it.
import type { RankJob } from "./rank-chunks.ts";
import type { VectorJob } from "./text-model.ts";
import type { TextSource } from "./tokenize-texts.ts";

export type WorkerJob =
  | { kind: "tokenize"; docs: TextSource[]; bodyCharacters: number; done: Int32Array }
  | { kind: "vectors"; job: VectorJob; done: Int32Array }
  | { kind: "rank"; job: RankJob };

/** Values of a tokenize or vectors job's `done` word: still working, finished, failed. */
export const WORKING = 0;
export const FINISHED_JOB = 1;
export const FAILED_JOB = 2;
