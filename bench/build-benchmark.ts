// `npm run bench`: whole-process build times of Dateline on a deterministic synthetic archive: cold
// (with and without the search index, with the search and image stages from --timings), then
// incremental (no change, one new article, one edited body); and of Hugo on the same archive with a
// minimal site of the same page set (bench/hugo-site), when `hugo` is on the PATH.
//   npm run bench -- --sizes 1000,4000,10000 --runs 3
//   npm run bench -- --sizes 1000 --profile      # also a CPU profile of one cold build per size
//   npm run bench -- --dir /tmp/bench            # corpora and profiles in another folder
//   npm run bench -- --cli ../other/bin/dateline.js   # another copy of Dateline, e.g. to compare two versions
//   npm run bench -- --search-parts 500          # the rebuilds again with the search index in parts of 500
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { appendFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { articleMarkdown, corpusArticles, writeCorpus, type CorpusArticle } from "./corpus.ts";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TIME = "/usr/bin/time";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,4000,10000" },
    runs: { type: "string", default: "3" },
    seed: { type: "string", default: "1" },
    "no-hugo": { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
    dir: { type: "string", default: path.join(REPO, ".cache", "bench") },
    cli: { type: "string", default: path.join(REPO, "bin", "dateline.js") },
    /** Also measure the rebuilds with the search index in parts of this many stories (site.yaml's search.partSize). */
    "search-parts": { type: "string" },
  },
});
const sizes = values.sizes.split(",").map(Number);
const searchParts = values["search-parts"] === undefined ? undefined : Number(values["search-parts"]);
if (searchParts !== undefined && !(Number.isInteger(searchParts) && searchParts > 0)) throw new Error(`--search-parts must be a whole number of stories, got ${values["search-parts"]}`);
const runs = Number(values.runs);
const seed = Number(values.seed);
const WORK = path.resolve(values.dir);
const hugo = !values["no-hugo"] && spawnSync("hugo", ["version"]).status === 0;
const measuresUsage = existsSync(TIME);

interface Run {
  wall: number;
  /** User plus system CPU seconds of the process and the children it waited for (GNU time). */
  cpu?: number;
  peakMiB?: number;
  output: string;
}

/** Runs a command as a whole process; CPU time and peak memory come from GNU time when present. */
function measure(command: string, args: string[], cwd: string): Run {
  const started = performance.now();
  const result = measuresUsage
    ? spawnSync(TIME, ["-f", "__rusage %e %M %U %S", command, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 26 })
    : spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 1 << 26 });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  const usage = /__rusage ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(result.stderr);
  return { wall, cpu: usage ? Number(usage[3]) + Number(usage[4]) : undefined, peakMiB: usage ? Number(usage[2]) / 1024 : undefined, output: `${result.stdout}${result.stderr}` };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (x: number) => `${x.toFixed(2)} s`;
const mib = (xs: (number | undefined)[]) => (xs.every((x) => x !== undefined) ? `${Math.round(median(xs as number[]))} MiB` : "n/a");
/** "4.21 s (5.02 s CPU)": median wall time, and the median CPU time when GNU time measured it. */
const wallAndCpu = (rs: Run[]) => `${seconds(median(rs.map((r) => r.wall)))}${rs.every((r) => r.cpu !== undefined) ? ` (${seconds(median(rs.map((r) => r.cpu!)))} CPU)` : ""}`;

async function corpusFor(size: number): Promise<string> {
  const dir = path.join(WORK, `corpus-${size}-seed${seed}`);
  if (!existsSync(path.join(dir, ".complete"))) {
    await rm(dir, { recursive: true, force: true });
    await writeCorpus(dir, corpusArticles({ count: size, seed }));
    await writeFile(path.join(dir, ".complete"), "");
  }
  return dir;
}

