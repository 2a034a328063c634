// Ranks every article's list, on both cores when there is a worker: the main thread and the worker
// take chunks of articles from a shared counter, so neither waits while work is left, and a worker
// that fails or stops only means the main thread does more. Lists do not depend on who ranked them.
// Each ranked chunk is handed to `use` on the main thread as soon as it is finished, whoever
// ranked it: the main thread turns lists into items while the worker is still ranking.
import { Ranker, rankOutput, type RankModel, type RankOutput } from "./rank-articles.ts";
import { CHUNK, DONE, FINISHED, NEXT, rankChunk, rankTaken, takeChunk, type RankJob } from "./rank-chunks.ts";
import type { RelatedWorker } from "./worker-thread.ts";

/** How long the main thread waits for the worker to finish a chunk before it ranks the rest itself. */
const PATIENCE_MS = 5000;

/** Called with the articles from … to-1 once their lists are in `out`; every article exactly once, chunks in any order. */
export type UseRanked = (out: RankOutput, from: number, to: number) => void;

/** `workerOnly` leaves every chunk to the worker (for tests). */
export function rankAll(model: RankModel, use: UseRanked, worker?: RelatedWorker, workerOnly = false): void {
  const chunks = Math.ceil(model.n / CHUNK);
  const end = (chunk: number) => Math.min(model.n, (chunk + 1) * CHUNK);
  if (!worker) {
    const out = rankOutput(model.n, model.options.limit, false);
    const ranker = new Ranker(model);
    for (let chunk = 0; chunk < chunks; chunk++) {
      for (let a = chunk * CHUNK; a < end(chunk); a++) ranker.rank(a, out);
      use(out, chunk * CHUNK, end(chunk));
    }
    return;
  }
  const out = rankOutput(model.n, model.options.limit, true);
  const job: RankJob = { model, out, control: new Int32Array(new SharedArrayBuffer(8)), chunkState: new Int32Array(new SharedArrayBuffer(4 * chunks)) };
  worker.rank(job);
  const used = new Uint8Array(chunks);
  let firstUnused = 0;
  // Hands over every chunk finished so far and not yet used.
  const useFinished = () => {
    while (firstUnused < chunks && used[firstUnused] === 1) firstUnused++;
    const taken = Math.min(chunks, Atomics.load(job.control, NEXT));
    for (let chunk = firstUnused; chunk < taken; chunk++) {
      if (used[chunk] === 0 && Atomics.load(job.chunkState, chunk) === FINISHED) {
        used[chunk] = 1;
        use(out, chunk * CHUNK, end(chunk));
      }
    }
  };
  let ranker: Ranker | undefined;
  const mine = () => (ranker ??= new Ranker(model));
  if (!workerOnly) {
    // A chunk ranked here, then whatever the worker finished meanwhile used, and again.
    for (let chunk = takeChunk(job); chunk !== undefined; chunk = takeChunk(job)) {
      rankTaken(job, chunk, mine);
      useFinished();
    }
  }
  // The worker may still be on its last chunks. If it makes no progress for a while (it threw, or
  // died), the main thread ranks what is unfinished: the same lists, whoever writes them.
  for (let done = Atomics.load(job.control, DONE); done < chunks; done = Atomics.load(job.control, DONE)) {
    useFinished();
    if (Atomics.wait(job.control, DONE, done, PATIENCE_MS) === "timed-out" && Atomics.load(job.control, DONE) === done) break;
  }
  for (let chunk = 0; chunk < chunks; chunk++) {
    if (used[chunk] === 1) continue;
    if (Atomics.load(job.chunkState, chunk) !== FINISHED) {
      if (workerOnly) throw new Error(`the ranking worker left chunk ${chunk} of ${chunks} unfinished`);
      rankChunk(mine(), job, chunk);
    }
    used[chunk] = 1;
    use(out, chunk * CHUNK, end(chunk));
  }
}
