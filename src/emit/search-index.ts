// Indexes the article pages for full-text search with Pagefind, into <site>/pagefind/. What is
// indexed is decided in the templates: only an article's `data-pagefind-body` (headline, dek,
// byline, body, corrections), with its filters (section, tag, type) and meta (dek, date).
//
// Pagefind cannot add a page to an index it wrote before, so the index is made in parts by age
// (src/index/search-parts.ts), each a Pagefind index of its own that the search page merges. For
// each part a build asks whether anything searchable in it changed since the last build
// (src/emit/search-state.ts): when nothing did, the last build's part is linked into the new
// site; a new story makes only the newest part again.
import * as pagefind from "pagefind";
import { readFileSync } from "node:fs";
import { link, mkdir, readdir, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { SiteModel } from "../model.ts";
import { CACHE_VERSION } from "../cache/cache-version.ts";
import { recordStage } from "../stage-timings.ts";
import { filesUnder } from "./files-under.ts";
import { searchableText, searchPageFiles } from "./search-pages.ts";
import { entryHash, readSearchState, writeSearchState, type SearchState } from "./search-state.ts";
import type { WriteHooks } from "./write-site.ts";

/**
 * Left out of the indexed text, though filters and meta inside them still count: navigation in
 * an article (topic links, series boxes), the preview's draft and scheduled banners, and the
 * kicker and timestamps, which would otherwise open every result's excerpt.
 */
const NOT_TEXT = ["nav", ".banner", ".kicker", ".timestamps"];

/** Everything besides the pages that decides the index: a change in any of these means indexing again. */
const INDEX_VERSION = JSON.stringify({ dateline: CACHE_VERSION, pagefind: pagefindVersion(), excludeSelectors: NOT_TEXT });

/** The folder, inside the staging folder and gone before the build ends, that holds links to the pages to index. */
const PAGES_TO_INDEX = ".search-pages";

/** Pages read at once when comparing the changed ones with the last build's. */
const READ_BATCH = 64;

export interface SearchSettings {
  /** False: no search index and no pagefind/ folder (`--no-search`); the search page says search is unavailable. */
  enabled: boolean;
  /** The build cache folder (.cache/dateline/) where what the last index was made from is kept; none: always index afresh. */
  cacheDir?: string;
}

/** Passed to writeSite() among its hooks; without it, the site is indexed afresh every time. */
export interface SearchHooks {
  search?: SearchSettings;
}

export interface SearchJob {
  /** The site being written. */
  staging: string;
  /** The output folder, holding the last build's site; only read from. */
  out: string;
  model: SiteModel;
  /** Every page of this build (`articles/x/index.html`) with the hash of its bytes. */
  pages: ReadonlyMap<string, string>;
  hooks?: WriteHooks & SearchHooks;
}

export interface SearchReport {
  /** Pages in the index. */
  pages: number;
  /** True when the last build's index was kept, false when the pages were indexed, undefined when search is off. */
  reused?: boolean;
}

/** Builds running in this process; Pagefind's service (a child process) stops when none is left. */
let running = 0;

/**
 * Indexes the article pages of `job.staging`, or keeps the last build's index when nothing
 * searchable changed. Given a folder instead (a site as Eleventy wrote it, with no page list), it
 * indexes every page there afresh.
 */
export async function buildSearchIndex(job: SearchJob | string): Promise<SearchReport> {
  if (typeof job === "string") return { pages: await indexFolder(job, path.join(job, "pagefind")), reused: false };
  const started = performance.now();
  const settings = job.hooks?.search ?? { enabled: true };
  if (!settings.enabled) {
    recordStage("search index", started, performance.now(), "off");
    return { pages: 0 };
  }
  const previous = settings.cacheDir ? await readSearchState(settings.cacheDir) : undefined;
  const state: SearchState = { version: INDEX_VERSION, out: job.out, parts: {} };
  let indexed = 0;
  let kept = 0;
  // The first part's folder is pagefind/ itself, holding the others: it goes first.
  for (const part of job.model.search.parts) {
    const files = searchPageFiles(part.urls, job.pages);
    const into = path.join(job.staging, "pagefind", part.path);
    const reused = previous !== undefined && (await reusePart(previous, part.path, files, job, into));
    if (!reused) await indexPages(job.staging, files, into);
    if (reused) kept += files.length;
    else indexed += files.length;
    const entry = await entryHash(into);
    if (entry !== undefined) state.parts[part.path] = { entry, files: (await partFiles(into)).length, pages: Object.fromEntries(files.map((f) => [f, job.pages.get(f)!])) };
  }
  if (settings.cacheDir) await writeSearchState(settings.cacheDir, state);
  recordStage("search index", started, performance.now(), searchNote(indexed, kept, job.model.search.parts.length));
  return { pages: indexed + kept, reused: indexed === 0 };
}

function searchNote(indexed: number, kept: number, parts: number): string {
  const count = (n: number) => n.toLocaleString("en-US");
  const inParts = parts > 1 ? ` in ${count(parts)} parts` : "";
  if (indexed === 0) return `reused ${count(kept)} pages${inParts}`;
  if (kept === 0) return `indexed ${count(indexed)} pages${inParts}`;
  return `indexed ${count(indexed)} pages, reused ${count(kept)}${inParts}`;
}

/**
 * Links the last build's copy of a part into the new site when it was made from the same
 * searchable text: the same pages, each either unchanged or changed only where Pagefind does not
 * read (src/emit/search-pages.ts). False, having linked nothing, when the part must be indexed.
 */
async function reusePart(previous: SearchState, partPath: string, files: readonly string[], job: SearchJob, into: string): Promise<boolean> {
  const last = previous.parts[partPath];
  if (previous.version !== INDEX_VERSION || previous.out !== job.out || last === undefined) return false;
  if (files.length !== Object.keys(last.pages).length || files.some((f) => !(f in last.pages))) return false;
  const from = path.join(job.out, "pagefind", partPath);
  if ((await entryHash(from)) !== last.entry) return false;
  const indexFiles = await partFiles(from);
  if (indexFiles.length !== last.files) return false;
  const changed = files.filter((f) => last.pages[f] !== job.pages.get(f));
  for (let i = 0; i < changed.length; i += READ_BATCH) {
    const same = await Promise.all(changed.slice(i, i + READ_BATCH).map((f) => sameSearchableText(path.join(job.out, f), path.join(job.staging, f))));
    if (same.includes(false)) return false;
  }
  await linkFiles(from, into, indexFiles);
  return true;
}

async function sameSearchableText(before: string, after: string): Promise<boolean> {
  const [a, b] = await Promise.all([readFile(before, "utf8").catch(() => undefined), readFile(after, "utf8")]);
  return a !== undefined && searchableText(a) === searchableText(b);
}

/**
 * Indexes `files` (paths under `site`) into `into`. Pagefind reads them from a folder of hard links
 * holding only them: every other page would be parsed only to be left out (at 1,000 articles, 2,500
 * pages take three times as long to read as the 1,000 article pages), and the index is the same.
 */
async function indexPages(site: string, files: readonly string[], into: string): Promise<void> {
  const pagesDir = path.join(site, PAGES_TO_INDEX);
  try {
    await linkFiles(site, pagesDir, files);
    await indexFolder(pagesDir, into);
  } finally {
    await rm(pagesDir, { recursive: true, force: true });
  }
}

/** Indexes every HTML file under `dir` into `into`; returns the number of pages indexed. */
async function indexFolder(dir: string, into: string): Promise<number> {
  running += 1;
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: NOT_TEXT });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    try {
      const added = await index.addDirectory({ path: dir });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
      const written = await index.writeFiles({ outputPath: into });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
      return added.page_count;
    } finally {
      await index.deleteIndex();
    }
  } finally {
    running -= 1;
    if (running === 0) await pagefind.close();
  }
}