// Its build cache is keyed by Dateline's version, which in a checkout includes the sources' times: a
// checkout edited while the benchmark runs makes every rebuild cold. Benchmark a quiet copy.
const CLI = path.resolve(values.cli);
const dateline = (site: string, ...flags: string[]) => measure(process.execPath, [CLI, "build", "--out", "_site", "--timings", ...flags], site);
const clean = async (site: string) => {
  await rm(path.join(site, "_site"), { recursive: true, force: true });
  await rm(path.join(site, ".cache"), { recursive: true, force: true });
};
const coldDateline = async (site: string, ...flags: string[]) => {
  await clean(site);
  return dateline(site, ...flags);
};
const coldHugo = async (site: string) => {
  const out = path.join(site, "_hugo");
  await rm(out, { recursive: true, force: true });
  return measure("hugo", ["--source", path.join(REPO, "bench", "hugo-site"), "--contentDir", path.join(site, "content"), "--destination", out, "--quiet"], site);
};

/** A stage's line from `--timings` (`timing  search index   2.91 s  indexed 1,000 pages`): its seconds and note. */
function stage(run: Run, name: string): { s: number; note: string } | undefined {
  const match = new RegExp(`^timing {2}${name} +([\\d.]+) s(?: {2}(.*))?$`, "m").exec(run.output);
  return match ? { s: Number(match[1]), note: match[2] ?? "" } : undefined;
}
const stageSeconds = (rs: Run[], name: string) => {
  const times = rs.map((r) => stage(r, name)?.s);
  return times.every((t) => t !== undefined) ? seconds(median(times as number[])) : "—";
};

/** What a build reports it wrote: "… (M pages, K written)", "all" on a cold build, 0 when nothing changed. */
const written = (run: Run) => (run.output.includes("Nothing changed") ? "0" : (/(\d+) written/.exec(run.output)?.[1] ?? "all"));

/** The corpus's newest article: a new one a minute later is published (never scheduled) and leads the front page. */
function newestArticle(size: number): CorpusArticle {
  let newest: CorpusArticle | undefined;
  for (const article of corpusArticles({ count: size, seed })) if (!newest || article.date > newest.date) newest = article;
  return newest!;
}

/** One minute after `after`, written in the same UTC offset (corpus times fall between 06:00 and 22:59, far from a DST change). */
function minuteAfter(after: CorpusArticle): { date: Date; dateIso: string } {
  const offset = after.dateIso.slice(-6); // "-04:00"
  const sign = offset.startsWith("-") ? -1 : 1;
  const offsetMs = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
  const date = new Date(after.date.getTime() + 60_000);
  const local = new Date(date.getTime() + offsetMs).toISOString().slice(0, 19);
  return { date, dateIso: `${local}${offset}` };
}

/** Fails the benchmark unless the new article was built and is the first story on the front page. */
async function checkFrontPage(site: string, slug: string): Promise<void> {
  const front = await readFile(path.join(site, "_site", "index.html"), "utf8");
  const first = /href="\/articles\/([^"/]+)\/"/.exec(front)?.[1];
  if (first !== slug) throw new Error(`the new article ${slug} should lead the front page, but the first story is ${first ?? "none"}`);
}

