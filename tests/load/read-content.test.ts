import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_TEXT_FILE_BYTES, readContent } from "../../src/load/read-content.ts";

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A site folder holding `files` (paths relative to content/). */
function site(files: Record<string, string | Uint8Array>): string {
  root = mkdtempSync(path.join(tmpdir(), "dateline-read-"));
  for (const [name, data] of Object.entries(files)) {
    const abs = path.join(root, "content", name);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, data);
  }
  return root;
}

describe("readContent", () => {
  it("readContent(site) → articles in path order with their text, site.yaml, images; nothing else", async () => {
    const { sources, problems } = await readContent(
      site({
        "articles/b.md": "B",
        "articles/2025/a.markdown": "A",
        "articles/notes.txt": "not an article",
        "articles/.draft.md": "hidden",
        "site.yaml": "title: Courier\n",
        "images/x.png": "png",
      }),
    );
    expect(problems).toEqual([]);
    expect(sources.articles).toEqual([
      { path: "content/articles/2025/a.markdown", text: "A" },
      { path: "content/articles/b.md", text: "B" },
    ]);
    expect(sources.site).toEqual({ path: "content/site.yaml", text: "title: Courier\n" });
    expect(sources.authors).toBeUndefined();
    expect([...sources.images]).toEqual(["images/x.png"]);
  });

  it("readContent(site with a too large, a binary and a non-UTF-8 article) → one problem each, the good article read", async () => {
    const { sources, problems } = await readContent(
      site({
        "articles/big.md": "x".repeat(MAX_TEXT_FILE_BYTES + 1),
        "articles/binary.md": "line one\nline\0two",
        "articles/latin1.md": new Uint8Array([0x61, 0x0a, 0x0a, 0xe9, 0x0a]),
        "articles/good.md": "fine",
      }),
    );
    expect(sources.articles.map((a) => a.path)).toEqual(["content/articles/good.md"]);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.expected} / ${p.received}`)).toEqual([
      "content/articles/big.md:1 a text file of at most 1024 KiB / 1025 KiB",
      "content/articles/binary.md:2 text without NUL bytes / a NUL byte (\\0)",
      "content/articles/latin1.md:3 text encoded as UTF-8 / bytes that are not valid UTF-8",
    ]);
  });
});
