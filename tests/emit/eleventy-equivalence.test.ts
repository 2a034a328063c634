// Dateline renders pages itself for speed; Eleventy, given the same model and templates, must
// produce the very same pages (the eleventy.config.ts path stays a real alternative).
import Eleventy from "@11ty/eleventy";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { configureEleventy } from "../../src/emit/configure-eleventy.ts";
import { runPipeline } from "../../src/pipeline.ts";
import { BUILD_TIME, buildSite, copyFixture, listOutput, REPO, type TempSite } from "../helpers/fixture-site.ts";

let site: TempSite;
const eleventyOut = () => path.join(site.root, "_eleventy");

beforeAll(async () => {
  site = await copyFixture("site");
  expect((await buildSite(site)).ok).toBe(true);
  const { model } = await runPipeline(site.root, { drafts: false, future: false, now: BUILD_TIME });
  const eleventy = new Eleventy(path.join(REPO, "templates"), eleventyOut(), { quietMode: true, config: (c) => configureEleventy(c, model!) });
  eleventy.disableLogger();
  await eleventy.write();
});
afterAll(() => site.cleanup());

it("writes the same set of pages with the same bytes as Eleventy", async () => {
  const ours = (await listOutput(site.out)).filter((f) => f.endsWith(".html"));
  const theirs = (await listOutput(eleventyOut())).filter((f) => f.endsWith(".html"));
  expect(ours).toEqual(theirs);
  for (const file of ours) {
    expect(await readFile(path.join(site.out, file), "utf8"), file).toBe(await readFile(path.join(eleventyOut(), file), "utf8"));
  }
});

it("writes the same feeds, sitemaps and robots.txt as Eleventy", async () => {
  const syndication = (f: string) => /\.(xml|json|txt)$/.test(f) && !f.startsWith("/pagefind/") && !f.startsWith("/.dateline/");
  const ours = (await listOutput(site.out)).filter(syndication);
  const theirs = (await listOutput(eleventyOut())).filter(syndication);
  expect(ours).toContain("/feed.xml");
  expect(ours).toEqual(theirs);
  for (const file of ours) {
    expect(await readFile(path.join(site.out, file), "utf8"), file).toBe(await readFile(path.join(eleventyOut(), file), "utf8"));
  }
});
