// A site served from a sub-path (https://org.github.io/news/): built with a path prefix, served by a
// static server under /news/ only, every link, asset, feed, sitemap and the search index must stay
// inside it.
import * as cheerio from "cheerio";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCommand } from "../../src/cli/build-command.ts";
import { chromiumOrSkip, launchChromium } from "../helpers/chromium.ts";
import { buildSite, copyFixture, listOutput, REPO } from "../helpers/fixture-site.ts";
import { runCli } from "../helpers/run-cli.ts";
import { SAMPLE_BUILD_TIME } from "../helpers/sample-site.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

const BASE = "https://org.github.io";
const PREFIX = "/news/";
let root: string;
/** The prefixed build, at <root>/host/news so that a server of <root>/host serves it at /news/. */
let out: string;
/** The same content built for the host's root. */
let plain: string;
let files: string[];

async function build(to: string, options: { pathPrefix?: string; baseUrl?: string }) {
  const outcome = await buildCommand(
    { root, templates: path.join(REPO, "templates"), public: path.join(REPO, "public"), out: to },
    { drafts: false, future: false, now: SAMPLE_BUILD_TIME, ...options },
    { cache: false },
  );
  if (!outcome.ok) throw new Error(outcome.report);
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "dateline-prefix-"));
  await cp(path.join(REPO, "content"), path.join(root, "content"), { recursive: true });
  out = path.join(root, "host", "news");
  plain = path.join(root, "plain");
  await build(out, { baseUrl: BASE, pathPrefix: PREFIX });
  await build(plain, { baseUrl: BASE });
  files = await listOutput(out);
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** Every URL a page points at: links, images and their srcsets, scripts, stylesheets, forms, meta refresh. */
function pageUrls(html: string): string[] {
  const $ = cheerio.load(html);
  const urls: string[] = [];
  $("[href]").each((_, el) => void urls.push($(el).attr("href")!));
  $("[src]").each((_, el) => void urls.push($(el).attr("src")!));
  $("[action]").each((_, el) => void urls.push($(el).attr("action")!));
  $("[srcset]").each((_, el) => void urls.push(...$(el).attr("srcset")!.split(",").map((c) => c.trim().split(/\s+/)[0]!)));
  $('meta[http-equiv="refresh"]').each((_, el) => void urls.push(/url=(.*)$/i.exec($(el).attr("content")!)![1]!));
  return urls;
}

/** `/news/tags/x/` → the output file it is served from, if there is one. */
function servedFile(url: string): string | undefined {
  const pathname = decodeURIComponent(new URL(url, `${BASE}/`).pathname);
  if (!pathname.startsWith(PREFIX)) return undefined;
  const inside = `/${pathname.slice(PREFIX.length)}`;
  const candidates = inside.endsWith("/") ? [`${inside}index.html`] : [inside, `${inside}/index.html`];
  return candidates.find((c) => files.includes(c));
}

