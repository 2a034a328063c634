// Renders the site into a fresh folder beside the output and swaps it in only when complete.
import { createHash } from "node:crypto";
import { cp, link, lstat, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SiteModel } from "../model.ts";
import { processImages } from "./timed-images.ts";
import { recoverInterruptedBuild } from "./recover-output.ts";
import { readPageTemplates } from "./page-templates.ts";
import { availableParallelism } from "node:os";
import { EMPTY_MANIFEST, Fingerprinter, type PageManifest } from "./page-fingerprints.ts";
import type { PageTemplate } from "./page-templates.ts";
import { createEnvironment, pageItems } from "./render-pages.ts";
import { claimAll, effectiveTemplatesHash, renderShare, type ShareResult } from "./render-share.ts";
import { renderOnTwoThreads } from "../workers/render-pool.ts";
import { buildSearchIndex } from "./search-index.ts";
import { writeBuildManifest } from "./build-manifest.ts";
import { writeHashedAssets } from "./hashed-assets.ts";
import { headersFile, isImmutable } from "./headers-file.ts";
import { publicFolders, templateFolders } from "./site-folders.ts";
import { filesUnder } from "./files-under.ts";
import { removeTree } from "./remove-tree.ts";

export interface SitePaths {
  /** The site folder holding content/. */
  root: string;
  templates: string;
  public: string;
  out: string;
  /** Dateline's own folders, under the site's: a template or static file the site lacks comes from here (src/emit/site-folders.ts). */
  defaults?: { templates: string; public: string };
}

export interface WriteHooks {
  /** Called as each page is rendered, for progress on a terminal. */
  onPage?(written: number): void;
  /** The last build's page fingerprints: pages that match are linked from the output, not rendered. */
  previous?: PageManifest;
  /** Threads that render pages: 1, or 2 with a worker; by default 2 for a large site on a machine with two cores or more. */
  threads?: 1 | 2;
}

export interface WriteResult {
  /** HTML pages in the site. */
  pages: number;
  /** Files rendered and written by this build (the rest were kept from the last one). */
  written: number;
  /** Their paths relative to the output folder, in the order written. */
  writtenFiles: string[];
  /** Fingerprints of every page, for the next build. */
  manifest: PageManifest;
}

