// Never a half site: `dateline build` is killed (SIGKILL, no chance to clean up) at several points
// of a build of a few thousand articles. Each time the previous site must be there, byte for byte,
// and the next build must succeed and leave nothing behind.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusArticles, writeCorpus, type CorpusArticle } from "../../bench/corpus.ts";
import { buildCommand } from "../../src/cli/build-command.ts";
import { listOutput, outputHashes, REPO } from "../helpers/fixture-site.ts";
import { articleText } from "./corpus.ts";
import { buildHostile, hostileSite, type HostileSite } from "./hostile-site.ts";

const ARTICLES = 2000;
const EPOCH = "1751328000"; // July 1, 2025: after every synthetic article.
const SITE_YAML = { related: { limit: 2 }, pageSize: 500 };

/** Short synthetic articles: enough pages to make the write take a while, cheap to validate. */
function* shortArticles(count: number): Generator<CorpusArticle> {
  for (const article of corpusArticles({ count })) {
    yield { ...article, type: article.type === "live" ? "news" : article.type, body: article.body.split("\n\n")[0]!, tags: article.tags.slice(0, 2) };
  }
}

/** Folders beside the output that a build leaves while it runs. */
const leftovers = async (root: string) => (await readdir(root)).filter((name) => name.startsWith("_site.")).sort();

interface KillPoint {
  name: string;
  /** True when the build should be killed now. */
  reached(state: { ms: number; staging: boolean; articleFolders: number }): boolean;
}

const KILL_POINTS: KillPoint[] = [
  { name: "while reading and checking the content", reached: (s) => s.ms >= 1500 || s.staging },
  { name: "as the first pages are written", reached: (s) => s.articleFolders >= 1 },
  { name: "half-way through the article pages", reached: (s) => s.articleFolders >= ARTICLES / 2 },
  { name: "after the article pages, while listings, feeds and the search index are written", reached: (s) => s.articleFolders >= ARTICLES },
];

function startBuild(root: string): ChildProcess {
  return spawn(process.execPath, [path.join(REPO, "bin", "dateline.js"), "build"], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, SOURCE_DATE_EPOCH: EPOCH },
    // A process group of its own, so that the kill takes any helper process (the search indexer) too,
    // as a cancelled CI job or a lost machine would.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** SIGKILL to the build and every process it started; it may have just ended by itself. */
function killGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, "SIGKILL");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once("exit", (code, signal) => resolve({ code, signal }));
  });

/** Runs a build and kills it when `point` is reached; resolves with what the build had got to. */
async function killAt(root: string, point: KillPoint): Promise<{ ms: number; staging: boolean; articleFolders: number }> {
  const child = startBuild(root);
  const started = performance.now();
  const state = { ms: 0, staging: false, articleFolders: 0 };
  try {
    while (child.exitCode === null && child.signalCode === null) {
      state.ms = performance.now() - started;
      const staging = (await readdir(root)).find((name) => name === `_site.staging-${child.pid}`);
      state.staging = staging !== undefined;
      state.articleFolders = staging ? (await readdir(path.join(root, staging, "articles")).catch(() => [])).length : 0;
      if (point.reached(state)) {
        killGroup(child);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const end = await exited(child);
    if (end.signal !== "SIGKILL") throw new Error(`the build ended (${end.code}) before the kill point "${point.name}"`);
    return state;
  } finally {
    if (child.exitCode === null && child.signalCode === null) killGroup(child);
  }
}

describe(`killing a build of ${ARTICLES} articles`, () => {
  let root: string;
  let previous: Map<string, string>;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), "dateline-kill-"));
    // The site as it was: the first 100 articles, built completely.
    await writeCorpus(root, shortArticles(100), { siteYaml: SITE_YAML });
    const paths = { root, templates: path.join(REPO, "templates"), public: path.join(REPO, "public"), out: path.join(root, "_site") };
    const first = await buildCommand(paths, { drafts: false, future: false, now: new Date(Number(EPOCH) * 1000) });
    expect(first.ok).toBe(true);
    previous = await outputHashes(path.join(root, "_site"));
    // Then the archive grows to the full size, and the next build is the one that gets killed.
    await writeCorpus(root, shortArticles(ARTICLES), { siteYaml: SITE_YAML, overwrite: true });
  }, 120_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("leaves the previous site whole at every kill point, and the next build succeeds and cleans up", async () => {
    const folders: number[] = [];
    for (const point of KILL_POINTS) {
      const state = await killAt(root, point);
      folders.push(state.articleFolders);
      expect(await outputHashes(path.join(root, "_site")), point.name).toEqual(previous);
    }
    // killAt kills only once its point is reached (and fails if the build ends first), so the
    // later kills landed after the first page, half of them and all of them. The first one must
    // land before the article pages are complete; whether the staging folder exists by then
    // depends on how fast the machine reads, so that is not asserted.
    expect(folders[0]).toBeLessThan(ARTICLES);

    const build = startBuild(root);
    let output = "";
    build.stdout!.on("data", (chunk) => (output += chunk));
    build.stderr!.on("data", (chunk) => (output += chunk));
    const end = await exited(build);
    expect(output).toMatch(new RegExp(`Built ${ARTICLES} articles`));
    expect(end.code).toBe(0);
    expect(await leftovers(root)).toEqual([]);
    const pages = (await listOutput(path.join(root, "_site"))).filter((f) => /^\/articles\/[^/]+\/index\.html$/.test(f));
    expect(pages.length).toBe(ARTICLES);
  }, 600_000);
});

describe("a build killed between the two renames of the swap", () => {
  let site: HostileSite;
  let good: Map<string, string>;
  const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid;

  beforeAll(async () => {
    site = await hostileSite();
    expect((await buildHostile(site)).ok).toBe(true);
    good = await outputHashes(site.out);
  });
  afterAll(() => site.cleanup());

  /** The state such a kill leaves: the old site moved aside, the new one complete in staging. */
  async function killedMidSwap(): Promise<void> {
    const pid = deadPid();
    await cp(site.out, `${site.out}.staging-${pid}`, { recursive: true });
    await writeFile(`${site.out}.staging-${pid}/index.html`, "new, never swapped in");
    await rename(site.out, `${site.out}.previous-${pid}`);
  }

  it("the next build fails on a content error → the old site is back in place, nothing else left", async () => {
    await killedMidSwap();
    const broken = path.join(site.root, "content", "articles", "broken.md");
    await writeFile(broken, articleText([], "Body", ["title: 123", "date: 2025-03-12T10:00:00-03:00"]));
    try {
      const outcome = await buildHostile(site);
      expect(outcome.ok).toBe(false);
      expect(await outputHashes(site.out)).toEqual(good);
      expect(await leftovers(site.root)).toEqual([]);
    } finally {
      await rm(broken);
    }
  });

  it("the next build succeeds → the new site is in place, nothing else left", async () => {
    await killedMidSwap();
    await mkdir(path.join(site.root, "content", "articles"), { recursive: true });
    await writeFile(path.join(site.root, "content", "articles", "after-the-kill.md"), articleText([], "Written after the kill."));
    const outcome = await buildHostile(site);
    expect(outcome.ok).toBe(true);
    expect(existsSync(path.join(site.out, "articles", "after-the-kill", "index.html"))).toBe(true);
    expect(await leftovers(site.root)).toEqual([]);
  });
});
