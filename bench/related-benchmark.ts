// Related-reading performance: how long `relatedReading` takes, and how much memory it needs, on
// synthetic archives of growing size (bench/corpus.ts). Each size runs in a fresh child process,
// so one size's heap and peak RSS never colour the next.
//
//   npm run bench:related                                   # 10,000 and 100,000 articles
//   npm run bench:related -- --sizes 1000,10000,100000 --seed 7 --runs 3
//   npm run bench:related -- --sizes 10000 --profile        # CPU profile of the engine only
//   npm run bench:related -- --sizes 10000 --agreement      # how much the candidate limits change the lists
//
// Targets (from the issue): 10,000 articles in under 2 s, 100,000 in under 20 s, memory growing
// linearly with the archive.
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateCorpus } from "./corpus.ts";
import { RELATED_DEFAULTS, RELATED_LIMITS } from "../src/related/options.ts";
import { relatedReading } from "../src/related/related-reading.ts";

const TARGETS = [
  { articles: 10_000, seconds: 2 },
  { articles: 100_000, seconds: 20 },
] as const;
/** Memory counts as linear when ten times the articles take at most this many times the memory. */
const LINEAR_MEMORY_RATIO = 12;
const RESULT_MARK = "RELATED_BENCH_RESULT ";
const MiB = 2 ** 20;

interface ProfileEntry {
  name: string;
  where: string;
  selfMs: number;
  totalMs: number;
}

interface ChildResult {
  articles: number;
  seed: number;
  generateSeconds: number;
  seconds: number;
  /** CPU time (user + system, all threads) spent in relatedReading: less disturbed by a busy machine. */
  cpuSeconds: number;
  /** RSS right after generating the corpus (after a full GC): the baseline the engine adds to. */
  rssAfterCorpusMiB: number;
  heapAfterCorpusMiB: number;
  /** Heap used right after relatedReading returned, and after a full GC with its result still held. */
  heapAfterMiB: number;
  heapRetainedMiB: number;
  peakRssMiB: number;
  /** Peak RSS minus the baseline: what the engine itself needed at its high point. */
  engineMiB: number;
  items: number;
  fallbackItems: number;
  /** Share of the top 5 and top 20 that are the same as with candidates from every posting and every tagged article. */
  agreement?: { top5: number; top20: number };
  emptyLists: number;
  profile?: { file: string; top: ProfileEntry[]; totalMs: number };
}

const selfPath = fileURLToPath(import.meta.url);

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "10000,100000" },
    seed: { type: "string", default: "1" },
    runs: { type: "string", default: "1" },
    profile: { type: "boolean", default: false },
    agreement: { type: "boolean", default: false },
    child: { type: "string" },
  },
  strict: true,
});

const seed = Number(values.seed);
if (!Number.isInteger(seed)) fail(`--seed must be an integer, got ${JSON.stringify(values.seed)}`);

if (values.child !== undefined) await child(Number(values.child), seed, values.profile ?? false, values.agreement ?? false);
else await parent();

// ---------------------------------------------------------------------------------------------
// The child: one size, one measurement.

async function child(count: number, seed: number, profile: boolean, agreement: boolean): Promise<void> {
  if (!Number.isInteger(count) || count < 2) fail(`--child needs a whole number of articles ≥ 2, got ${count}`);
  const gc = globalThis.gc;
  const g0 = performance.now();
  const corpus = generateCorpus({ count, seed });
  const generateSeconds = (performance.now() - g0) / 1000;
  gc?.();
  gc?.();
  const rssAfterCorpus = process.memoryUsage().rss;
  const heapAfterCorpus = process.memoryUsage().heapUsed;

  const profiler = profile ? await startProfiler() : undefined;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const lists = relatedReading(corpus);
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const cpuProfile = await profiler?.stop();

  const heapAfter = process.memoryUsage().heapUsed;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  gc?.();
  const heapRetained = process.memoryUsage().heapUsed;

  const check = sanityCheck(corpus, lists);
  const agreed = agreement ? agreementWithExhaustive(corpus, lists) : undefined;
  let profileSummary: ChildResult["profile"];
  if (cpuProfile) {
    const file = path.join(os.tmpdir(), `dateline-related-${count}-${process.pid}.cpuprofile`);
    writeFileSync(file, JSON.stringify(cpuProfile));
    profileSummary = { file, ...summarizeProfile(cpuProfile) };
  }

  const result: ChildResult = {
    articles: count,
    seed,
    generateSeconds,
    seconds,
    cpuSeconds,
    rssAfterCorpusMiB: rssAfterCorpus / MiB,
    heapAfterCorpusMiB: heapAfterCorpus / MiB,
    heapAfterMiB: heapAfter / MiB,
    heapRetainedMiB: heapRetained / MiB,
    peakRssMiB: peakRss / MiB,
    engineMiB: Math.max(0, peakRss - rssAfterCorpus) / MiB,
    ...check,
    agreement: agreed,
    profile: profileSummary,
  };
  process.stdout.write(`${RESULT_MARK}${JSON.stringify(result)}\n`);
}

