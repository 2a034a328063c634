// Builds the repository's sample site (content/) in a temporary folder, as readers would get it.
import { appendFile, cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildCommand } from "../../src/cli/build-command.ts";
import { REPO } from "./fixture-site.ts";

/** After every sample article's date, so the set of pages never depends on the day the tests run. */
export const SAMPLE_BUILD_TIME = new Date("2025-12-01T12:00:00Z");

export interface SampleSite {
  root: string;
  out: string;
  cleanup(): Promise<void>;
}

export interface SampleOptions {
  /** Overrides the sample's stories per listing page (20), e.g. to make topic pages run to a page 2. */
  pageSize?: number;
  /** Splits the search index into small parts (site.yaml's `search:`), e.g. to search across several. */
  searchParts?: { partSize: number; blockSize: number };
  /** Overrides site.yaml's baseUrl, e.g. with the local server's address. */
  baseUrl?: string;
  /** The temporary folder to build in; made when not given. */
  root?: string;
}

export async function sampleRoot(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), "dateline-sample-"));
}

export async function buildSampleSite(options: SampleOptions = {}): Promise<SampleSite> {
  const root = options.root ?? (await sampleRoot());
  await cp(path.join(REPO, "content"), path.join(root, "content"), { recursive: true });
  if (options.pageSize !== undefined) await appendFile(path.join(root, "content", "site.yaml"), `\npageSize: ${options.pageSize}\n`);
  if (options.searchParts !== undefined) {
    const { partSize, blockSize } = options.searchParts;
    await appendFile(path.join(root, "content", "site.yaml"), `\nsearch:\n  partSize: ${partSize}\n  blockSize: ${blockSize}\n`);
  }
  const out = path.join(root, "_site");
  const outcome = await buildCommand(
    { root, templates: path.join(REPO, "templates"), public: path.join(REPO, "public"), out },
    { drafts: false, future: false, now: SAMPLE_BUILD_TIME, baseUrl: options.baseUrl },
  );
  if (!outcome.ok) throw new Error(`the sample site does not build:\n${outcome.report}`);
  return { root, out, cleanup: () => rm(root, { recursive: true, force: true }) };
}
