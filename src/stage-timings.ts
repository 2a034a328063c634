// How long each stage of a build took, for `dateline build --timings`. A stage leaves a performance
// measure named `dateline:<stage>` (Node's user-timing API) rather than taking a clock argument: the
// stages that report sit deep in the build, behind signatures that do not carry one.
import { performance, type PerformanceMeasure } from "node:perf_hooks";

/** The stages in the order a build runs them; `dateline build --timings` prints them in this order. */
export const STAGES = [
  "input check",
  "read and parse",
  "validate",
  "markdown",
  "related reading",
  "site model",
  "pages",
  "static files",
  "images",
  "search index",
  "deploy files and swap",
  "save cache",
] as const;

export type Stage = (typeof STAGES)[number];

const PREFIX = "dateline:";

export interface StageTiming {
  stage: Stage;
  ms: number;
  /** A few words about what the stage did ("reused", "off", "1,000 pages"). */
  note?: string;
}

/** Records that `stage` ran from `start` to `end` (`performance.now()` times). A stage recorded twice adds up. */
export function recordStage(stage: Stage, start: number, end: number = performance.now(), note?: string): void {
  performance.measure(`${PREFIX}${stage}`, { start, end: Math.max(start, end), detail: note });
}

/** Runs `work` as `stage`. */
export async function timeStage<T>(stage: Stage, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    recordStage(stage, start);
  }
}

/** Forgets every stage recorded so far: call when a build starts. */
export function clearStageTimings(): void {
  for (const entry of performance.getEntriesByType("measure")) {
    if (entry.name.startsWith(PREFIX)) performance.clearMeasures(entry.name);
  }
}

/** The stages recorded since the last clear, in build order, each once (repeated records added up). */
export function stageTimings(): StageTiming[] {
  const totals = new Map<Stage, StageTiming>();
  for (const entry of performance.getEntriesByType("measure") as PerformanceMeasure[]) {
    if (!entry.name.startsWith(PREFIX)) continue;
    const stage = entry.name.slice(PREFIX.length) as Stage;
    const note = typeof entry.detail === "string" ? entry.detail : undefined;
    const seen = totals.get(stage);
    totals.set(stage, { stage, ms: (seen?.ms ?? 0) + entry.duration, ...((note ?? seen?.note) !== undefined ? { note: note ?? seen?.note } : {}) });
  }
  return STAGES.flatMap((stage) => totals.get(stage) ?? []);
}
