// Renders the site into a fresh folder beside the output and swaps it in only when complete.
import { cp, lstat, mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { SiteModel } from "../model.ts";
import { readPageTemplates } from "./page-templates.ts";
import { createEnvironment, renderPages } from "./render-pages.ts";

export interface SitePaths {
  /** The site folder holding content/. */
  root: string;
  templates: string;
  public: string;
  out: string;
}

/** Files written at once: enough to keep the disk busy, few enough to bound memory. */
const WRITE_BATCH = 64;

/** Returns the number of pages written. */
export async function writeSite(model: SiteModel, paths: SitePaths): Promise<number> {
  const out = path.resolve(paths.out);
  const staging = `${out}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    await mkdir(staging, { recursive: true });
    const pages = await writePages(model, paths.templates, staging);
    await copyIfPresent(paths.public, staging);
    await copyIfPresent(path.join(paths.root, "content", "images"), path.join(staging, "images"));
    await swapIn(staging, out);
    return pages;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function writePages(model: SiteModel, templatesDir: string, into: string): Promise<number> {
  const env = createEnvironment(templatesDir, model);
  const written = new Set<string>();
  const madeDirs = new Set<string>();
  let batch: Promise<void>[] = [];
  for (const page of renderPages(await readPageTemplates(templatesDir), model, env)) {
    if (written.has(page.file)) throw new Error(`two pages would be written to ${page.file}`);
    written.add(page.file);
    const file = path.join(into, page.file);
    const dir = path.dirname(file);
    if (!madeDirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      madeDirs.add(dir);
    }
    batch.push(writeFile(file, page.content));
    if (batch.length >= WRITE_BATCH) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  return [...written].filter((f) => f.endsWith(".html")).length;
}

async function copyIfPresent(from: string, to: string): Promise<void> {
  if (!(await stat(from).catch(() => undefined))?.isDirectory()) return;
  // Symbolic links are skipped: one could publish a file from outside the site folder.
  await cp(from, to, {
    recursive: true,
    filter: async (src) => !path.basename(src).startsWith(".") && !(await lstat(src)).isSymbolicLink(),
  });
}

/** Two renames: readers of `out` see the old site or the new one, never a mixture. */
async function swapIn(staging: string, out: string): Promise<void> {
  const previous = `${out}.previous-${process.pid}`;
  const hadPrevious = await stat(out).then(() => true, () => false);
  if (hadPrevious) await rename(out, previous);
  await rename(staging, out);
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}