/**
 * How much of each list the candidate limits change: the same engine, with every posting of every
 * term, every article on each shared tag and the whole body, is the reference (slow: not timed).
 */
function agreementWithExhaustive(corpus: Parameters<typeof relatedReading>[0], lists: ReturnType<typeof relatedReading>) {
  const reference = relatedReading(corpus, RELATED_DEFAULTS, { ...RELATED_LIMITS, termWindow: Number.MAX_SAFE_INTEGER, tagWindow: Number.MAX_SAFE_INTEGER, bodyCharacters: Number.MAX_SAFE_INTEGER });
  let top5 = 0;
  let top20 = 0;
  for (const [slug, expected] of reference) {
    const got = lists.get(slug) ?? [];
    const share = (k: number) => {
      const wanted = new Set(expected.slice(0, k).map((i) => i.slug));
      return wanted.size === 0 ? 1 : got.slice(0, k).filter((i) => wanted.has(i.slug)).length / wanted.size;
    };
    top5 += share(5);
    top20 += share(20);
  }
  return { top5: top5 / reference.size, top20: top20 / reference.size };
}

/** Every article has a non-empty list, no list names its own article or one article twice. */
function sanityCheck(corpus: readonly { slug: string }[], lists: Map<string, { slug: string; fallback: boolean }[]>) {
  const problems: string[] = [];
  let items = 0;
  let fallbackItems = 0;
  let emptyLists = 0;
  if (lists.size !== corpus.length) problems.push(`${lists.size} lists for ${corpus.length} articles`);
  for (const { slug } of corpus) {
    const list = lists.get(slug);
    if (!list) {
      problems.push(`no list for ${slug}`);
      continue;
    }
    if (list.length === 0) emptyLists++;
    const slugs = new Set<string>();
    for (const item of list) {
      if (item.slug === slug) problems.push(`${slug} lists itself`);
      if (slugs.has(item.slug)) problems.push(`${slug} lists ${item.slug} twice`);
      slugs.add(item.slug);
      if (item.fallback) fallbackItems++;
    }
    items += list.length;
    if (problems.length > 20) break;
  }
  // Every article has a section of thousands, so the section fallback alone guarantees a list.
  if (emptyLists > 0) problems.push(`${emptyLists} articles got an empty list`);
  if (problems.length > 0) fail(`sanity check failed for ${corpus.length} articles:\n  ${problems.slice(0, 20).join("\n  ")}`);
  return { items, fallbackItems, emptyLists };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

async function startProfiler() {
  const { Session } = await import("node:inspector/promises");
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 500 });
  await session.post("Profiler.start");
  return {
    async stop(): Promise<CpuProfile> {
      const { profile } = await session.post("Profiler.stop");
      session.disconnect();
      return profile as CpuProfile;
    },
  };
}

/** Self and total (inclusive, each function once per stack) time per function, top 15 by self time. */
function summarizeProfile(profile: CpuProfile): { top: ProfileEntry[]; totalMs: number } {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // tsx serves each module as one line, so line numbers say nothing: an anonymous function is
  // named after the function that called it instead.
  const key = (id: number): string => {
    const { functionName, url } = byId.get(id)!.callFrame;
    const file = url ? url.replace(/^file:\/\//, "").replace(`${process.cwd()}/`, "") : "";
    if (functionName) return `${functionName}\t${file}`;
    const caller = parent.get(id);
    const callerName = caller === undefined ? "" : byId.get(caller)!.callFrame.functionName;
    return `(anonymous${callerName ? ` in ${callerName}` : ""})\t${file}`;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let totalUs = 0;
  samples.forEach((id, i) => {
    // A sample's time is the gap to the next sample.
    const us = deltas[i + 1] ?? 0;
    totalUs += us;
    const own = key(id);
    self.set(own, (self.get(own) ?? 0) + us);
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) onStack.add(key(at));
    for (const k of onStack) total.set(k, (total.get(k) ?? 0) + us);
  });
  const top = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([k, us]) => {
      const [name, where] = k.split("\t") as [string, string];
      return { name, where, selfMs: us / 1000, totalMs: (total.get(k) ?? 0) / 1000 };
    });
  return { top, totalMs: totalUs / 1000 };
}

