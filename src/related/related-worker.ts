// The worker thread of related reading (worker-thread.ts starts it): it tokenizes a share of the
// archive, keeps the counts and reports the vocabulary, writes that share's vectors once the main
// thread has merged the vocabularies, then ranks chunks of articles alongside the main thread.
// Jobs arrive on a port; the main thread, which waits without an event loop, is woken through
// shared memory.
import { workerData, type MessagePort } from "node:worker_threads";
import { rankChunks } from "./rank-chunks.ts";
import { writeVectors } from "./text-model.ts";
import { tokenizeTexts, type TokenizedPart } from "./tokenize-texts.ts";
import { FAILED_JOB, FINISHED_JOB, type WorkerJob } from "./worker-jobs.ts";

const { port } = workerData as { port: MessagePort };

// The counts of the articles last tokenized, kept here until their vectors are written.
let counts: TokenizedPart | undefined;

port.on("message", (job: WorkerJob) => {
  if (job.kind === "rank") {
    rankChunks(job.job);
    return;
  }
  let outcome = FAILED_JOB;
  try {
    if (job.kind === "tokenize") {
      counts = tokenizeTexts(job.docs, job.bodyCharacters);
      const { vocabulary, documentFrequency } = counts;
      port.postMessage({ vocabulary, documentFrequency }, [documentFrequency.buffer as ArrayBuffer]);
    } else {
      const part = counts!;
      counts = undefined;
      writeVectors(part, job.job);
    }
    outcome = FINISHED_JOB;
  } catch {
    // The main thread does this share itself.
  } finally {
    Atomics.store(job.done, 0, outcome);
    Atomics.notify(job.done, 0);
  }
});