/** One CPU profile of a cold build (every thread writes its own file), into WORK/profiles/<size>/. */
async function profileColdBuild(site: string, size: number): Promise<string> {
  const dir = path.join(WORK, "profiles", `cold-${size}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await clean(site);
  measure(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, CLI, "build", "--out", "_site"], site);
  const files = (await readdir(dir)).filter((f) => f.endsWith(".cpuprofile"));
  return files.map((f) => path.join(dir, f)).join(", ");
}

/** Incremental rebuilds, from a cold build with search: no change, a new article, an edited body; one table row. */
async function incrementalRow(site: string, size: number, label: string): Promise<string> {
  await coldDateline(site);
  const articlesDir = path.join(site, "content", "articles");
  const fresh = corpusArticles({ count: 1, seed: seed + 1000 }).next().value!;
  const slug = `breaking-${fresh.slug}`;
  const newFile = path.join(articlesDir, `${slug}.md`);
  const edited = path.join(articlesDir, (await readdir(articlesDir)).sort()[0]!);
  const original = await readFile(edited, "utf8");
  const when = minuteAfter(newestArticle(size));
  const noChange: Run[] = [];
  const added: Run[] = [];
  const edits: Run[] = [];
  for (let i = 0; i < runs; i++) {
    noChange.push(dateline(site));
    await writeFile(newFile, articleMarkdown({ ...fresh, slug, ...when }));
    added.push(dateline(site));
    await checkFrontPage(site, slug);
    await appendFile(edited, "\nA sentence added by an editor after publication.\n");
    edits.push(dateline(site));
    await rm(newFile);
    await writeFile(edited, original);
    dateline(site);
  }
  const cell = (rs: Run[]) => {
    const last = rs[rs.length - 1]!;
    const search = stage(last, "search index")?.note;
    return `${wallAndCpu(rs)}, ${written(last)} written${search ? `, search ${search}` : ""}`;
  };
  return `| ${label} | ${cell(noChange)} | ${cell(added)} | ${cell(edits)} |`;
}

const cold: string[] = [];
const incremental: string[] = [];
const profiles: string[] = [];
for (const size of sizes) {
  const site = await corpusFor(size);
  const ours: Run[] = [];
  const noSearch: Run[] = [];
  const theirs: Run[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate the builds, so a machine slowing down or speeding up affects each alike.
    ours.push(await coldDateline(site));
    noSearch.push(await coldDateline(site, "--no-search"));
    if (hugo) theirs.push(await coldHugo(site));
  }
  const pages = /\((\d+) pages/.exec(ours[0]!.output)?.[1] ?? "?";
  const ratio = hugo ? median(ours.map((r, i) => r.wall / theirs[i]!.wall)).toFixed(2) : "n/a";
  cold.push(
    `| ${size.toLocaleString("en-US")} | ${pages} | ${wallAndCpu(ours)} | ${stageSeconds(ours, "search index")} | ${stageSeconds(ours, "images")} | ` +
      `${wallAndCpu(noSearch)} | ${mib(ours.map((r) => r.peakMiB))} | ${hugo ? wallAndCpu(theirs) : "n/a"} | ${hugo ? mib(theirs.map((r) => r.peakMiB)) : "n/a"} | ${ratio} |`,
  );

  incremental.push(await incrementalRow(site, size, size.toLocaleString("en-US")));
  if (searchParts !== undefined) {
    const config = path.join(site, "content", "site.yaml");
    const original = await readFile(config, "utf8");
    await writeFile(config, `${original}\nsearch:\n  partSize: ${searchParts}\n`);
    try {
      incremental.push(await incrementalRow(site, size, `${size.toLocaleString("en-US")}, search in parts of ${searchParts.toLocaleString("en-US")}`));
    } finally {
      await writeFile(config, original);
    }
  }
  if (values.profile) profiles.push(`${size.toLocaleString("en-US")} articles: ${await profileColdBuild(site, size)}`);
}

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
const hugoVersion = hugo ? execFileSync("hugo", ["version"], { encoding: "utf8" }).split(" ")[1] : "not installed";
console.log(
  `Machine: ${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Hugo ${hugoVersion}; ` +
    `load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}; median of ${runs} runs, whole process; CPU is user + system.`,
);
console.log(
  "\n| articles | pages | Dateline cold | search index | images | cold, --no-search | Dateline peak | Hugo | Hugo peak | Dateline / Hugo |\n|---|---|---|---|---|---|---|---|---|---|",
);
console.log(cold.join("\n"));
console.log("\n| articles | no-change rebuild | one new article | one edited body |\n|---|---|---|---|");
console.log(incremental.join("\n"));
if (profiles.length > 0) console.log(`\nCPU profiles of a cold build (open in Chrome DevTools):\n${profiles.join("\n")}`);
