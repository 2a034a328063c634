// Input built to be slow: every stage must stay linear, so such a file costs seconds at most, and a
// build of them fits in a small heap. Quadratic behaviour at these sizes would take minutes.
import { spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseArticle } from "../../src/load/parse-article.ts";
import { isProblem } from "../../src/load/parse-yaml.ts";
import { REPO } from "../helpers/fixture-site.ts";
import { articleText } from "./corpus.ts";
import { hostileSite, type HostileSite } from "./hostile-site.ts";

/**
 * Markdown that makes parsers backtrack: unclosed brackets and links, emphasis runs, code spans.
 * The slowest of 40 patterns tried at 1 MiB; each took Dateline longest per byte.
 */
const MARKDOWN_PATTERNS = ["[", "![", "[a](", "*_", "**a", "[^", "[a]\n", "``a"];
const BODY_BYTES = 128 * 1024;
/** A single line just under the 1 MiB file limit. */
const LONG_LINE = 1_000_000;

const sites: HostileSite[] = [];
afterAll(() => Promise.all(sites.map((s) => s.cleanup())));

describe("bounded time and memory", () => {
  it(`builds ${MARKDOWN_PATTERNS.length} pathological 128 KiB bodies and a 1,000,000-character line in a 256 MiB heap`, async () => {
    const site = await hostileSite();
    sites.push(site);
    for (const [i, pattern] of MARKDOWN_PATTERNS.entries()) {
      const body = pattern.repeat(Math.ceil(BODY_BYTES / pattern.length));
      await writeFile(path.join(site.root, "content", "articles", `pathological-${i}.md`), articleText([], body, [`title: Pattern ${i}`, "date: 2025-03-12T10:00:00-03:00"]));
    }
    await writeFile(path.join(site.root, "content", "articles", "long-line.md"), articleText([], "word ".repeat(LONG_LINE / 5)));

    const started = performance.now();
    const run = spawnSync(process.execPath, ["--max-old-space-size=256", path.join(REPO, "bin", "dateline.js"), "build"], {
      cwd: site.root,
      // Not the test runner's environment: it sets BASE_URL, which the CLI would read.
      env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, SOURCE_DATE_EPOCH: "1742040000" },
      encoding: "utf8",
      timeout: 120_000,
    });
    const seconds = (performance.now() - started) / 1000;
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(new RegExp(`^Built ${MARKDOWN_PATTERNS.length + 2} articles `));
    expect(run.status).toBe(0);
    // Linear work here takes a few seconds even on a busy machine; quadratic would take many minutes.
    expect(seconds).toBeLessThan(90);
  }, 150_000);

  // The worst of many patterns tried: each took seconds or minutes before the fixes in src/load/.
  it.each(["[", "- *a\n", "*a\n", "&a ", "a: &x b\n"])(
    "parseArticle(60 KiB of frontmatter %j) → a result in bounded time",
    (pattern) => {
      const block = pattern.repeat(Math.ceil((60 * 1024) / pattern.length));
      const started = performance.now();
      const result = parseArticle({ path: "content/articles/slow.md", text: `---\ntitle: x\n${block}\n---\nBody\n` });
      expect(performance.now() - started).toBeLessThan(20_000);
      if (isProblem(result)) expect(result.kind).toBe("yaml-syntax");
    },
    30_000,
  );
});
