// A site too big for one sitemap gets a sitemap index: rendered by the real templates and checked
// with the sitemaps.org schemas. (A few URLs per file stand in for 50,000.)
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPageTemplates } from "../../src/emit/page-templates.ts";
import { createEnvironment, renderPages } from "../../src/emit/render-pages.ts";
import { buildSitemaps, SITEMAP_DEFAULTS } from "../../src/index/sitemaps.ts";
import type { SiteModel } from "../../src/model.ts";
import { runPipeline } from "../../src/pipeline.ts";
import { BUILD_TIME, copyFixture, REPO, type TempSite } from "../helpers/fixture-site.ts";
import { validatorsOrSkip, xmllint } from "../helpers/validators.ts";

const enabled = validatorsOrSkip();
let site: TempSite;
let written: Map<string, string>;

beforeAll(async () => {
  if (!enabled) return;
  site = await copyFixture("site");
  const { model } = await runPipeline(site.root, { drafts: false, future: false, now: BUILD_TIME });
  const pages = model!.syndication.sitemaps[0]!.entries;
  const split: SiteModel = {
    ...model!,
    syndication: { ...model!.syndication, sitemaps: buildSitemaps(pages, (p) => `https://gazette.example.com${p}`, { maxUrls: 5, maxBytes: SITEMAP_DEFAULTS.maxBytes }) },
  };
  const templates = (await readPageTemplates(path.join(REPO, "templates"))).filter((t) => t.name === "sitemap.njk");
  written = new Map();
  for (const page of renderPages(templates, split, createEnvironment(path.join(REPO, "templates"), split))) {
    const file = path.join(site.root, "out", page.file);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, page.content);
    written.set(page.file, file);
  }
});
afterAll(() => site?.cleanup());

describe.skipIf(!enabled)("sitemap index", () => {
  it("writes /sitemap.xml as an index of the numbered sitemaps", () => {
    // The fixture has 16 indexable pages: four files of at most five.
    expect([...written.keys()]).toEqual(["sitemap.xml", "sitemaps/sitemap-1.xml", "sitemaps/sitemap-2.xml", "sitemaps/sitemap-3.xml", "sitemaps/sitemap-4.xml"]);
  });

  it("validates the index against siteindex.xsd and each part against sitemap.xsd", async () => {
    const index = await xmllint("siteindex.xsd", [written.get("sitemap.xml")!]);
    expect(index.errors).toBe("");
    expect(index.ok).toBe(true);
    const parts = await xmllint("sitemap.xsd", [...written.entries()].filter(([name]) => name !== "sitemap.xml").map(([, file]) => file));
    expect(parts.errors).toBe("");
    expect(parts.ok).toBe(true);
  });
});
