// Rendering on two threads (src/workers/render-pool.ts) writes the same bytes and the same manifest
// as one thread, and a failure in the worker fails the build without a hang or a half-written site.
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { EMPTY_MANIFEST } from "../../src/emit/page-fingerprints.ts";
import { readPageTemplates } from "../../src/emit/page-templates.ts";
import { createEnvironment } from "../../src/emit/render-pages.ts";
import { writeSite, type SitePaths, type WriteResult } from "../../src/emit/write-site.ts";
import type { SiteModel } from "../../src/model.ts";
import { runPipeline } from "../../src/pipeline.ts";
import { renderOnTwoThreads } from "../../src/workers/render-pool.ts";
import { BUILD_TIME, copyFixture, listOutput, outputHashes, REPO, type TempSite } from "../helpers/fixture-site.ts";

/** Enough articles that both threads claim many runs of pages of every paginated template. */
const GENERATED = 90;
const TAGS = ["harbour", "ferries", "fisheries", "budget", "weather", "festival"];

let site: TempSite;
let model: SiteModel;

/** The fixture site plus generated articles, with tags, sections and authors varied by number. */
beforeAll(async () => {
  site = await copyFixture("site");
  for (let i = 0; i < GENERATED; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    const text = `---
title: Generated story ${i} about the harbour
dek: Number ${i} of a generated archive.
date: 2025-01-${day}T${String(i % 24).padStart(2, "0")}:15:00-05:00
authors: [${i % 3 === 0 ? "ana-reyes" : "tom-birch"}]
section: ${i % 2 === 0 ? "local" : "business"}
tags: [${TAGS.filter((_, t) => (i + t) % 3 === 0).join(", ")}]
${i % 10 === 0 ? "featured: true\n" : ""}---
Paragraph one of story ${i}, with "quotes" -- and dashes.

## A heading

Paragraph two links to [the harbour](https://example.com/${i}).
`;
    await writeFile(path.join(site.root, "content", "articles", `generated-${i}.md`), text);
  }
  model = (await runPipeline(site.root, { drafts: false, future: false, now: BUILD_TIME })).model!;
}, 60_000);

afterAll(() => site?.cleanup());

function paths(out: string, templates = path.join(REPO, "templates")): SitePaths {
  return { root: site.root, templates, public: path.join(REPO, "public"), out };
}

it("writes the same files, bytes and manifest on two threads as on one", async () => {
  const one = await writeSite(model, paths(path.join(site.root, "one")), { threads: 1 });
  const two = await writeSite(model, paths(path.join(site.root, "two")), { threads: 2 });
  expect(one.pages).toBeGreaterThan(2 * GENERATED);
  const [a, b] = [await outputHashes(path.join(site.root, "one")), await outputHashes(path.join(site.root, "two"))];
  // The build manifest names the build's files only, not the folder: same bytes too.
  expect([...b.keys()]).toEqual([...a.keys()]);
  expect(b).toEqual(a);
  const plain = (r: WriteResult) => ({ ...r, manifest: { pages: [...r.manifest.pages], siteFields: [...r.manifest.siteFields], contents: [...r.manifest.contents] } });
  expect(plain(two)).toEqual(plain(one));
}, 60_000);

it("keeps every unchanged page on two threads, as on one, when nothing changed", async () => {
  const out = path.join(site.root, "again");
  const first = await writeSite(model, paths(out), { threads: 2 });
  const second = await writeSite(model, paths(out), { threads: 2, previous: first.manifest });
  expect(second.written).toBe(0);
  expect([...second.manifest.pages]).toEqual([...first.manifest.pages]);
}, 60_000);

it("fails the build with the worker's error, and writes no site, when a template fails", async () => {
  const templates = path.join(site.root, "broken-templates");
  await cp(path.join(REPO, "templates"), templates, { recursive: true });
  const article = path.join(templates, "related.njk");
  await writeFile(article, (await readFile(article, "utf8")).replace("{% block content %}", "{% block content %}{{ article.title | noSuchFilter }}"));
  const out = path.join(site.root, "broken");
  await expect(writeSite(model, paths(out, templates), { threads: 2 })).rejects.toThrow(/filter not found: noSuchFilter/);
  expect(await listOutput(site.root).then((files) => files.filter((f) => /^\/broken[/.]/.test(f)))).toEqual([]);
}, 60_000);

it("surfaces an error that only the worker meets", async () => {
  // The worker's templates folder lacks the layouts the pages extend; the main thread's has them.
  const templatesDir = [path.join(REPO, "templates")];
  const templates = await readPageTemplates(templatesDir);
  const into = path.join(site.root, "worker-only");
  await mkdir(into, { recursive: true });
  const options = { into, from: path.join(site.root, "nowhere"), previous: EMPTY_MANIFEST, templatesHash: "" };
  // The main thread is slowed down (20 ms a page) so that the worker, slower to start, gets pages to render.
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const slowly = () => void Atomics.wait(pause, 0, 0, 20);
  const run = renderOnTwoThreads(templates, [path.join(site.root, "no-templates")], model, createEnvironment(templatesDir, model), options, slowly);
  await expect(run).rejects.toThrow(/template not found/);
}, 60_000);
