// `dateline init DIR`: a new site that builds at once with Dateline's templates and styles, and
// overrides any of them file by file.
import * as cheerio from "cheerio";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildCommand } from "../../src/cli/build-command.ts";
import { initCommand } from "../../src/cli/init-command.ts";
import { sitePaths } from "../../src/cli/paths.ts";
import { checkCommand } from "../../src/cli/check-command.ts";
import { listOutput, REPO } from "../helpers/fixture-site.ts";
import { runCli } from "../helpers/run-cli.ts";

const NOW = new Date("2025-03-15T12:00:00Z");
let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

async function newSite(name = "harbour-gazette"): Promise<string> {
  dir = await mkdtemp(path.join(tmpdir(), "dateline-init-"));
  const site = path.join(dir, name);
  const outcome = await initCommand(site, { now: NOW, label: name });
  expect(outcome.ok).toBe(true);
  return site;
}

const build = (site: string) => buildCommand(sitePaths(site, "_site"), { drafts: false, future: false, now: NOW }, { cache: false });

describe("dateline init", () => {
  it("writes content with one article, the three YAML files, package.json, .gitignore and the deploy workflow", async () => {
    const site = await newSite();
    expect((await listOutput(site)).map((f) => f.slice(1))).toEqual([
      ".github/workflows/deploy.yml",
      ".gitignore",
      "content/articles/welcome.md",
      "content/authors.yaml",
      "content/site.yaml",
      "content/tags.yaml",
      "package.json",
    ]);
    const pkg = JSON.parse(await readFile(path.join(site, "package.json"), "utf8"));
    const { version } = JSON.parse(await readFile(path.join(REPO, "package.json"), "utf8"));
    expect(pkg).toEqual({
      name: "harbour-gazette",
      private: true,
      type: "module",
      scripts: { start: "dateline dev", build: "dateline build", check: "dateline check", new: "dateline new" },
      dependencies: { dateline: `^${version}` },
    });
    expect(await readFile(path.join(site, ".github/workflows/deploy.yml"), "utf8")).toBe(await readFile(path.join(REPO, ".github/workflows/deploy.yml"), "utf8"));
    expect(await readFile(path.join(site, "content/site.yaml"), "utf8")).toContain("title: Harbour Gazette\n");
  });

  it("the new site passes dateline check and builds with Dateline's own templates and styles", async () => {
    const site = await newSite();
    const check = await checkCommand(sitePaths(site, "_site"), { now: NOW });
    expect(check.problems).toEqual([]);
    const outcome = await build(site);
    expect(outcome.report).toBe(`Built 1 article (11 pages) into ${path.join(site, "_site")}.`);
    const $ = cheerio.load(await readFile(path.join(site, "_site/articles/welcome/index.html"), "utf8"));
    expect($("h1").text()).toBe("Welcome to Harbour Gazette");
    expect($(".byline a").attr("href")).toBe("/authors/news-desk/");
    const css = $('link[rel="stylesheet"]').attr("href")!;
    expect(await readFile(path.join(site, "_site", css), "utf8")).toBe(await readFile(path.join(REPO, "public/styles.css"), "utf8"));
  });

  it("a template or static file in the site's own folders replaces Dateline's of the same name, and only that one", async () => {
    const site = await newSite();
    await mkdir(path.join(site, "templates", "_includes"), { recursive: true });
    await mkdir(path.join(site, "public"), { recursive: true });
    const macros = await readFile(path.join(REPO, "templates/_includes/macros.njk"), "utf8");
    await writeFile(path.join(site, "templates/_includes/macros.njk"), macros.replace('<p class="byline">By ', '<p class="byline">Reported by '));
    await writeFile(path.join(site, "templates/corrections.njk"), "---\npermalink: /corrections/index.html\n---\n<p>Our corrections policy</p>\n");
    await writeFile(path.join(site, "public/styles.css"), "body { color: navy; }\n");
    await writeFile(path.join(site, "public/extra.txt"), "hello\n");
    expect((await build(site)).ok).toBe(true);
    const out = path.join(site, "_site");
    const $ = cheerio.load(await readFile(path.join(out, "articles/welcome/index.html"), "utf8"));
    expect($(".byline").text()).toBe("Reported by News Desk");
    expect(await readFile(path.join(out, "corrections/index.html"), "utf8")).toBe("<p>Our corrections policy</p>\n");
    expect(await readFile(path.join(out, $('link[rel="stylesheet"]').attr("href")!), "utf8")).toBe("body { color: navy; }\n");
    expect(await readFile(path.join(out, "extra.txt"), "utf8")).toBe("hello\n");
    // Everything the site did not replace is Dateline's.
    expect(await readFile(path.join(out, "favicon.svg"), "utf8")).toBe(await readFile(path.join(REPO, "public/favicon.svg"), "utf8"));
    expect(cheerio.load(await readFile(path.join(out, "search/index.html"), "utf8"))("h1").text()).toBe("Search");
  });

  it("refuses a folder that is not empty, and writes nothing there", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "dateline-init-"));
    await writeFile(path.join(dir, "notes.txt"), "mine\n");
    const outcome = await initCommand(dir, { now: NOW, label: "newsroom" });
    expect(outcome).toEqual({ ok: false, files: [], message: "dateline init: newsroom is not empty (notes.txt); give a new folder's name." });
    expect(await listOutput(dir)).toEqual(["/notes.txt"]);
  });

  it("dateline init DIR on the command line prints the files and what to do next", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "dateline-init-"));
    const result = await runCli(dir, ["init", "ledger", "--title", "The Ledger", "--base-url", "https://ledger.example.org"]);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n").slice(0, 2)).toEqual(["Created a Dateline site in ledger:", "  .github/workflows/deploy.yml"]);
    expect(result.stdout).toContain("  cd ledger\n  npm install");
    const yaml = await readFile(path.join(dir, "ledger/content/site.yaml"), "utf8");
    expect(yaml).toContain("title: The Ledger\n");
    expect(yaml).toContain("baseUrl: https://ledger.example.org\n");
  });

  it("dateline init without a folder is a usage error", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "dateline-init-"));
    const result = await runCli(dir, ["init"]);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe("dateline: give the new site's folder, e.g. dateline init harbour-gazette");
  });
});
