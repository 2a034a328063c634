// `npm run bench`: whole-process build times of Dateline (cold, no-change, one new article, one
// edited article) on a deterministic synthetic archive, and of Hugo on the same archive with a
// minimal site of the same page set (bench/hugo-site), when `hugo` is on the PATH.
//   npm run bench -- --sizes 1000,4000,10000 --runs 3
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { appendFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { articleMarkdown, corpusArticles, writeCorpus } from "./corpus.ts";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const WORK = path.join(REPO, ".cache", "bench");
const TIME = "/usr/bin/time";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,4000,10000" },
    runs: { type: "string", default: "3" },
    seed: { type: "string", default: "1" },
    "no-hugo": { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").map(Number);
const runs = Number(values.runs);
const seed = Number(values.seed);
const hugo = !values["no-hugo"] && spawnSync("hugo", ["version"]).status === 0;
const measuresMemory = existsSync(TIME);

interface Run {
  wall: number;
  peakMiB?: number;
  output: string;
}

/** Runs a command as a whole process; wall time and peak memory come from GNU time when present. */
function measure(command: string, args: string[], cwd: string): Run {
  const started = performance.now();
  const result = measuresMemory
    ? spawnSync(TIME, ["-f", "__rusage %e %M", command, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 26 })
    : spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 1 << 26 });
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  const usage = /__rusage ([\d.]+) (\d+)/.exec(result.stderr);
  return { wall, peakMiB: usage ? Number(usage[2]) / 1024 : undefined, output: `${result.stdout}${result.stderr}` };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (x: number) => `${x.toFixed(2)} s`;
const mib = (xs: (number | undefined)[]) => (xs.every((x) => x !== undefined) ? `${Math.round(median(xs as number[]))} MiB` : "n/a");

async function corpusFor(size: number): Promise<string> {
  const dir = path.join(WORK, `corpus-${size}-seed${seed}`);
  if (!existsSync(path.join(dir, ".complete"))) {
    await rm(dir, { recursive: true, force: true });
    await writeCorpus(dir, corpusArticles({ count: size, seed }));
    await writeFile(path.join(dir, ".complete"), "");
  }
  return dir;
}

const dateline = (site: string) => measure(process.execPath, [path.join(REPO, "bin", "dateline.js"), "build", "--out", "_site"], site);
const coldDateline = async (site: string) => {
  await rm(path.join(site, "_site"), { recursive: true, force: true });
  await rm(path.join(site, ".cache"), { recursive: true, force: true });
  return dateline(site);
};
const coldHugo = async (site: string) => {
  const out = path.join(site, "_hugo");
  await rm(out, { recursive: true, force: true });
  return measure("hugo", ["--source", path.join(REPO, "bench", "hugo-site"), "--contentDir", path.join(site, "content"), "--destination", out, "--quiet"], site);
};

/** What a build reports it wrote: "… (M pages, K written)". */
const written = (run: Run) => /(\d+) written/.exec(run.output)?.[1] ?? "all";

const rows: string[] = [];
const incremental: string[] = [];
for (const size of sizes) {
  const site = await corpusFor(size);
  const ours: Run[] = [];
  const theirs: Run[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate the two, so a machine slowing down or speeding up affects both alike.
    ours.push(await coldDateline(site));
    if (hugo) theirs.push(await coldHugo(site));
  }
  const pages = /\((\d+) pages/.exec(ours[0]!.output)?.[1] ?? "?";
  const ratio = hugo ? median(ours.map((r, i) => r.wall / theirs[i]!.wall)).toFixed(2) : "n/a";
  rows.push(
    `| ${size.toLocaleString("en-US")} | ${pages} | ${seconds(median(ours.map((r) => r.wall)))} | ${mib(ours.map((r) => r.peakMiB))} | ` +
      `${hugo ? seconds(median(theirs.map((r) => r.wall))) : "n/a"} | ${hugo ? mib(theirs.map((r) => r.peakMiB)) : "n/a"} | ${ratio} |`,
  );

  // Incremental: the site is built; measure a no-change rebuild, a new article and an edit.
  const articlesDir = path.join(site, "content", "articles");
  const fresh = corpusArticles({ count: 1, seed: seed + 1000 }).next().value!;
  const newFile = path.join(articlesDir, `breaking-${fresh.slug}.md`);
  const edited = path.join(articlesDir, (await readdir(articlesDir)).sort()[0]!);
  const original = await readFile(edited, "utf8");
  const noChange: Run[] = [];
  const added: Run[] = [];
  const edits: Run[] = [];
  for (let i = 0; i < runs; i++) {
    noChange.push(dateline(site));
    await writeFile(newFile, articleMarkdown({ ...fresh, slug: `breaking-${fresh.slug}`, date: new Date(Date.UTC(2030, 0, 1)), dateIso: "2030-01-01T09:00:00-05:00" }));
    added.push(dateline(site));
    await appendFile(edited, "\nA sentence added by an editor after publication.\n");
    edits.push(dateline(site));
    await rm(newFile);
    await writeFile(edited, original);
    dateline(site);
  }
  const cell = (rs: Run[]) => `${seconds(median(rs.map((r) => r.wall)))} (${written(rs[rs.length - 1]!)} written)`;
  incremental.push(`| ${size.toLocaleString("en-US")} | ${cell(noChange)} | ${cell(added)} | ${cell(edits)} |`);
}

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
const hugoVersion = hugo ? execFileSync("hugo", ["version"], { encoding: "utf8" }).split(" ")[1] : "not installed";
console.log(`Machine: ${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, Hugo ${hugoVersion}; median of ${runs} runs, whole process.`);
console.log("\n| articles | pages | Dateline cold | Dateline peak | Hugo | Hugo peak | Dateline / Hugo |\n|---|---|---|---|---|---|---|");
console.log(rows.join("\n"));
console.log("\n| articles | no-change rebuild | one new article | one edited body |\n|---|---|---|---|");
console.log(incremental.join("\n"));
await mkdir(WORK, { recursive: true });
