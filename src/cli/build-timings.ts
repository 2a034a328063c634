// Times the stages of a build from outside, for `dateline build --timings`: the pipeline and the
// site writer call back as they go (an article validated, a body rendered, related reading asked
// for, a page written), and the moment of the first or last call marks where a stage changed.
// Stages that time themselves (images, the search index) leave their own measures.
import { performance, type PerformanceMeasure } from "node:perf_hooks";
import type { BodyMemo } from "../markdown/render-articles.ts";
import type { RelatedFunction } from "../cache/related-memo.ts";
import { relatedReading } from "../related/related-reading.ts";
import { recordStage, type Stage, type StageTiming } from "../stage-timings.ts";

export interface PipelineObserver {
  onArticle(done: number, total: number): void;
  bodies: BodyMemo;
  related: RelatedFunction;
  /** Call when the pipeline has returned. */
  done(): void;
}

/** Wraps the pipeline's hooks (`onArticle`, the body memo, related reading) so that they also mark where each stage began. */
export function observePipeline(onArticle: (done: number, total: number) => void, bodies: BodyMemo | undefined, related: RelatedFunction = relatedReading): PipelineObserver {
  let stage: Stage = "read and parse";
  let since = performance.now();
  const enter = (next: Stage) => {
    const now = performance.now();
    recordStage(stage, since, now);
    stage = next;
    since = now;
  };
  return {
    onArticle(done, total) {
      if (stage === "read and parse") enter("validate");
      onArticle(done, total);
    },
    bodies: {
      get(key, compute) {
        if (stage === "read and parse" || stage === "validate") enter("markdown");
        return bodies ? bodies.get(key, compute) : compute();
      },
    },
    related(articles, options) {
      enter("related reading");
      try {
        return related(articles, options);
      } finally {
        enter("site model");
      }
    },
    done() {
      recordStage(stage, since, performance.now());
    },
  };
}

export interface WriteObserver {
  onPage(done: number): void;
  /** Call when writeSite() has returned. */
  done(): void;
}

/**
 * Marks the site writer's stages: pages until the last page is written, static files until images
 * or the search index (which time themselves) begin, and after the last of those, the deploy files
 * and the swap.
 */
export function observeWrite(onPage: (done: number) => void): WriteObserver {
  const started = performance.now();
  let lastPage = started;
  return {
    onPage(done) {
      lastPage = performance.now();
      onPage(done);
    },
    done() {
      const ended = performance.now();
      recordStage("pages", started, lastPage);
      const later = (stage: Stage) => (performance.getEntriesByName(`dateline:${stage}`, "measure") as PerformanceMeasure[]).filter((m) => m.startTime >= lastPage);
      const selfTimed = [...later("images"), ...later("search index")];
      const firstStart = Math.min(ended, ...selfTimed.map((m) => m.startTime));
      const lastEnd = Math.max(lastPage, ...selfTimed.map((m) => m.startTime + m.duration));
      recordStage("static files", lastPage, firstStart);
      recordStage("deploy files and swap", lastEnd, ended);
    },
  };
}

/** One line per stage for stderr, `timing  search index        2.91 s  indexed 1,000 pages`, then the total. */
export function timingLines(timings: readonly StageTiming[], totalMs?: number): string[] {
  const rows: [string, number, string | undefined][] = timings.map((t) => [t.stage, t.ms, t.note]);
  if (totalMs !== undefined) rows.push(["total", totalMs, undefined]);
  const width = Math.max(0, ...rows.map(([name]) => name.length));
  return rows.map(([name, ms, note]) => `timing  ${name.padEnd(width)}  ${(ms / 1000).toFixed(2).padStart(6)} s${note ? `  ${note}` : ""}`);
}
