// The bundle's start-up: what `dateline` loads before it knows what to do. A rebuild with nothing
// to do, `--help` and a usage error must not load the Markdown renderer, the templates, the search
// indexer or the image library: those come in chunks that only a real build (or check, dev…) loads.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO } from "../helpers/fixture-site.ts";

let out: string;

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), "dateline-bundle-"));
  const compiled = spawnSync(process.execPath, [path.join(REPO, "bin", "compile.js"), "--outdir", out], { encoding: "utf8" });
  expect(compiled.status, compiled.stderr).toBe(0);
}, 60_000);
afterAll(() => rm(out, { recursive: true, force: true }));

/** The files a module loads before any of its code runs (static imports, followed), and the packages among them. */
function staticGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, from] of readFileSync(file, "utf8").matchAll(/^import\s+(?:[^"';]*?\s+from\s+)?["']([^"']+)["'];?$/gm)) {
      if (from!.startsWith(".")) visit(path.resolve(path.dirname(file), from!));
      else packages.add(from!);
    }
  };
  visit(entry);
  return { files: [...files], packages: [...packages].sort() };
}

describe("the CLI bundle", () => {
  it("starts on Node's own modules only; the packages a build needs come in chunks it loads on demand", () => {
    const start = staticGraph(path.join(out, "cli.mjs"));
    expect(start.packages.filter((name) => !name.startsWith("node:"))).toEqual([]);
    const onDemand = start.files.flatMap((file) => [...readFileSync(file, "utf8").matchAll(/import\(["']([^"']+)["']\)/g)].map(([, from]) => path.resolve(path.dirname(file), from!)));
    expect(onDemand.every((chunk) => existsSync(chunk)), onDemand.join(", ")).toBe(true);
    const loaded = new Set(onDemand.flatMap((chunk) => staticGraph(chunk).packages));
    for (const name of ["markdown-it", "nunjucks", "pagefind", "yaml", "esbuild"]) expect(loaded, name).toContain(name);
  });
});
