// Copies a fixture site to a temporary folder and builds it there, so tests never write into the repo.
import * as cheerio from "cheerio";
import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildCommand, type BuildOutcome, type BuildRun } from "../../src/cli/build-command.ts";
import type { BuildOptions } from "../../src/model.ts";
import { afterEach } from "vitest";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const FIXTURES = path.join(REPO, "tests", "fixtures");

/** A fixed build time: March 15, 2025, so that the fixture's 2099 article is in the future. */
export const BUILD_TIME = new Date("2025-03-15T12:00:00Z");

export interface TempSite {
  root: string;
  out: string;
  cleanup(): Promise<void>;
}

export async function copyFixture(name: string): Promise<TempSite> {
  const root = await mkdtemp(path.join(tmpdir(), `dateline-${name}-`));
  await cp(path.join(FIXTURES, name), root, { recursive: true });
  return { root, out: path.join(root, "_site"), cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** A function giving a fresh copy of fixture `name` per call; the copies are removed after each test of the calling file. */
export function fixtureCopies(name: string): () => Promise<TempSite> {
  const sites: TempSite[] = [];
  afterEach(async () => {
    await Promise.all(sites.splice(0).map((s) => s.cleanup()));
  });
  return async () => {
    const site = await copyFixture(name);
    sites.push(site);
    return site;
  };
}

export async function buildSite(site: TempSite, options: Partial<BuildOptions> = {}, run: BuildRun = {}): Promise<BuildOutcome> {
  return buildCommand(
    { root: site.root, templates: path.join(REPO, "templates"), public: path.join(REPO, "public"), out: site.out },
    { drafts: false, future: false, now: BUILD_TIME, ...options },
    run,
  );
}

/** Every file in the output, as site paths ("/tags/index.html"), sorted. */
export async function listOutput(out: string): Promise<string[]> {
  const entries = await readdir(out, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => `/${path.relative(out, path.join(e.parentPath, e.name)).split(path.sep).join("/")}`)
    .sort();
}

/** The SHA-256 of every file in the output, by site path. */
export async function outputHashes(out: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const file of await listOutput(out)) files.set(file, createHash("sha256").update(await readFile(path.join(out, file))).digest("hex"));
  return files;
}

export async function loadPage(out: string, url: string): Promise<cheerio.CheerioAPI> {
  const file = url.endsWith("/") ? `${url}index.html` : url;
  return cheerio.load(await readFile(path.join(out, file), "utf8"));
}