describe("a site built with --path-prefix /news/", () => {
  it("keeps the output folder's layout: the same files as a build for the host's root", async () => {
    // Pagefind names its index files after their contents, which hold the pages' URLs.
    const named = (list: string[]) => list.map((f) => f.replace(/^(\/pagefind\/.*)_[0-9a-f]+(\.pf_\w+)$/, "$1$2"));
    expect(named(files)).toEqual(named(await listOutput(plain)));
    expect(files).toContain("/index.html");
  });

  it("every root-relative URL in every page starts with /news/ and leads to a file of the site", async () => {
    const escaped: string[] = [];
    let checked = 0;
    for (const file of files.filter((f) => f.endsWith(".html"))) {
      for (const url of pageUrls(await readFile(path.join(out, file), "utf8"))) {
        const sameSite = url.startsWith("/") || url.startsWith(`${BASE}/`) || url === BASE;
        if (!sameSite || url.startsWith("//")) continue;
        checked += 1;
        if (servedFile(url) === undefined) escaped.push(`${file}: ${url}`);
      }
    }
    expect(escaped).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it("links the hashed stylesheet, which holds public/styles.css", async () => {
    const $ = cheerio.load(await readFile(path.join(out, "index.html"), "utf8"));
    const href = $('link[rel="stylesheet"]').attr("href")!;
    expect(href).toMatch(/^\/news\/styles\.[0-9a-f]{10}\.css$/);
    expect(await readFile(path.join(out, href.slice(PREFIX.length)), "utf8")).toBe(await readFile(path.join(REPO, "public", "styles.css"), "utf8"));
  });

  it("feeds, sitemaps, robots.txt, JSON-LD and social tags use https://org.github.io/news/ for every URL of the site", async () => {
    const escaped: string[] = [];
    let checked = 0;
    for (const file of files.filter((f) => /\.(xml|json|txt|html)$/.test(f) && !f.startsWith("/pagefind/") && !f.startsWith("/.dateline/"))) {
      const text = await readFile(path.join(out, file), "utf8");
      for (const [url] of text.matchAll(/https:\/\/org\.github\.io[^"'<>\s&\\]*/g)) {
        checked += 1;
        if (!url.startsWith(`${BASE}${PREFIX}`) || servedFile(url) === undefined) escaped.push(`${file}: ${url}`);
      }
    }
    expect(escaped).toEqual([]);
    expect(checked).toBeGreaterThan(500);
    const robots = await readFile(path.join(out, "robots.txt"), "utf8");
    expect(robots).toContain(`Sitemap: ${BASE}/news/sitemap.xml\n`);
  });

  it("_redirects and _headers name paths under /news/", async () => {
    const redirects = (await readFile(path.join(out, "_redirects"), "utf8")).split("\n").filter((l) => l.startsWith("/"));
    expect(redirects).toEqual(["/news/2025/08/15/trump-putin-alaska-talks/ /news/articles/trump-putin-anchorage-summit/ 301"]);
    const rules = (await readFile(path.join(out, "_headers"), "utf8")).split("\n").filter((l) => l.startsWith("/"));
    expect(rules.filter((r) => !r.startsWith("/news/"))).toEqual([]);
    expect(rules).toContain("/news/");
    expect(rules).toContain("/news/articles/*");
  });

  it("records the absolute base, prefix included, and the prefix in the build manifest", async () => {
    const manifest = JSON.parse(await readFile(path.join(out, ".dateline", "manifest.json"), "utf8"));
    expect([manifest.baseUrl, manifest.pathPrefix]).toEqual(["https://org.github.io/news", "/news/"]);
  });
});

describe("served under /news/ by a static host", () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(path.dirname(out));
  });
  afterAll(() => server.close());

  it("answers 200 for every URL of the site any page links to", async () => {
    const urls = new Set<string>();
    for (const file of files.filter((f) => f.endsWith(".html"))) {
      for (const url of pageUrls(await readFile(path.join(out, file), "utf8"))) {
        if (url.startsWith("/") && !url.startsWith("//")) urls.add(url.split("#")[0]!);
      }
    }
    const failed: string[] = [];
    for (const url of urls) {
      const response = await fetch(`${server.origin}${url}`, { redirect: "manual" });
      if (response.status !== 200) failed.push(`${response.status} ${url}`);
      await response.arrayBuffer();
    }
    expect(failed).toEqual([]);
    expect(urls.size).toBeGreaterThan(60);
  });

  const hasChromium = chromiumOrSkip();
  it.skipIf(!hasChromium)("searches in Chromium: the script and Pagefind's index load from /news/, and results link under it", async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const bad: string[] = [];
      page.on("response", (r) => void (r.status() >= 400 && bad.push(`${r.status()} ${r.url()}`)));
      page.on("requestfailed", (r) => void bad.push(`failed ${r.url()}`));
      page.on("pageerror", (e) => void bad.push(`error ${e.message}`));
      await page.goto(`${server.origin}/news/search/?q=armistice`);
      await page.waitForFunction(() => (document.querySelector(".search-status")?.textContent ?? "") !== "");
      expect(await page.locator(".search-status").innerText()).toBe("1 story for “armistice”");
      expect(await page.locator(".search-results .teaser-title a").getAttribute("href")).toBe("/news/articles/what-a-ceasefire-could-look-like/");
      expect(bad).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe("dateline build --path-prefix on the command line", () => {
  it("refuses a prefix that is not a plain URL path, before building anything", async () => {
    const site = await copyFixture("site");
    try {
      const result = await runCli(site.root, ["build", "--path-prefix", "../up"]);
      expect(result.code).toBe(2);
      expect(result.stderr.split("\n")[0]).toBe('dateline: --path-prefix (or PATH_PREFIX) must be a URL path such as /news/, got "../up"');
      expect(await listOutput(site.root)).not.toContain("/_site/index.html");
    } finally {
      await site.cleanup();
    }
  });

  it("PATH_PREFIX=/news/ builds the site for /news/", async () => {
    const site = await copyFixture("site");
    try {
      const result = await runCli(site.root, ["build"], { PATH_PREFIX: "/news/" });
      expect(result.code).toBe(0);
      const $ = cheerio.load(await readFile(path.join(site.out, "index.html"), "utf8"));
      expect($(".site-title").attr("href")).toBe("/news/");
      expect($('link[rel="canonical"]').attr("href")).toBe("https://gazette.example.com/news/");
    } finally {
      await site.cleanup();
    }
  });
});

describe("incremental builds", () => {
  it("a rebuild with another prefix renders every page again, and so does going back", async () => {
    const site = await copyFixture("site");
    const hrefs = async (file: string) => {
      const $ = cheerio.load(await readFile(path.join(site.out, file), "utf8"));
      return $("a[href^='/']").map((_, a) => $(a).attr("href")).get();
    };
    try {
      for (const prefix of ["/", "/news/", "/"]) {
        const outcome = await buildSite(site, { pathPrefix: prefix });
        expect(outcome.ok).toBe(true);
        for (const file of ["index.html", "articles/fish-market-reopens/index.html", "tags/index.html"]) {
          const links = await hrefs(file);
          expect(links.length, file).toBeGreaterThan(5);
          expect(links.filter((href) => (prefix === "/" ? href.startsWith("/news/") : !href.startsWith("/news/"))), `${prefix} ${file}`).toEqual([]);
        }
      }
    } finally {
      await site.cleanup();
    }
  });
});
