// The real `dateline build` without a terminal (as in CI): no progress lines, the warnings, then a one-line summary.
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { copyFixture, listOutput, type TempSite } from "../helpers/fixture-site.ts";
import { runCli, type CliResult } from "../helpers/run-cli.ts";

let site: TempSite;
let result: CliResult;

beforeAll(async () => {
  site = await copyFixture("editorial");
  result = await runCli(site.root, ["build"]);
});
afterAll(() => site.cleanup());

it("prints the likely tag typo as a warning and a summary with pages, time and warnings", async () => {
  expect(result.code).toBe(0);
  expect(result.stderr).toBe("");
  const pages = (await listOutput(site.out)).filter((f) => f.endsWith(".html")).length;
  const summary = result.stdout.split("\n").at(-2)!;
  expect(summary.replace(/ in \d+\.\d\d? s,/, " in T s,")).toBe(`Built 4 articles (${pages} pages) into ${path.join(site.root, "_site")} in T s, 1 warning.`);
  expect(result.stdout.replace(summary, "SUMMARY")).toBe(`warning: content/articles/storm-cleanup-begins.md:6  tags.1
  expected a tag in content/tags.yaml or one another article uses
  received "feries"
  hint: did you mean ferries? If feries is a new topic, add it to content/tags.yaml

SUMMARY
`);
});
