// Listing a site folder: what `_headers`, the build manifest and the removal of an old output see.
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { filesUnder, listFolder } from "../../src/emit/files-under.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "dateline-files-under-"));
  for (const file of ["index.html", "b/index.html", "a/z.css", "a/deep/er/x.json", ".dateline/manifest.json"]) {
    await mkdir(path.dirname(path.join(dir, "site", file)), { recursive: true });
    await writeFile(path.join(dir, "site", file), file);
  }
  await mkdir(path.join(dir, "site", "empty"));
  await mkdir(path.join(dir, "elsewhere"));
  await writeFile(path.join(dir, "elsewhere", "secret.txt"), "not the site's");
  await symlink(path.join(dir, "elsewhere"), path.join(dir, "site", "linked-folder"));
  await symlink(path.join(dir, "elsewhere", "secret.txt"), path.join(dir, "site", "linked-file.txt"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("filesUnder", () => {
  it("filesUnder(site) → its regular files at every depth, sorted, with `/`; links neither listed nor followed", async () => {
    expect(await filesUnder(path.join(dir, "site"))).toEqual([".dateline/manifest.json", "a/deep/er/x.json", "a/z.css", "b/index.html", "index.html"]);
  });

  it("filesUnder(missing folder) → []", async () => {
    expect(await filesUnder(path.join(dir, "missing"))).toEqual([]);
  });

  it("filesUnder(a file) → []", async () => {
    expect(await filesUnder(path.join(dir, "site", "index.html"))).toEqual([]);
  });
});

describe("listFolder", () => {
  it("listFolder(site) → every folder after its parent, and everything else (links included) as files", async () => {
    const listing = await listFolder(path.join(dir, "site"));
    expect([...listing.files].sort()).toEqual([".dateline/manifest.json", "a/deep/er/x.json", "a/z.css", "b/index.html", "index.html", "linked-file.txt", "linked-folder"]);
    expect([...listing.folders].sort()).toEqual([".dateline", "a", "a/deep", "a/deep/er", "b", "empty"]);
    for (const [i, folder] of listing.folders.entries()) {
      const parent = path.posix.dirname(folder);
      if (parent !== ".") expect(listing.folders.indexOf(parent)).toBeLessThan(i);
    }
  });

  it("listFolder(missing folder) → nothing", async () => {
    expect(await listFolder(path.join(dir, "missing"))).toEqual({ files: [], folders: [] });
  });
});
