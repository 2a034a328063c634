// Temporary copies of the hostile suite's fixture site, with cases added, built like `dateline build`.
import { spawnSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildCommand, type BuildOutcome } from "../../src/cli/build-command.ts";
import { BUILD_TIME, listOutput, REPO } from "../helpers/fixture-site.ts";
import type { HostileCase } from "./corpus.ts";
import { pageIssues, type SafetyOptions } from "./page-safety.ts";

export const HOSTILE_FIXTURE = path.join(REPO, "tests", "hostile", "fixtures", "site");

export interface HostileSite {
  /** A folder of its own that holds only the site, so that stray writes beside it show. */
  jail: string;
  root: string;
  out: string;
  cleanup(): Promise<void>;
}

export async function hostileSite(cases: readonly HostileCase[] = []): Promise<HostileSite> {
  const jail = await mkdtemp(path.join(tmpdir(), "dateline-hostile-"));
  const root = path.join(jail, "site");
  await cp(HOSTILE_FIXTURE, root, { recursive: true });
  for (const c of cases) {
    if (c.siteYaml !== undefined) await writeFile(path.join(root, "content", "site.yaml"), c.siteYaml);
    for (const [file, content] of Object.entries(c.files)) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), content);
    }
  }
  return { jail, root, out: path.join(root, "_site"), cleanup: () => rm(jail, { recursive: true, force: true }) };
}

export function buildHostile(site: HostileSite, publicDir = path.join(REPO, "public")): Promise<BuildOutcome> {
  return buildCommand(
    { root: site.root, templates: path.join(REPO, "templates"), public: publicDir, out: site.out },
    { drafts: false, future: false, now: BUILD_TIME },
  );
}

export interface OutputCheck {
  /** Site paths of the pages checked, by kind. */
  checked: { html: string[]; xml: string[]; json: string[] };
  /** `<file>: <issue>` for every problem found; empty when the output is safe. */
  issues: string[];
}

/** Every HTML page through the HTML checks, every XML file through xmllint, every JSON file parsed. */
export async function checkOutput(out: string, options: SafetyOptions = {}): Promise<OutputCheck> {
  const files = await listOutput(out);
  const checked = { html: [] as string[], xml: [] as string[], json: [] as string[] };
  const issues: string[] = [];
  for (const file of files) {
    const abs = path.join(out, file);
    if (file.endsWith(".html")) {
      checked.html.push(file);
      for (const issue of pageIssues(await readFile(abs, "utf8"), options)) issues.push(`${file}: ${issue}`);
    } else if (file.endsWith(".json") && !file.startsWith("/pagefind/")) {
      checked.json.push(file);
      try {
        JSON.parse(await readFile(abs, "utf8"));
      } catch (error) {
        issues.push(`${file}: not JSON (${(error as Error).message})`);
      }
    } else if (file.endsWith(".xml")) {
      checked.xml.push(file);
    }
  }
  if (checked.xml.length > 0) {
    const lint = spawnSync("xmllint", ["--noout", "--nonet", ...checked.xml.map((f) => path.join(out, f))], { encoding: "utf8" });
    if (lint.error) issues.push(`xmllint could not run: ${lint.error.message}`);
    else if (lint.status !== 0) issues.push(`XML not well-formed:\n${lint.stderr}`);
  }
  return { checked, issues };
}

/** Every file and folder below `dir`, as relative paths, for "nothing was written here" checks. */
export async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries.map((e) => e.split(path.sep).join("/")).sort();
}
