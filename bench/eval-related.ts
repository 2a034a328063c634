// `npm run eval:related`: precision@5 and nDCG@5 of Dateline's related reading against a
// Hugo-style tags-only baseline, on a labelled synthetic corpus and on the sample content.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runPipeline } from "../src/pipeline.ts";
import { relatedReading, type RelatedInput } from "../src/related/related-reading.ts";
import { generateClusteredCorpus } from "./clustered-corpus.ts";
import { hugoStyleRelated } from "./hugo-baseline.ts";
import { evaluate, type Judgement, type Scores } from "./metrics.ts";

const K = 5;
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function dateline(articles: readonly RelatedInput[]): Map<string, string[]> {
  const lists = relatedReading(articles.map((a) => ({ ...a, related: [] })));
  return new Map([...lists].map(([slug, items]) => [slug, items.map((i) => i.slug)]));
}

/** The judged articles themselves, most relevant first: the ceiling any engine can reach. */
function oracle(judgements: ReadonlyMap<string, Judgement>): Map<string, string[]> {
  return new Map([...judgements].map(([slug, judged]) => [slug, [...judged].filter(([, r]) => r > 0).sort((a, b) => b[1] - a[1]).map(([s]) => s)]));
}

function row(set: string, engine: string, s: Scores): string {
  return `| ${set} | ${engine} | ${s.precision.toFixed(3)} | ${s.ndcg.toFixed(3)} | ${s.articles} |`;
}

async function sampleSet() {
  const { published, problems } = await runPipeline(REPO, { drafts: false, future: false, now: new Date("2026-01-01T00:00:00Z") });
  if (published.length === 0) throw new Error(`the sample content did not build:\n${problems.map((p) => `${p.file}: ${p.expected}`).join("\n")}`);
  const file = JSON.parse(await readFile(path.join(REPO, "bench", "judgements", "sample-content.json"), "utf8")) as { judgements: Record<string, Record<string, number>> };
  const judgements = new Map<string, Judgement>(Object.entries(file.judgements).map(([slug, judged]) => [slug, new Map(Object.entries(judged))]));
  return { articles: published, judgements };
}

function syntheticSet(clusters?: number) {
  const { articles, clusterOf } = generateClusteredCorpus(undefined, clusters);
  const members = new Map<number, string[]>();
  for (const a of articles) {
    const cluster = clusterOf.get(a.slug)!;
    members.set(cluster, [...(members.get(cluster) ?? []), a.slug]);
  }
  const judgements = new Map<string, Judgement>();
  for (const a of articles) {
    judgements.set(a.slug, new Map(members.get(clusterOf.get(a.slug)!)!.filter((b) => b !== a.slug).map((b) => [b, 1])));
  }
  return { articles, judgements };
}

const lines = [`| set | engine | precision@${K} | nDCG@${K} | articles judged |`, "|---|---|---|---|---|"];
for (const [name, load] of [
  ["synthetic clusters", async () => syntheticSet()],
  // Ten times the archive: the candidate limits (postings per term, tag windows) now cut in.
  ["synthetic clusters ×10", async () => syntheticSet(2000)],
  ["sample content", sampleSet],
] as const) {
  const { articles, judgements } = await load();
  lines.push(row(name, "Dateline", evaluate(K, dateline(articles), judgements)));
  lines.push(row(name, "Hugo-style tags only", evaluate(K, hugoStyleRelated(articles, K), judgements)));
  lines.push(row(name, "best possible", evaluate(K, oracle(judgements), judgements)));
}
console.log(lines.join("\n"));