export async function writeSite(model: SiteModel, paths: SitePaths, hooks: WriteHooks = {}): Promise<WriteResult> {
  const out = path.resolve(paths.out);
  const staging = `${out}.staging-${process.pid}`;
  // A build killed part-way leaves its staging folder, or even the old site moved aside: tidy up first.
  await recoverInterruptedBuild(out);
  await rm(staging, { recursive: true, force: true });
  try {
    await mkdir(staging, { recursive: true });
    const previous = hooks.previous && (await isDirectory(out)) ? hooks.previous : EMPTY_MANIFEST;
    let result = await writePages(model, templateFolders(paths), staging, out, previous, hooks);
    if (result === undefined) {
      // A page the last build wrote is gone from the output: render everything afresh.
      await rm(staging, { recursive: true, force: true });
      await mkdir(staging, { recursive: true });
      result = (await writePages(model, templateFolders(paths), staging, out, EMPTY_MANIFEST, hooks))!;
    }
    // Dateline's static files first, then the site's own over them.
    for (const dir of publicFolders(paths).reverse()) await copyIfPresent(dir, staging);
    const hashed = await writeHashedAssets(model.assets ?? {}, staging);
    await copyIfPresent(path.join(paths.root, "content", "images"), path.join(staging, "images"));
    await processImages(model, paths, staging);
    await buildSearchIndex({ staging, out, model, pages: result.manifest.contents, hooks });
    const copied = [...publicFolders(paths).map((dir) => ({ dir, into: "" })), { dir: path.join(paths.root, "content", "images"), into: "images/" }];
    await writeDeployFiles(staging, out, model, hashed, result.manifest.contents, copied);
    await swapIn(staging, out);
    return result;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Writes changed pages into `into` and hard-links unchanged ones from the previous output (`from`),
 * which is never written to. Undefined when an unchanged page is missing from `from`.
 */
async function writePages(model: SiteModel, templatesDir: readonly string[], into: string, from: string, previous: PageManifest, hooks: WriteHooks): Promise<WriteResult | undefined> {
  const env = createEnvironment(templatesDir, model);
  const templates = await readPageTemplates(templatesDir);
  const templatesHash = (await Promise.all(templatesDir.map(hashFolder))).join(":");
  const options = { into, from, previous, templatesHash };
  const fingerprints = new Fingerprinter(model, effectiveTemplatesHash(model, templatesHash));
  const shares = useWorker(templates, model, hooks.threads)
    ? await renderOnTwoThreads(templates, templatesDir, model, env, options, hooks.onPage, fingerprints)
    : [await renderShare(templates, model, env, options, claimAll(), { onPage: countPages(hooks.onPage), fingerprints })];
  if (shares.some((share) => share.missing)) return undefined;
  return manifestOf(templates, model, shares, previous, fingerprints);
}

/**
 * A worker costs its start-up (about 0.3 s of CPU to load its modules, beside the main thread) and
 * a copy of the site model. On a busy 2-core machine one thread was still faster at 250 articles
 * (about 760 pages); two were faster from about 500 articles (1,360 pages) on.
 */
const WORKER_MIN_PAGES = 1_000;

/** `DATELINE_THREADS=1` keeps rendering on one thread; `2` uses a worker whatever the site's size. */
function useWorker(templates: readonly PageTemplate[], model: SiteModel, threads: number | undefined): boolean {
  const setting = threads ?? Number(process.env.DATELINE_THREADS ?? Number.NaN);
  if (setting === 1) return false;
  if (setting === 2) return true;
  if (availableParallelism() < 2) return false;
  return templates.reduce((pages, template) => pages + pageItems(template, model).length, 0) >= WORKER_MIN_PAGES;
}

function countPages(onPage: ((done: number) => void) | undefined): () => void {
  let done = 0;
  return () => onPage?.(++done);
}

/** Every page's fingerprint and content hash, in template and item order whichever thread made it. */
function manifestOf(templates: readonly PageTemplate[], model: SiteModel, shares: ShareResult[], previous: PageManifest, fingerprints: Fingerprinter): WriteResult {
  const records = shares.flatMap((share) => share.records).sort((a, b) => a.template - b.template || a.index - b.index);
  // The worker's item hashes hold for the main thread's copy: a list of items (site.articles) is not hashed again.
  const items = templates.map((template) => pageItems(template, model));
  for (const record of records) fingerprints.remember(items[record.template]![record.index], record.item);
  const manifest: PageManifest = { pages: new Map(), siteFields: new Map(), contents: new Map() };
  // Fingerprints cover every field any page of the template read, this build or before.
  const keys = templates.map((template, t) => {
    const fields = [...new Set([...(previous.siteFields.get(template.name) ?? []), ...shares.flatMap((share) => share.read[t] ?? [])])].sort();
    manifest.siteFields.set(template.name, fields);
    return fingerprints.templateKey(template.name, fields);
  });
  const writtenFiles: string[] = [];
  let pages = 0;
  for (const record of records) {
    if (manifest.pages.has(record.file)) throw new Error(`two pages would be written to ${record.file}`);
    manifest.pages.set(record.file, Fingerprinter.combine(keys[record.template]!, record.item));
    if (record.hash !== undefined) manifest.contents.set(record.file, record.hash);
    if (record.written) writtenFiles.push(record.file);
    if (record.file.endsWith(".html")) pages += 1;
  }
  return { pages, written: writtenFiles.length, writtenFiles, manifest };
}

/** `_headers` for the host's cache rules (added to the site's own, if it has one), then the build manifest over every file. */
async function writeDeployFiles(
  staging: string,
  out: string,
  model: SiteModel,
  hashed: string[],
  pageHashes: ReadonlyMap<string, string>,
  copied: { dir: string; into: string }[],
): Promise<void> {
  // One listing serves `_headers` and the manifest; `_headers` is in it before it is written.
  const files = await filesUnder(staging);
  if (!files.includes("_headers")) files.push("_headers");
  // A rendered page's hash is known, unless a copied file of the same path replaced the page.
  const known = new Map(pageHashes);
  for (const { dir, into } of copied) for (const file of await filesUnder(dir)) known.delete(`${into}${file}`);
  const own = await readFile(path.join(staging, "_headers"), "utf8").catch(() => "");
  const hashedSet = new Set(hashed);
  const rules = headersFile(files, (file) => isImmutable(file, hashedSet), model.config.pathPrefix);
  await rm(path.join(staging, "_headers"), { force: true });
  await writeFile(path.join(staging, "_headers"), own ? `${own.trimEnd()}\n\n${rules}` : rules);
  await writeBuildManifest(staging, out, model.config, { known, files });
}

async function isDirectory(dir: string): Promise<boolean> {
  return (await stat(dir).catch(() => undefined))?.isDirectory() ?? false;
}

/** A hash of every file in the templates folder, includes too. */
async function hashFolder(dir: string): Promise<string> {
  const hash = createHash("sha256");
  for (const name of (await readdir(dir, { recursive: true })).sort()) {
    const file = path.join(dir, name);
    if ((await stat(file)).isFile()) hash.update(`${name}\0`).update(await readFile(file)).update("\0");
  }
  return hash.digest("base64url");
}

async function copyIfPresent(from: string, to: string): Promise<void> {
  if (!(await stat(from).catch(() => undefined))?.isDirectory()) return;
  // Symbolic links are skipped: one could publish a file from outside the site folder. A file
  // already in the staging folder may be a hard link into the live site: unlink it, never overwrite.
  await cp(from, to, {
    recursive: true,
    filter: async (src, dest) => {
      const info = await lstat(src);
      if (path.basename(src).startsWith(".") || info.isSymbolicLink()) return false;
      if (info.isFile()) await rm(dest, { force: true });
      return true;
    },
  });
}

/** Two renames: readers of `out` see the old site or the new one, never a mixture. */
async function swapIn(staging: string, out: string): Promise<void> {
  const previous = `${out}.previous-${process.pid}`;
  const hadPrevious = await stat(out).then(() => true, () => false);
  if (hadPrevious) await rename(out, previous);
  await rename(staging, out);
  if (hadPrevious) await removeTree(previous);
}
