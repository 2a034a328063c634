// Every file the sample site and the fixture site produce, checked with the real validators: the Nu
// Html Checker for HTML, xmllint with the published schemas for Atom and sitemaps, ajv with a JSON
// Feed 1.1 schema, and the JSON-LD of every article parsed and checked property by property.
import * as cheerio from "cheerio";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCommand } from "../../src/cli/build-command.ts";
import { buildSite, copyFixture, listOutput, REPO, type TempSite } from "../helpers/fixture-site.ts";
import { jsonFeedErrors, validatorsOrSkip, vnuErrors, xmllint } from "../helpers/validators.ts";

/** The day after the Anchorage summit: the sample's news sitemap then holds the summit coverage. */
const SAMPLE_NOW = new Date("2025-08-16T12:00:00Z");
/** A day after the fixture's ferry story, so that the fixture has a news sitemap too. */
const FIXTURE_NOW = new Date("2025-03-06T12:00:00Z");

const enabled = validatorsOrSkip();

interface Built {
  name: string;
  out: string;
  files: string[];
}

let sample: TempSite;
let fixture: TempSite;
const builds: Built[] = [];

beforeAll(async () => {
  if (!enabled) return;
  const root = await mkdtemp(path.join(tmpdir(), "dateline-sample-validators-"));
  await cp(path.join(REPO, "content"), path.join(root, "content"), { recursive: true });
  sample = { root, out: path.join(root, "_site"), cleanup: () => rm(root, { recursive: true, force: true }) };
  const paths = { root, templates: path.join(REPO, "templates"), public: path.join(REPO, "public"), out: sample.out };
  const outcome = await buildCommand(paths, { drafts: false, future: false, now: SAMPLE_NOW });
  expect(outcome.ok, outcome.report).toBe(true);

  fixture = await copyFixture("site");
  expect((await buildSite(fixture, { now: FIXTURE_NOW })).ok).toBe(true);

  for (const [name, site] of [["sample", sample], ["fixture", fixture]] as const) {
    builds.push({ name, out: site.out, files: (await listOutput(site.out)).map((f) => path.join(site.out, f)) });
  }
});
afterAll(async () => {
  await sample?.cleanup();
  await fixture?.cleanup();
});

const all = (predicate: (file: string) => boolean) => builds.flatMap((b) => b.files.filter(predicate));
const rootElement = async (file: string) => /<([a-zA-Z][\w:.-]*)[\s>]/.exec((await readFile(file, "utf8")).replace(/<\?xml[^>]*\?>/, ""))?.[1];

/** Which schema checks an XML file, by its root element (and, for a urlset, its namespaces). */
async function schemaFor(file: string): Promise<string | undefined> {
  const root = await rootElement(file);
  if (root === "feed") return "atom.rng";
  if (root === "sitemapindex") return "siteindex.xsd";
  if (root === "urlset") return (await readFile(file, "utf8")).includes("http://www.google.com/schemas/sitemap-news/0.9") ? "news-sitemap.xsd" : "sitemap.xsd";
  return undefined;
}

