// `dateline build`: validate everything, then write the whole site or nothing. This module decides
// whether anything changed since the last build; build-changed.ts does the build.
import type { BuildOptions, SiteModel } from "../model.ts";
import type { Problem } from "../problems.ts";
import { recoverInterruptedBuild } from "../emit/recover-output.ts";
import type { SitePaths } from "../emit/write-site.ts";
import { publicFolders, templateFolders } from "../emit/site-folders.ts";
import { CACHE_VERSION } from "../cache/cache-version.ts";
import { inputStamp } from "../cache/input-stamp.ts";
import { readBuildState } from "../cache/build-state.ts";
import { clearStageTimings, recordStage, stageTimings, type StageTiming } from "../stage-timings.ts";
import { existsSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Progress } from "./progress.ts";

export interface BuildOutcome {
  ok: boolean;
  pages: number;
  report: string;
  /** The model the pages were rendered from (the dev preview keeps the last good one). */
  model?: SiteModel;
  problems: Problem[];
  /** Output files this build wrote; the others were kept (hard-linked) from the last build. */
  written?: string[];
  /** With `timings`: how long each stage took, in the order they ran. */
  timings?: StageTiming[];
}

export interface BuildRun {
  progress?: Progress;
  /** False: ignore and do not write the build cache in .cache/dateline/. */
  cache?: boolean;
  /** Milliseconds since some fixed point; when given, the summary says how long the build took. */
  clock?: () => number;
  /** False: write no search index (`--no-search`), for quicker previews; the search page then says search is unavailable. */
  search?: boolean;
  /** True: time each stage (`--timings`), into `BuildOutcome.timings`. */
  timings?: boolean;
}

export async function buildCommand(paths: SitePaths, options: BuildOptions, run: BuildRun = {}): Promise<BuildOutcome> {
  const started = run.clock?.();
  // Stages record their times whether or not anyone reads them; forget the last build's.
  clearStageTimings();
  const checking = performance.now();
  // Before anything else, so that a build that fails still finds the last site where it belongs.
  await recoverInterruptedBuild(paths.out);
  const useCache = run.cache !== false;
  // The stamp and the last build's state first: when nothing changed, the caches (over 100 MB at
  // 10,000 articles) are never read.
  const stamp = useCache ? await inputStamp(inputFolders(paths), buildSettings(paths, options, run)) : undefined;
  const last = useCache ? await readBuildState(paths.root) : undefined;
  if (stamp && last && last.stamp === stamp && last.out === path.resolve(paths.out) && options.now.getTime() < last.validUntil && existsSync(paths.out)) {
    recordStage("input check", checking);
    return { ok: true, pages: 0, report: `Nothing changed since the last build; ${paths.out} is up to date.`, problems: [], written: [], ...timingsFor(run) };
  }
  // Only now the pipeline, the templates and the search indexer are loaded (about 0.3 s of the
  // bundle's start-up): a rebuild with nothing to do never needs them.
  const { buildChanged } = await import("./build-changed.ts");
  return buildChanged(paths, options, run, { stamp, started, checking });
}

/** The stage timings, for an outcome, when the run asked for them. */
export function timingsFor(run: BuildRun): { timings?: StageTiming[] } {
  return run.timings ? { timings: stageTimings() } : {};
}

/** What a build reads: a change in any of these folders means building again. */
function inputFolders(paths: SitePaths): string[] {
  return [path.join(paths.root, "content"), ...templateFolders(paths), ...publicFolders(paths)];
}

/** Everything besides the files that decides the output: options, paths, Dateline's version. */
function buildSettings(paths: SitePaths, options: BuildOptions, run: BuildRun): unknown {
  return { drafts: options.drafts, future: options.future, baseUrl: options.baseUrl ?? null, pathPrefix: options.pathPrefix ?? null, search: run.search !== false, out: path.resolve(paths.out), version: CACHE_VERSION };
}
