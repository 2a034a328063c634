// With a path prefix, Eleventy given the same model must write the same pages as Dateline's renderer:
// configureEleventy registers the same post-render step (src/emit/prefix-urls.ts) as a transform.
import Eleventy from "@11ty/eleventy";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { configureEleventy } from "../../src/emit/configure-eleventy.ts";
import { runPipeline } from "../../src/pipeline.ts";
import { BUILD_TIME, buildSite, copyFixture, listOutput, REPO, type TempSite } from "../helpers/fixture-site.ts";

let site: TempSite;
const eleventyOut = () => path.join(site.root, "_eleventy");
const options = { drafts: false, future: false, now: BUILD_TIME, pathPrefix: "/gazette/" };

beforeAll(async () => {
  site = await copyFixture("site");
  expect((await buildSite(site, options)).ok).toBe(true);
  const { model } = await runPipeline(site.root, options);
  const eleventy = new Eleventy(path.join(REPO, "templates"), eleventyOut(), { quietMode: true, config: (c) => configureEleventy(c, model!) });
  eleventy.disableLogger();
  await eleventy.write();
});
afterAll(() => site.cleanup());

it("writes the same prefixed pages and _redirects as Eleventy", async () => {
  const compared = (f: string) => f.endsWith(".html") || f === "/_redirects";
  const ours = (await listOutput(site.out)).filter(compared);
  expect(ours).toEqual((await listOutput(eleventyOut())).filter(compared));
  const front = await readFile(path.join(site.out, "index.html"), "utf8");
  expect(front).toContain('<a class="site-title" href="/gazette/">');
  for (const file of ours) {
    expect(await readFile(path.join(eleventyOut(), file), "utf8"), file).toBe(await readFile(path.join(site.out, file), "utf8"));
  }
});
