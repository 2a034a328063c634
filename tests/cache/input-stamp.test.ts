import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { inputStamp } from "../../src/cache/input-stamp.ts";

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function folder(): string {
  root = mkdtempSync(path.join(tmpdir(), "dateline-stamp-"));
  mkdirSync(path.join(root, "content", "articles"), { recursive: true });
  writeFileSync(path.join(root, "content", "articles", "a.md"), "A");
  writeFileSync(path.join(root, "content", "site.yaml"), "title: T\n");
  return path.join(root, "content");
}

describe("inputStamp", () => {
  it("inputStamp(same files, same settings) twice → the same stamp", async () => {
    const dir = folder();
    expect(await inputStamp([dir], { drafts: false })).toBe(await inputStamp([dir], { drafts: false }));
  });

  it.each([
    ["a file's time changes", (dir: string) => utimesSync(path.join(dir, "site.yaml"), new Date(2020, 0, 1), new Date(2020, 0, 1))],
    ["a file's size changes", (dir: string) => writeFileSync(path.join(dir, "articles", "a.md"), "AB")],
    ["a file is added", (dir: string) => writeFileSync(path.join(dir, "articles", "b.md"), "B")],
    ["a file is removed", (dir: string) => rmSync(path.join(dir, "articles", "a.md"))],
  ])("inputStamp(...) after %s → another stamp", async (_, change) => {
    const dir = folder();
    const before = await inputStamp([dir], {});
    change(dir);
    expect(await inputStamp([dir], {})).not.toBe(before);
  });

  it("inputStamp(same files, other settings) → another stamp; a missing folder counts as empty", async () => {
    const dir = folder();
    expect(await inputStamp([dir], { drafts: true })).not.toBe(await inputStamp([dir], { drafts: false }));
    await expect(inputStamp([path.join(root, "missing")], {})).resolves.toMatch(/^[0-9a-f]{64}$/);
  });
});