// ---------------------------------------------------------------------------------------------
// The parent: one fresh child per size (and run), then the report.

async function parent(): Promise<void> {
  const sizes = (values.sizes ?? "").split(",").map((s) => Number(s.replace(/[_\s]/g, "")));
  if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 2)) fail(`--sizes must be whole numbers ≥ 2, comma-separated, got ${JSON.stringify(values.sizes)}`);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number ≥ 1, got ${JSON.stringify(values.runs)}`);
  const profile = values.profile ?? false;
  const loadBefore = os.loadavg();

  const results: ChildResult[] = [];
  for (const size of sizes) {
    const attempts: ChildResult[] = [];
    for (let run = 1; run <= runs; run++) {
      process.stderr.write(`related-reading: ${fmtInt(size)} articles${runs > 1 ? `, run ${run} of ${runs}` : ""}… `);
      const result = await runChild(size, seed, profile);
      process.stderr.write(`${result.seconds.toFixed(2)} s, ${result.cpuSeconds.toFixed(2)} s CPU (corpus generated in ${result.generateSeconds.toFixed(1)} s)\n`);
      attempts.push(result);
    }
    // The fastest run is the one least disturbed by anything else on the machine.
    results.push(attempts.reduce((best, r) => (r.seconds < best.seconds ? r : best)));
  }
  const loadAfter = os.loadavg();
  console.log(report(results, { runs, profile, loadBefore, loadAfter }));
}

function runChild(size: number, seed: number, profile: boolean): Promise<ChildResult> {
  const args = ["--import", "tsx", "--expose-gc", selfPath, "--child", String(size), "--seed", String(seed)];
  if (profile) args.push("--profile");
  if (values.agreement) args.push("--agreement");
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    proc.stdout.setEncoding("utf8");
    proc.stdout.on("data", (chunk: string) => (out += chunk));
    proc.on("error", reject);
    proc.on("close", (code, signal) => {
      const line = out.split("\n").find((l) => l.startsWith(RESULT_MARK));
      if (code !== 0 || !line) {
        reject(new Error(`the child for ${size} articles failed (${signal ?? `exit code ${code}`})${out.trim() ? `:\n${out.trim()}` : ""}`));
        return;
      }
      resolve(JSON.parse(line.slice(RESULT_MARK.length)) as ChildResult);
    });
  });
}

function report(results: ChildResult[], meta: { runs: number; profile: boolean; loadBefore: number[]; loadAfter: number[] }): string {
  const cpus = os.cpus();
  const lines: string[] = [];
  lines.push(`## Related reading: ${results.map((r) => fmtInt(r.articles)).join(", ")} articles (seed ${seed})`, "");
  if (meta.profile) lines.push("**Profiled run: the times include the CPU profiler's overhead; do not compare them with the targets.**", "");
  lines.push("| articles | related lists (s) | per 1,000 articles (ms) | peak RSS (MiB) | engine memory (MiB) |", "|---:|---:|---:|---:|---:|");
  for (const r of results) {
    lines.push(`| ${fmtInt(r.articles)} | ${r.seconds.toFixed(2)} | ${((r.seconds * 1000 * 1000) / r.articles).toFixed(1)} | ${fmtInt(r.peakRssMiB)} | ${fmtInt(r.engineMiB)} |`);
  }
  lines.push(
    "",
    "Related lists: wall-clock time of one `relatedReading(corpus)` call in a fresh process (corpus generation not timed). " +
      "Engine memory: peak RSS minus the RSS right after the corpus was generated (and garbage-collected). " +
      "CPU time (below) counts every thread, GC included, and is the steadier number on a busy machine.",
    "",
    "<details><summary>Memory and list details</summary>",
    "",
    "| articles | CPU time (s) | corpus generated (s) | RSS after corpus (MiB) | heap after corpus (MiB) | heap after lists (MiB) | heap retained after GC (MiB) | items per list | fallback items |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const r of results) {
    lines.push(
      `| ${fmtInt(r.articles)} | ${r.cpuSeconds.toFixed(2)} | ${r.generateSeconds.toFixed(1)} | ${fmtInt(r.rssAfterCorpusMiB)} | ${fmtInt(r.heapAfterCorpusMiB)} | ${fmtInt(r.heapAfterMiB)} | ${fmtInt(r.heapRetainedMiB)} | ${(r.items / r.articles).toFixed(1)} | ${((100 * r.fallbackItems) / Math.max(1, r.items)).toFixed(1)}% |`,
    );
  }
  lines.push("", "</details>", "");
  for (const r of results) {
    if (r.agreement) lines.push(`Agreement with unlimited candidates at ${fmtInt(r.articles)}: top 5 ${(100 * r.agreement.top5).toFixed(1)}%, top 20 ${(100 * r.agreement.top20).toFixed(1)}%.`, "");
  }

  const small = results.find((r) => r.articles === 10_000);
  const large = results.find((r) => r.articles === 100_000);
  if (small && large) {
    const timeRatio = large.seconds / small.seconds;
    const memoryRatio = large.engineMiB / Math.max(1e-9, small.engineMiB);
    lines.push(
      `**100,000 / 10,000:** time × ${timeRatio.toFixed(1)}, engine memory × ${memoryRatio.toFixed(1)} (linear would be × 10; ` +
        `memory ${memoryRatio <= LINEAR_MEMORY_RATIO ? "grows linearly ✅" : `grows faster than linearly ❌ (above × ${LINEAR_MEMORY_RATIO})`}).`,
      "",
    );
  }

  lines.push("**Targets** (from the issue):", "");
  for (const target of TARGETS) {
    const r = results.find((x) => x.articles === target.articles);
    const verdict = !r ? "not measured" : meta.profile ? `${r.seconds.toFixed(2)} s (profiled, not judged)` : r.seconds < target.seconds ? `${r.seconds.toFixed(2)} s ✅` : `${r.seconds.toFixed(2)} s ❌ (${(r.seconds / target.seconds).toFixed(1)}× the target)`;
    lines.push(`- ${fmtInt(target.articles)} articles in under ${target.seconds} s: ${verdict}`);
  }
  lines.push(`- memory growing linearly (× ≤ ${LINEAR_MEMORY_RATIO} from 10,000 to 100,000): ${small && large ? "see the ratio above" : "needs both 10,000 and 100,000 in --sizes"}`, "");

  const busy = Math.max(...meta.loadBefore.slice(0, 1), ...meta.loadAfter.slice(0, 1)) > cpus.length * 0.75;
  lines.push(
    `**Machine:** ${cpus.length} cores, ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${fmtInt(os.totalmem() / MiB)} MiB RAM, Node ${process.version}, ${os.platform()} ${os.arch()}; ` +
      `load average ${meta.loadBefore[0]!.toFixed(2)} before, ${meta.loadAfter[0]!.toFixed(2)} after` +
      (meta.runs > 1 ? `; fastest of ${meta.runs} runs per size` : "") +
      ".",
  );
  if (busy) lines.push("", "⚠️ The machine was busy with other work during the run: times are likely inflated. Re-run on an idle machine, or with --runs 3.");

  for (const r of results) {
    if (!r.profile) continue;
    lines.push("", `### Where the time goes: ${fmtInt(r.articles)} articles (${(r.profile.totalMs / 1000).toFixed(2)} s profiled)`, "", `Profile: \`${r.profile.file}\` (open in Chrome DevTools → Performance, or VS Code).`, "");
    lines.push("| function | where | self (ms) | self % | total (ms) | total % |", "|---|---|---:|---:|---:|---:|");
    for (const e of r.profile.top) {
      const pct = (ms: number) => ((100 * ms) / r.profile!.totalMs).toFixed(1);
      lines.push(`| ${e.name} | ${e.where || "—"} | ${fmtInt(e.selfMs)} | ${pct(e.selfMs)} | ${fmtInt(e.totalMs)} | ${pct(e.totalMs)} |`);
    }
  }
  return lines.join("\n");
}

function fmtInt(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

function fail(message: string): never {
  console.error(`related-benchmark: ${message}`);
  process.exit(1);
}
