// The work-sharing protocol between the main thread and the ranking worker: chunks of articles
// taken from a shared counter. Kept apart from rank-parallel.ts so that the worker's bundle holds
// only this and the ranking itself.
import { Ranker, type RankModel, type RankOutput } from "./rank-articles.ts";

/** Articles a thread takes at a time: small enough to balance the load, large enough to make the counter rare. */
export const CHUNK = 64;

// Control words in a shared Int32Array: the next chunk to take, and how many are done.
export const NEXT = 0;
export const DONE = 1;
// Each chunk's state in another.
const TAKEN = 1;
export const FINISHED = 2;

export interface RankJob {
  model: RankModel;
  out: RankOutput;
  control: Int32Array;
  chunkState: Int32Array;
}

/** Takes chunks until none is left (the worker's loop). */
export function rankChunks(job: RankJob): void {
  let ranker: Ranker | undefined;
  for (let chunk = takeChunk(job); chunk !== undefined; chunk = takeChunk(job)) rankTaken(job, chunk, () => (ranker ??= new Ranker(job.model)));
}

/** The next chunk from the shared counter, marked as taken; undefined when none is left. */
export function takeChunk(job: RankJob): number | undefined {
  const chunk = Atomics.add(job.control, NEXT, 1);
  if (chunk >= job.chunkState.length) return undefined;
  Atomics.store(job.chunkState, chunk, TAKEN);
  return chunk;
}

/**
 * Ranks a taken chunk and counts it as done. A thread that throws counts its chunk as done but
 * leaves it unfinished: the main thread then ranks it again and meets the same error itself.
 */
export function rankTaken(job: RankJob, chunk: number, ranker: () => Ranker): void {
  try {
    rankChunk(ranker(), job, chunk);
  } finally {
    Atomics.add(job.control, DONE, 1);
    Atomics.notify(job.control, DONE);
  }
}

export function rankChunk(ranker: Ranker, job: RankJob, chunk: number): void {
  for (let a = chunk * CHUNK; a < Math.min(job.model.n, (chunk + 1) * CHUNK); a++) ranker.rank(a, job.out);
  Atomics.store(job.chunkState, chunk, FINISHED);
}
