// Lets a loop of synchronous file-system calls run in slices of a few milliseconds, with the event
// loop free between them (the dev server keeps answering, a progress line keeps turning).
//
// Why synchronous calls at all: each asynchronous one is a round trip to libuv's thread pool, and
// for the tens of thousands of small files and folders of a large site those round trips, not the
// disk, took the time. At 10,000 articles (33,700 files in 23,100 folders, all in the page cache,
// on a busy 2-core machine) listing the site took 2.2-2.7 s with `readdir(dir, { recursive: true })`
// and 0.7-0.8 s with readdirSync; hashing Pagefind's 10,587 files took 3.3-4.6 s with one awaited
// readFile after another, 1.6-2.0 s with 32 at once, and 0.3-0.7 s with readFileSync.
import { performance } from "node:perf_hooks";

/** How long a slice of synchronous work may hold the event loop. */
const SLICE_MS = 10;

/**
 * A function to await between steps of the work: it resolves at once while the current slice lasts,
 * and on the event loop's next turn once it is over.
 */
export function timeSlices(sliceMs = SLICE_MS): () => Promise<void> | undefined {
  let since = performance.now();
  return () => {
    if (performance.now() - since < sliceMs) return undefined;
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        since = performance.now();
        resolve();
      }),
    );
  };
}
