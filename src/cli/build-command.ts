// `dateline build`: validate everything, then write the whole site or nothing.
import type { BuildOptions, SiteModel } from "../model.ts";
import type { Problem } from "../problems.ts";
import { runPipeline } from "../pipeline.ts";
import { recoverInterruptedBuild } from "../emit/recover-output.ts";
import { writeSite, type SitePaths } from "../emit/write-site.ts";
import { publicFolders, templateFolders } from "../emit/site-folders.ts";
import { BuildCache } from "../cache/build-cache.ts";
import { CACHE_VERSION } from "../cache/cache-version.ts";
import { inputStamp } from "../cache/input-stamp.ts";
import { nextTimeChange } from "../cache/next-change.ts";
import { memoizeRelated } from "../cache/related-memo.ts";
import { relatedReading } from "../related/related-reading.ts";
import type { SearchHooks } from "../emit/search-index.ts";
import { cacheDir, readBuildState } from "../cache/build-state.ts";
import { clearStageTimings, recordStage, stageTimings, timeStage, type StageTiming } from "../stage-timings.ts";
import { observePipeline, observeWrite } from "./build-timings.ts";
import { existsSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { silentProgress, type Progress } from "./progress.ts";
import { formatReport, plural } from "./report.ts";

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
  const timings = () => (run.timings ? { timings: stageTimings() } : {});
  const checking = performance.now();
  // Before anything else, so that a build that fails still finds the last site where it belongs.
  await recoverInterruptedBuild(paths.out);
  const progress = run.progress ?? silentProgress;
  const useCache = run.cache !== false;
  // The stamp and the last build's state first: when nothing changed, the caches (over 100 MB at
  // 10,000 articles) are never read.
  const stamp = useCache ? await inputStamp(inputFolders(paths), buildSettings(paths, options, run)) : undefined;
  const last = useCache ? await readBuildState(paths.root) : undefined;
  if (stamp && last && last.stamp === stamp && last.out === path.resolve(paths.out) && options.now.getTime() < last.validUntil && existsSync(paths.out)) {
    recordStage("input check", checking);
    return { ok: true, pages: 0, report: `Nothing changed since the last build; ${paths.out} is up to date.`, problems: [], written: [], ...timings() };
  }
  const cache = useCache ? await BuildCache.open(paths.root) : undefined;
  recordStage("input check", checking);

  const related = cache && memoizeRelated(relatedReading, cache.related);
  const observed = run.timings ? observePipeline((done, total) => progress.articles(done, total), cache?.bodies, related) : undefined;
  const caches = observed
    ? { frontmatter: cache?.frontmatter, bodies: observed.bodies, related: observed.related }
    : cache && { frontmatter: cache.frontmatter, bodies: cache.bodies, related };
  const { model, problems, checked } = await runPipeline(paths.root, options, {
    onArticle: observed?.onArticle ?? ((done, total) => progress.articles(done, total)),
    caches,
    publicDirs: publicFolders(paths),
  });
  observed?.done();
  const report = formatReport(problems);
  if (!model) {
    progress.finish();
    return { ok: false, pages: 0, report, problems, ...timings() };
  }
  const writing = run.timings ? observeWrite((done) => progress.pages(done)) : undefined;
  // The search settings travel among writeSite()'s hooks to the search index (src/emit/search-index.ts).
  const hooks: Parameters<typeof writeSite>[2] & SearchHooks = {
    onPage: writing?.onPage ?? ((done) => progress.pages(done)),
    previous: cache?.pages,
    search: { enabled: run.search !== false, ...(cache ? { cacheDir: cacheDir(paths.root) } : {}) },
  };
  const { pages, written, writtenFiles, manifest } = await writeSite(model, paths, hooks);
  writing?.done();
  progress.finish();
  if (cache && stamp) {
    const state = { stamp, out: path.resolve(paths.out), validUntil: nextTimeChange(checked.articles, options.now) };
    await timeStage("save cache", () => cache.save(manifest, state));
  }
  const warnings = problems.filter((p) => p.severity === "warning").length;
  const took = started === undefined ? "" : ` in ${seconds(run.clock!() - started)}`;
  const kept = written < manifest.pages.size ? `, ${written} written` : "";
  const summary = `Built ${plural(model.articles.length, "article")} (${plural(pages, "page")}${kept}) into ${paths.out}${took}${warnings ? `, ${plural(warnings, "warning")}` : ""}.`;
  return { ok: true, pages, report: report ? `${report}\n\n${summary}` : summary, model, problems, written: writtenFiles, ...timings() };
}

/** What a build reads: a change in any of these folders means building again. */
function inputFolders(paths: SitePaths): string[] {
  return [path.join(paths.root, "content"), ...templateFolders(paths), ...publicFolders(paths)];
}

/** Everything besides the files that decides the output: options, paths, Dateline's version. */
function buildSettings(paths: SitePaths, options: BuildOptions, run: BuildRun): unknown {
  return { drafts: options.drafts, future: options.future, baseUrl: options.baseUrl ?? null, pathPrefix: options.pathPrefix ?? null, search: run.search !== false, out: path.resolve(paths.out), version: CACHE_VERSION };
}

/** "0.42 s", "12.3 s": enough digits to compare two builds, no more. */
export function seconds(ms: number): string {
  const s = ms / 1000;
  return `${s < 10 ? s.toFixed(2) : s.toFixed(1)} s`;
}
