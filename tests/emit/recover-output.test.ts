// What a build finds beside its output after an earlier build was killed, and what it does with it.
import { spawn, spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { recoverInterruptedBuild } from "../../src/emit/recover-output.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "dateline-recover-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** The pid of a process that has exited: what a killed build leaves in folder names. */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid;

async function folder(name: string, marker: string): Promise<void> {
  await mkdir(path.join(dir, name), { recursive: true });
  await writeFile(path.join(dir, name, "index.html"), marker);
}
const marker = (name: string) => readFile(path.join(dir, name, "index.html"), "utf8");

describe("recoverInterruptedBuild", () => {
  it("_site and a dead build's _site.staging-N → the staging folder is removed, _site kept", async () => {
    const pid = deadPid();
    await folder("_site", "old");
    await folder(`_site.staging-${pid}`, "half");
    expect(await recoverInterruptedBuild(path.join(dir, "_site"))).toEqual({ removed: [`_site.staging-${pid}`] });
    expect(await readdir(dir)).toEqual(["_site"]);
    expect(await marker("_site")).toBe("old");
  });

  it("no _site, but _site.previous-N and _site.staging-N (killed between the renames) → the old site is put back", async () => {
    const pid = deadPid();
    await folder(`_site.previous-${pid}`, "old");
    await folder(`_site.staging-${pid}`, "new");
    expect(await recoverInterruptedBuild(path.join(dir, "_site"))).toEqual({ restored: `_site.previous-${pid}`, removed: [`_site.staging-${pid}`] });
    expect(await readdir(dir)).toEqual(["_site"]);
    expect(await marker("_site")).toBe("old");
  });

  it("_site and _site.previous-N (killed while deleting the old site) → the old copy is removed", async () => {
    const pid = deadPid();
    await folder("_site", "new");
    await folder(`_site.previous-${pid}`, "old");
    expect(await recoverInterruptedBuild(path.join(dir, "_site"))).toEqual({ removed: [`_site.previous-${pid}`] });
    expect(await marker("_site")).toBe("new");
  });

  it("a running build's staging folder → left alone", async () => {
    const running = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      await folder("_site", "old");
      await folder(`_site.staging-${running.pid}`, "in progress");
      expect(await recoverInterruptedBuild(path.join(dir, "_site"))).toEqual({ removed: [] });
      expect((await readdir(dir)).sort()).toEqual(["_site", `_site.staging-${running.pid}`]);
    } finally {
      running.kill("SIGKILL");
    }
  });

  it("folders of other outputs and other names → left alone", async () => {
    const pid = deadPid();
    await folder("_site2.staging-1", "other output");
    await folder(`_site.staging-${pid}-extra`, "not ours");
    await folder("_site.backup", "someone's backup");
    expect(await recoverInterruptedBuild(path.join(dir, "_site"))).toEqual({ removed: [] });
    expect((await readdir(dir)).sort()).toEqual(["_site.backup", `_site.staging-${pid}-extra`, "_site2.staging-1"]);
  });

  it("an output folder whose parent does not exist yet → nothing to do", async () => {
    expect(await recoverInterruptedBuild(path.join(dir, "missing", "_site"))).toEqual({ removed: [] });
  });
});
