// Counters the main thread and the worker share (a SharedArrayBuffer): per template the next page
// to claim, the pages finished, and a flag that tells both to stop after the other failed.
import type { Claim } from "../emit/render-share.ts";

/** Pages claimed at once: small enough to balance the threads, large enough to claim rarely. */
const RUN = 8;

export interface PoolCounters {
  buffer: SharedArrayBuffer;
  templates: number;
}

export function createCounters(templates: number): PoolCounters {
  return { buffer: new SharedArrayBuffer(4 * (templates + 2)), templates };
}

/** Each call takes the next run of pages of the template, whichever thread asks. */
export function sharedClaim(counters: PoolCounters): Claim {
  const next = new Int32Array(counters.buffer);
  return (template, count) => {
    const start = Atomics.add(next, template, RUN);
    return start < count ? [start, Math.min(start + RUN, count)] : undefined;
  };
}

export function pageDone(counters: PoolCounters): number {
  return Atomics.add(new Int32Array(counters.buffer), counters.templates, 1) + 1;
}

export function flagStop(counters: PoolCounters): void {
  Atomics.store(new Int32Array(counters.buffer), counters.templates + 1, 1);
}

export class Stopped extends Error {
  constructor() {
    super("stopped: the other rendering thread failed");
  }
}

/** A check to run before each page: throws once the other thread has failed. */
export function stopWhenFlagged(counters: PoolCounters): () => void {
  const flags = new Int32Array(counters.buffer);
  return () => {
    if (Atomics.load(flags, counters.templates + 1) !== 0) throw new Stopped();
  };
}
