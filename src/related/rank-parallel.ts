// Ranks every article's list on both cores: the main thread and one worker take chunks of
// articles from a shared counter, so neither waits while work is left, and a worker that fails to
// start or throws only means the main thread does more. Lists do not depend on who ranked them.
import { buildSync } from "esbuild";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { PACKAGE_ROOT } from "../package-root.ts";
import { Ranker, rankOutput, type RankModel, type RankOutput } from "./rank-articles.ts";
import { CHUNK, DONE, FINISHED, rankChunk, rankChunks, type RankJob } from "./rank-chunks.ts";

/** Below this many articles a worker's start-up (≈ 0.1 s) costs more than it saves. */
export const PARALLEL_FROM = 3000;
/** How long the main thread waits for the worker to finish a chunk before it ranks the rest itself. */
const PATIENCE_MS = 5000;

/** How to run the ranking: on one thread or two; `workerOnly` leaves every chunk to the worker (for tests). */
export interface RankExecution {
  threads?: 1 | 2;
  workerOnly?: boolean;
}

export function rankAll(model: RankModel, execution: RankExecution = {}): RankOutput {
  const threads = execution.threads ?? (model.n >= PARALLEL_FROM ? 2 : 1);
  if (threads < 2) {
    const out = rankOutput(model.n, model.options.limit, false);
    const ranker = new Ranker(model);
    for (let a = 0; a < model.n; a++) ranker.rank(a, out);
    return out;
  }
  const out = rankOutput(model.n, model.options.limit, true);
  const chunks = Math.ceil(model.n / CHUNK);
  const job: RankJob = { model, out, control: new Int32Array(new SharedArrayBuffer(8)), chunkState: new Int32Array(new SharedArrayBuffer(4 * chunks)) };
  const worker = startWorker(job);
  if (!execution.workerOnly) rankChunks(job);
  // The worker may still be on its last chunk. If it makes no progress for a while (it threw, or
  // died), the main thread ranks what is unfinished: the same lists, whoever writes them.
  for (let done = Atomics.load(job.control, DONE); done < chunks; done = Atomics.load(job.control, DONE)) {
    if (Atomics.wait(job.control, DONE, done, PATIENCE_MS) === "timed-out" && Atomics.load(job.control, DONE) === done) break;
  }
  const ranker = new Ranker(model);
  for (let chunk = 0; chunk < chunks; chunk++) {
    if (Atomics.load(job.chunkState, chunk) === FINISHED) continue;
    if (execution.workerOnly) throw new Error(`the ranking worker left chunk ${chunk} of ${chunks} unfinished`);
    rankChunk(ranker, job, chunk);
  }
  void worker?.terminate();
  return out;
}

let workerSource: string | undefined;

/**
 * The worker runs rank-worker.ts bundled into one script: the same code whether Dateline runs
 * from its TypeScript sources or from its bundle, with no loader needed in the worker.
 */
function startWorker(job: RankJob): Worker | undefined {
  try {
    workerSource ??= buildSync({
      entryPoints: [path.join(PACKAGE_ROOT, "src", "related", "rank-worker.ts")],
      bundle: true,
      write: false,
      format: "cjs",
      platform: "node",
      target: "node20",
      logLevel: "silent",
    }).outputFiles[0]!.text;
    const worker = new Worker(workerSource, { eval: true, workerData: job, execArgv: [] });
    // A worker that dies only leaves more chunks to the main thread.
    worker.on("error", () => {});
    worker.unref();
    return worker;
  } catch {
    return undefined;
  }
}