describe.skipIf(!enabled)("validators", () => {
  it("finds errors when there are some (so a pass below means something)", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "dateline-invalid-"));
    try {
      const atom = path.join(dir, "feed.xml");
      await writeFile(atom, '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><updated>yesterday</updated></feed>');
      expect((await xmllint("atom.rng", [atom])).ok).toBe(false);
      const sitemap = path.join(dir, "sitemap.xml");
      await writeFile(sitemap, '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><lastmod>2025-08-16</lastmod></url></urlset>');
      expect((await xmllint("sitemap.xsd", [sitemap])).ok).toBe(false);
      expect(jsonFeedErrors({ version: "https://jsonfeed.org/version/1.1", title: "t", items: [{ id: "1" }] })).toContain("/items/0 must match a schema in anyOf");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("every HTML page passes the Nu Html Checker with zero errors (one run over both sites)", async () => {
    const pages = all((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(60);
    // A page known to be invalid rides along in the same run: the checker must flag it, and only it.
    const dir = await mkdtemp(path.join(tmpdir(), "dateline-invalid-"));
    const bad = path.join(dir, "bad.html");
    await writeFile(bad, '<!doctype html><html lang="en"><head><title>x</title></head><body><img src="a.png"><p aria-current="yes">x</p></body></html>');
    try {
      const errors = await vnuErrors([...pages, bad]);
      expect(errors.map((e) => `${path.basename(e.url)}:${e.lastLine ?? "?"} ${e.message}`)).toEqual([
        "bad.html:1 An “img” element must have an “alt” attribute, except under certain conditions. For details, consult guidance on providing text alternatives for images.",
        "bad.html:1 Bad value “yes” for attribute “aria-current” on element “p”.",
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("every XML file is an Atom feed, a sitemap, a sitemap index or a news sitemap", async () => {
    const xml = all((f) => f.endsWith(".xml"));
    const unknown: string[] = [];
    for (const file of xml) if ((await schemaFor(file)) === undefined) unknown.push(file);
    expect(unknown).toEqual([]);
  });

  it("every Atom feed validates against the RFC 4287 RELAX NG schema", async () => {
    const feeds: string[] = [];
    for (const file of all((f) => f.endsWith(".xml"))) if ((await schemaFor(file)) === "atom.rng") feeds.push(file);
    // Site, 4 sections, 3 authors and every tag of the sample; site, 2 sections, 2 authors, 3 tags of the fixture.
    expect(feeds.length).toBeGreaterThan(20);
    const result = await xmllint("atom.rng", feeds);
    expect(result.errors).toBe("");
    expect(result.ok).toBe(true);
  });

  it("sitemaps validate against the sitemaps.org XSD and news sitemaps against it and Google's News XSD", async () => {
    const bySchema = new Map<string, string[]>();
    for (const file of all((f) => f.endsWith(".xml"))) {
      const schema = (await schemaFor(file))!;
      if (schema !== "atom.rng") bySchema.set(schema, [...(bySchema.get(schema) ?? []), file]);
    }
    expect(bySchema.get("sitemap.xsd")?.map((f) => path.basename(f))).toEqual(["sitemap.xml", "sitemap.xml"]);
    expect(bySchema.get("news-sitemap.xsd")?.map((f) => path.basename(f))).toEqual(["news-sitemap.xml", "news-sitemap.xml"]);
    for (const [schema, files] of bySchema) {
      const result = await xmllint(schema, files);
      expect(result.errors, schema).toBe("");
      expect(result.ok, schema).toBe(true);
    }
  });

  it("the JSON Feed validates against the JSON Feed 1.1 schema", async () => {
    const feeds = all((f) => f.endsWith("/feed.json"));
    expect(feeds.length).toBe(2);
    for (const file of feeds) expect(jsonFeedErrors(JSON.parse(await readFile(file, "utf8"))), file).toEqual([]);
  });

  it("robots.txt names every sitemap, by absolute URL", async () => {
    expect(await readFile(path.join(sample.out, "robots.txt"), "utf8")).toBe(
      "User-agent: *\nAllow: /\n\nSitemap: https://news.example.org/sitemap.xml\nSitemap: https://news.example.org/news-sitemap.xml\n",
    );
  });

  it("the JSON-LD of every article page parses and carries the NewsArticle and BreadcrumbList properties", async () => {
    let checked = 0;
    for (const build of builds) {
      const siteUrl = build.name === "sample" ? "https://news.example.org" : "https://gazette.example.com";
      for (const file of build.files.filter((f) => /\/articles\/[^/]+\/index\.html$/.test(f))) {
        const $ = cheerio.load(await readFile(file, "utf8"));
        const blocks = $('script[type="application/ld+json"]').map((_, s) => JSON.parse($(s).text()) as Record<string, any>).get();
        const article = blocks.find((b) => b["@type"] === "NewsArticle");
        const crumbs = blocks.find((b) => b["@type"] === "BreadcrumbList");
        const where = path.relative(build.out, file);
        expect(article, where).toBeDefined();
        expect(crumbs, where).toBeDefined();
        const url = `${siteUrl}/${path.dirname(where)}/`;
        expect(article!["@context"]).toBe("https://schema.org");
        expect(article!.url).toBe(url);
        expect(article!.mainEntityOfPage).toEqual({ "@type": "WebPage", "@id": url });
        expect(article!.headline).toBe($("h1").first().text());
        expect(typeof article!.description).toBe("string");
        expect(article!.datePublished).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
        expect(article!.datePublished).toBe($(".published time").attr("datetime"));
        expect(article!.dateModified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
        expect(article!.inLanguage).toBe($("html").attr("lang"));
        // One Person per byline name, each with the author page as url; never names run together.
        const byline = $(".byline a").map((_, a) => ({ name: $(a).text(), url: `${siteUrl}${$(a).attr("href")}` })).get();
        expect(article!.author.map((p: any) => ({ name: p.name, url: p.url }))).toEqual(byline);
        for (const person of article!.author) expect(person["@type"]).toBe("Person");
        expect(article!.publisher["@type"]).toBe("NewsMediaOrganization");
        if (build.name === "sample") expect(article!.publisher.logo).toEqual({ "@type": "ImageObject", url: "https://news.example.org/images/logo.svg" });
        for (const image of article!.image ?? []) expect(image).toMatch(/^https:\/\//);
        if (build.name === "sample") expect(article!.image).toHaveLength(1);
        if ($(".story-body .dateline").length) expect(`${article!.dateline} —`).toBe($(".story-body .dateline").first().text());
        expect(article!.articleSection).toBe($(".story-header .kicker a").first().text() || undefined);
        expect(article!.keywords ?? []).toEqual($(".story-tags a").map((_, a) => $(a).text()).get());
        const corrections = $(".corrections li").map((_, li) => $(li).find("time").attr("datetime")).get();
        expect((article!.correction ?? []).map((c: any) => `${c["@type"]} ${c.datePublished}`)).toEqual(corrections.map((d) => `CorrectionComment ${d}`));
        expect(crumbs!.itemListElement[0]).toEqual({ "@type": "ListItem", position: 1, name: build.name === "sample" ? "The Meridian Ledger" : "Harbour Gazette", item: `${siteUrl}/` });
        expect(crumbs!.itemListElement.at(-1).item).toBe(url);
        checked++;
      }
    }
    // The sample's eight stories published by Aug. 16, 2025 (the live page among them), and the fixture's four.
    expect(checked).toBe(12);
  });
});
