// `dateline build --timings` and `--no-search`, run as a CI job would run them (no terminal).
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { timingLines } from "../../src/cli/build-timings.ts";
import { STAGES } from "../../src/stage-timings.ts";
import { buildCommand } from "../../src/cli/build-command.ts";
import { BUILD_TIME, copyFixture, listOutput, REPO, type TempSite } from "../helpers/fixture-site.ts";
import { runCli, type CliResult } from "../helpers/run-cli.ts";

describe("timingLines", () => {
  it("prints one aligned line a stage, the note after the time, then the total", () => {
    expect(
      timingLines(
        [
          { stage: "markdown", ms: 650 },
          { stage: "search index", ms: 12_345, note: "indexed 1,000 pages" },
        ],
        13_100,
      ),
    ).toEqual(["timing  markdown        0.65 s", "timing  search index   12.35 s  indexed 1,000 pages", "timing  total          13.10 s"]);
  });
});

describe("dateline build --timings", () => {
  let site: TempSite;
  let result: CliResult;
  beforeAll(async () => {
    site = await copyFixture("site");
    result = await runCli(site.root, ["build", "--timings"]);
  });
  afterAll(() => site.cleanup());

  it("prints each stage the build ran, in order, on stderr, and the usual summary on stdout", () => {
    expect(result.code).toBe(0);
    const lines = result.stderr.trimEnd().split("\n").filter((line) => line.startsWith("timing "));
    const names = lines.map((line) => /^timing {2}(.+?) +\d+\.\d\d s/.exec(line)?.[1]);
    expect(names).toEqual([...STAGES, "total"]);
    expect(lines.find((line) => line.includes("images"))).toMatch(/ s {2}\d+ made, 0 from the cache$/);
    expect(lines.find((line) => line.includes("search index"))).toMatch(/ s {2}indexed 4 pages$/);
    expect(result.stdout.replace(/ in \d+\.\d\d? s\./, " in T s.")).toBe(`Built 4 articles (${result.stdout.match(/\((\d+) pages\)/)?.[1]} pages) into ${path.join(site.root, "_site")} in T s.\n`);
  });

  it("times only the input check when nothing changed", async () => {
    // In this process: a separate one would see a checkout being edited as another version of Dateline.
    const paths = { root: site.root, templates: path.join(REPO, "templates"), public: path.join(REPO, "public"), out: site.out };
    const build = () => buildCommand(paths, { drafts: false, future: false, now: BUILD_TIME }, { timings: true });
    expect((await build()).ok).toBe(true);
    const again = await build();
    expect(again.report).toBe(`Nothing changed since the last build; ${site.out} is up to date.`);
    expect(again.timings?.map((t) => t.stage)).toEqual(["input check"]);
  });
});

describe("dateline build --no-search", () => {
  let site: TempSite;
  beforeAll(async () => {
    site = await copyFixture("site");
  });
  afterAll(() => site.cleanup());

  it("writes the site without pagefind/, and says so in the help", async () => {
    const result = await runCli(site.root, ["build", "--no-search"]);
    expect(result.code).toBe(0);
    const files = await listOutput(path.join(site.root, "_site"));
    expect(files).toContain("/search/index.html");
    expect(files.filter((f) => f.startsWith("/pagefind/"))).toEqual([]);
    const help = await runCli(site.root, ["build", "--help"]);
    expect(help.stdout).toContain("--no-search ");
    expect(help.stdout).toContain("--timings ");
  });
});
