// The editorial templates (corrections log, series, live page, redirect pages, _redirects) render
// the same bytes through Eleventy as through Dateline's own renderer.
import Eleventy from "@11ty/eleventy";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { configureEleventy } from "../../src/emit/configure-eleventy.ts";
import { runPipeline } from "../../src/pipeline.ts";
import { BUILD_TIME, buildSite, copyFixture, listOutput, REPO, type TempSite } from "../helpers/fixture-site.ts";

let site: TempSite;
const eleventyOut = () => path.join(site.root, "_eleventy");
const EDITORIAL_FILES = [
  "/_redirects",
  "/2025/03/ferry-terminal-closed/index.html",
  "/news/ferry-terminal.html",
  "/corrections/index.html",
  "/series/winter-storm/index.html",
  "/articles/storm-live/index.html",
  "/articles/storm-closes-ferry-terminal/index.html",
];

beforeAll(async () => {
  site = await copyFixture("editorial");
  expect((await buildSite(site)).ok).toBe(true);
  const { model } = await runPipeline(site.root, { drafts: false, future: false, now: BUILD_TIME });
  const eleventy = new Eleventy(path.join(REPO, "templates"), eleventyOut(), { quietMode: true, config: (c) => configureEleventy(c, model!) });
  eleventy.disableLogger();
  await eleventy.write();
});
afterAll(() => site.cleanup());

it("writes the editorial pages and _redirects with the same bytes as Eleventy", async () => {
  const theirs = await listOutput(eleventyOut());
  for (const file of EDITORIAL_FILES) {
    expect(theirs, file).toContain(file);
    expect(await readFile(path.join(site.out, file), "utf8"), file).toBe(await readFile(path.join(eleventyOut(), file), "utf8"));
  }
});

it("writes the same set of HTML pages as Eleventy", async () => {
  const ours = (await listOutput(site.out)).filter((f) => f.endsWith(".html"));
  expect(ours).toEqual((await listOutput(eleventyOut())).filter((f) => f.endsWith(".html")));
});
