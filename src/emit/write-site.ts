// Renders the site into a fresh folder beside the output and swaps it in only when complete.
import Eleventy from "@11ty/eleventy";
import { cp, lstat, mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { SiteModel } from "../model.ts";
import { configureEleventy } from "./configure-eleventy.ts";

export interface SitePaths {
  /** The site folder holding content/. */
  root: string;
  templates: string;
  public: string;
  out: string;
}

/** Returns the number of HTML pages written. */
export async function writeSite(model: SiteModel, paths: SitePaths): Promise<number> {
  const out = path.resolve(paths.out);
  const staging = `${out}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    await mkdir(staging, { recursive: true });
    const eleventy = new Eleventy(paths.templates, staging, { quietMode: true, config: (config) => configureEleventy(config, model) });
    // Dateline prints its own one-line summary; a template error still throws with Eleventy's message.
    eleventy.disableLogger();
    await eleventy.write();
    const pages = (await readdir(staging, { recursive: true })).filter((f) => f.endsWith(".html")).length;
    await copyIfPresent(paths.public, staging);
    await copyIfPresent(path.join(paths.root, "content", "images"), path.join(staging, "images"));
    await swapIn(staging, out);
    return pages;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
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
