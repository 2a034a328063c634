// The package a newsroom installs: `npm pack` makes a tarball that installs into a fresh folder,
// where `dateline init` creates a site that checks and builds. Everything comes from npm's cache;
// when a dependency is missing from it and the registry cannot be reached, the test is skipped with
// one line, except in CI (CI=true), where it fails.
import * as cheerio from "cheerio";
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOutput, REPO } from "../helpers/fixture-site.ts";

const run = promisify(execFile);
const TIMEOUT = 300_000;
/** npm and Dateline with a clean environment: npm's cache and the registry as configured, nothing from this test run. */
const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  TMPDIR: process.env.TMPDIR,
  ...(process.env.npm_config_cache ? { npm_config_cache: process.env.npm_config_cache } : {}),
  ...(process.env.npm_config_registry ? { npm_config_registry: process.env.npm_config_registry } : {}),
  SOURCE_DATE_EPOCH: "1742040000",
};

let work: string;
let tarball: string;
let packed: string[];
let installed = false;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "dateline-pack-"));
  // Packed from a copy of what package.json ships, so that `prepare` (which bundles the CLI into
  // dist/) never rewrites the checkout's own dist/ while other tests run it.
  const source = path.join(work, "source");
  const { files } = JSON.parse(await readFile(path.join(REPO, "package.json"), "utf8")) as { files: string[] };
  for (const entry of ["package.json", ...files.filter((f) => f !== "dist")]) {
    await mkdir(path.dirname(path.join(source, entry)), { recursive: true });
    await cp(path.join(REPO, entry), path.join(source, entry), { recursive: true });
  }
  await symlink(path.join(REPO, "node_modules"), path.join(source, "node_modules"), "dir");
  const { stdout } = await run("npm", ["pack", "--json", "--pack-destination", work], { cwd: source, env, maxBuffer: 16 << 20 });
  const [info] = JSON.parse(stdout.slice(stdout.indexOf("["))) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(work, info!.filename);
  packed = info!.files.map((f) => f.path).sort();

  const app = path.join(work, "app");
  await mkdir(app);
  try {
    await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", tarball], { cwd: app, env, maxBuffer: 16 << 20 });
    installed = true;
  } catch (error) {
    const why = `npm could not install the packed tarball from its cache: ${String((error as { stderr?: string }).stderr ?? error).trim().split("\n")[0]}`;
    if (process.env.CI === "true") throw new Error(why);
    console.warn(`Pack-and-init test skipped: ${why}.`);
  }
}, TIMEOUT);
afterAll(() => rm(work, { recursive: true, force: true }));

describe("npm pack", () => {
  it("ships the bundled CLI, the sources, templates, static files and the deploy workflow, and no tests or sample content", () => {
    for (const file of ["dist/cli.mjs", "bin/dateline.js", "src/cli/main.ts", "templates/_includes/base.njk", "public/styles.css", ".github/workflows/deploy.yml", "README.md", "package.json"]) {
      expect(packed, file).toContain(file);
    }
    expect(packed.filter((f) => /^(tests|content|bench|node_modules)\//.test(f))).toEqual([]);
  });
});

describe("installed from the tarball into a fresh folder", () => {
  const app = () => path.join(work, "app");
  const dateline = () => path.join(app(), "node_modules", ".bin", "dateline");

  it("dateline init creates a site that passes dateline check and builds", async (ctx) => {
    if (!installed) ctx.skip();
    await run(dateline(), ["init", "gazette", "--title", "Harbour Gazette"], { cwd: app(), env });
    const site = path.join(app(), "gazette");
    const check = await run(dateline(), ["check"], { cwd: site, env });
    expect(check.stdout).toContain("0 errors");
    const build = await run(dateline(), ["build"], { cwd: site, env });
    expect(build.stdout.trim()).toMatch(new RegExp(`^Built 1 article \\(11 pages\\) into ${path.join(site, "_site").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} in [0-9.]+ s\\.$`));

    const out = path.join(site, "_site");
    const files = await listOutput(out);
    expect(files).toContain("/articles/welcome/index.html");
    expect(files).toContain("/_headers");
    expect(files).toContain("/.dateline/manifest.json");
    const $ = cheerio.load(await readFile(path.join(out, "articles/welcome/index.html"), "utf8"));
    expect($("h1").text()).toBe("Welcome to Harbour Gazette");
    const css = $('link[rel="stylesheet"]').attr("href")!;
    expect(await readFile(path.join(out, css), "utf8")).toBe(await readFile(path.join(REPO, "public", "styles.css"), "utf8"));
    const pkg = JSON.parse(await readFile(path.join(site, "package.json"), "utf8"));
    expect(Object.keys(pkg.dependencies)).toEqual(["dateline"]);
  }, TIMEOUT);
});
