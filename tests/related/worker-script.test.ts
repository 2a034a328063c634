// The related-reading worker's bundle is kept between runs, keyed by the content of its sources:
// a kept bundle is used only while every source it was built from is unchanged.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { workerScript } from "../../src/related/worker-thread.ts";

describe("workerScript", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "worker-script-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cacheFile = path.join(dir, "cache", "related-worker.json");
  const fresh = workerScript(cacheFile);
  const kept = () => JSON.parse(readFileSync(cacheFile, "utf8")) as { inputs: Record<string, string>; script: string };

  it("bundles the worker and keeps it with a digest of each of its sources", () => {
    expect(fresh).toContain("rankChunks");
    expect(kept().script).toBe(fresh);
    expect(Object.keys(kept().inputs)).toEqual(expect.arrayContaining(["src/related/related-worker.ts", "src/related/rank-articles.ts", "src/related/vocabulary.ts"]));
  });

  it("uses the kept bundle while its sources are unchanged", () => {
    writeFileSync(cacheFile, JSON.stringify({ ...kept(), script: "// kept" }));
    expect(workerScript(cacheFile)).toBe("// kept");
  });

  it("bundles again when a source changed since, and keeps the new bundle", () => {
    const { inputs } = kept();
    writeFileSync(cacheFile, JSON.stringify({ inputs: { ...inputs, "src/related/rank-articles.ts": "0".repeat(64) }, script: "// stale" }));
    expect(workerScript(cacheFile)).toBe(fresh);
    expect(kept()).toEqual({ inputs, script: fresh });
  });

  it("bundles when the kept file is unreadable or cannot be written", () => {
    writeFileSync(cacheFile, "{ not json");
    expect(workerScript(cacheFile)).toBe(fresh);
    expect(workerScript(path.join(cacheFile, "under-a-file", "x.json"))).toBe(fresh);
  });
});
