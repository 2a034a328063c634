// Deleting the output a build replaced: all of it, and nothing a link inside it points to.
import { existsSync, writeFileSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { removeTree } from "../../src/emit/remove-tree.ts";

let dir: string;
let old: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "dateline-remove-tree-"));
  old = path.join(dir, "_site.previous-1");
  for (const file of ["index.html", "articles/a/index.html", "articles/b/index.html", "tags/x/page/2/index.html", "pagefind/fragment/en_1.pf_fragment"]) {
    await mkdir(path.dirname(path.join(old, file)), { recursive: true });
    await writeFile(path.join(old, file), file);
  }
  await mkdir(path.join(old, "empty", "too"), { recursive: true });
  await mkdir(path.join(dir, "elsewhere"));
  await writeFile(path.join(dir, "elsewhere", "keep.txt"), "keep");
  await symlink(path.join(dir, "elsewhere"), path.join(old, "articles", "linked-folder"));
  await symlink(path.join(dir, "elsewhere", "keep.txt"), path.join(old, "linked-file.txt"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("removeTree", () => {
  it("removeTree(old output) → gone, files, empty folders and links with it; what the links point to is kept", async () => {
    await removeTree(old);
    expect((await readdir(dir)).sort()).toEqual(["elsewhere"]);
    expect(await readFile(path.join(dir, "elsewhere", "keep.txt"), "utf8")).toBe("keep");
  });

  it("removeTree(missing folder) → resolves, nothing else touched", async () => {
    await removeTree(path.join(dir, "missing"));
    expect((await readdir(dir)).sort()).toEqual(["_site.previous-1", "elsewhere"]);
  });

  it("a file added after the listing → removed as well", async () => {
    const removing = removeTree(old);
    writeFileSync(path.join(old, "late.html"), "late");
    await removing;
    expect(existsSync(old)).toBe(false);
  });
});