/** The installed Pagefind's version, found where `import "pagefind"` finds the package. */
function pagefindVersion(): string {
  for (const dir of createRequire(import.meta.url).resolve.paths("pagefind") ?? []) {
    try {
      return (JSON.parse(readFileSync(path.join(dir, "pagefind", "package.json"), "utf8")) as { version: string }).version;
    } catch {
      // not in this folder: try the next one up
    }
  }
  return "unknown";
}

/** Hard-links each of `files` (relative paths with `/`) from `from` to the same path under `to`. */
async function linkFiles(from: string, to: string, files: readonly string[]): Promise<void> {
  const dirs = [...new Set(files.map((file) => path.dirname(path.join(to, file))))];
  for (let i = 0; i < dirs.length; i += READ_BATCH) await Promise.all(dirs.slice(i, i + READ_BATCH).map((dir) => mkdir(dir, { recursive: true })));
  for (let i = 0; i < files.length; i += READ_BATCH) await Promise.all(files.slice(i, i + READ_BATCH).map((file) => link(path.join(from, file), path.join(to, file))));
}

/** Paths (with `/`) of a part's files, leaving out the other parts' folders inside pagefind/; none when it does not exist. */
async function partFiles(dir: string): Promise<string[]> {
  return (await filesUnder(dir)).filter((file) => !PART_FOLDER.test(file));
}

/** The folder of a part other than the first, inside pagefind/ (src/index/search-parts.ts). */
const PART_FOLDER = /^part-\d+\//;
