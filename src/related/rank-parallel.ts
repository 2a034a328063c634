// Ranks every article's list, on both cores when there is a worker: the main thread and the worker
// take chunks of articles from a shared counter, so neither waits while work is left, and a worker
// that fails or stops only means the main thread does more. Lists do not depend on who ranked them.
import { Ranker, rankOutput, type RankModel, type RankOutput } from "./rank-articles.ts";
import { CHUNK, DONE, FINISHED, rankChunk, rankChunks, type RankJob } from "./rank-chunks.ts";
import type { RelatedWorker } from "./worker-thread.ts";

/** How long the main thread waits for the worker to finish a chunk before it ranks the rest itself. */
const PATIENCE_MS = 5000;

/** `workerOnly` leaves every chunk to the worker (for tests). */
export function rankAll(model: RankModel, worker?: RelatedWorker, workerOnly = false): RankOutput {
  if (!worker) {
    const out = rankOutput(model.n, model.options.limit, false);
    const ranker = new Ranker(model);
    for (let a = 0; a < model.n; a++) ranker.rank(a, out);
    return out;
  }
  const out = rankOutput(model.n, model.options.limit, true);
  const chunks = Math.ceil(model.n / CHUNK);
  const job: RankJob = { model, out, control: new Int32Array(new SharedArrayBuffer(8)), chunkState: new Int32Array(new SharedArrayBuffer(4 * chunks)) };
  worker.rank(job);
  if (!workerOnly) rankChunks(job);
  // The worker may still be on its last chunk. If it makes no progress for a while (it threw, or
  // died), the main thread ranks what is unfinished: the same lists, whoever writes them.
  for (let done = Atomics.load(job.control, DONE); done < chunks; done = Atomics.load(job.control, DONE)) {
    if (Atomics.wait(job.control, DONE, done, PATIENCE_MS) === "timed-out" && Atomics.load(job.control, DONE) === done) break;
  }
  const ranker = new Ranker(model);
  for (let chunk = 0; chunk < chunks; chunk++) {
    if (Atomics.load(job.chunkState, chunk) === FINISHED) continue;
    if (workerOnly) throw new Error(`the ranking worker left chunk ${chunk} of ${chunks} unfinished`);
    rankChunk(ranker, job, chunk);
  }
  return out;
}
