// The worker thread of related reading (worker-thread.ts starts it): it tokenizes a share of the
// archive, then ranks chunks of articles alongside the main thread. Jobs arrive on a port; the
// main thread, which waits without an event loop, is woken through shared memory.
import { workerData, type MessagePort } from "node:worker_threads";
import { rankChunks } from "./rank-chunks.ts";
import { tokenizeTexts } from "./tokenize-texts.ts";
import type { WorkerJob } from "./worker-thread.ts";

const { port } = workerData as { port: MessagePort };

port.on("message", (job: WorkerJob) => {
  if (job.kind === "rank") {
    rankChunks(job.job);
    return;
  }
  try {
    const part = tokenizeTexts(job.docs, job.bodyCharacters);
    const buffers = [part.rawStart, part.rawTerm, part.rawCount, part.documentFrequency].map((array) => array.buffer as ArrayBuffer);
    port.postMessage(part, buffers);
  } catch {
    port.postMessage(undefined);
  } finally {
    Atomics.store(job.done, 0, 1);
    Atomics.notify(job.done, 0);
  }
});
