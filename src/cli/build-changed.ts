// The build itself, once build-command.ts has found that something changed since the last one:
// read and check the content, then write the site (or, on a content error, nothing). Loaded only
// then, with the pipeline, the templates and the search indexer behind it.
import type { BuildOptions } from "../model.ts";
import { runPipeline } from "../pipeline.ts";
import { writeSite, type SitePaths } from "../emit/write-site.ts";
import { publicFolders } from "../emit/site-folders.ts";
import type { SearchHooks } from "../emit/search-index.ts";
import { BuildCache } from "../cache/build-cache.ts";
import { cacheDir } from "../cache/build-state.ts";
import { nextTimeChange } from "../cache/next-change.ts";
import { memoizeRelated } from "../cache/related-memo.ts";
import { relatedReading } from "../related/related-reading.ts";
import { recordStage, timeStage } from "../stage-timings.ts";
import path from "node:path";
import { timingsFor, type BuildOutcome, type BuildRun } from "./build-command.ts";
import { observePipeline, observeWrite } from "./build-timings.ts";
import { silentProgress } from "./progress.ts";
import { formatReport, plural, seconds } from "./report.ts";

/** What build-command.ts found: the inputs' stamp (undefined without the cache), and when the build and its input check began. */
export interface InputCheck {
  stamp: string | undefined;
  started: number | undefined;
  checking: number;
}

export async function buildChanged(paths: SitePaths, options: BuildOptions, run: BuildRun, check: InputCheck): Promise<BuildOutcome> {
  const progress = run.progress ?? silentProgress;
  const cache = run.cache === false ? undefined : await BuildCache.open(paths.root);
  recordStage("input check", check.checking);

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
    return { ok: false, pages: 0, report, problems, ...timingsFor(run) };
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
  if (cache && check.stamp) {
    const state = { stamp: check.stamp, out: path.resolve(paths.out), validUntil: nextTimeChange(checked.articles, options.now) };
    await timeStage("save cache", () => cache.save(manifest, state));
  }
  const warnings = problems.filter((p) => p.severity === "warning").length;
  const took = check.started === undefined ? "" : ` in ${seconds(run.clock!() - check.started)}`;
  const kept = written < manifest.pages.size ? `, ${written} written` : "";
  const summary = `Built ${plural(model.articles.length, "article")} (${plural(pages, "page")}${kept}) into ${paths.out}${took}${warnings ? `, ${plural(warnings, "warning")}` : ""}.`;
  return { ok: true, pages, report: report ? `${report}\n\n${summary}` : summary, model, problems, written: writtenFiles, ...timingsFor(run) };
}
