// A labelled synthetic corpus for judging related reading: planted story clusters (articles about
// one event share its vocabulary), inconsistent tagging (an event's tags appear on only some of
// its articles, broad tags on many unrelated ones), and confusers (events on the same topic share
// the topic's words and tag but are different stories).
import type { RelatedInput } from "../src/related/related-reading.ts";

export interface ClusteredCorpus {
  articles: RelatedInput[];
  /** Article slug → its cluster id; two articles are relevant to each other when these match. */
  clusterOf: Map<string, number>;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ["ka", "lo", "mi", "ren", "sta", "vor", "tel", "ba", "qui", "dro", "nes", "pal", "zu", "fen", "gri", "mon", "sal", "tor", "vek", "ul"];

export function generateClusteredCorpus(seed = 7, clusters = 200): ClusteredCorpus {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const used = new Set<string>();
  const word = (): string => {
    for (;;) {
      const w = Array.from({ length: int(2, 4) }, () => pick(SYLLABLES)).join("");
      if (!used.has(w)) {
        used.add(w);
        return w;
      }
    }
  };
  const words = (n: number) => Array.from({ length: n }, word);
  const zipf = (list: readonly string[]) => {
    const weights = list.map((_, i) => 1 / (i + 1));
    const total = weights.reduce((a, b) => a + b, 0);
    return () => {
      let r = random() * total;
      for (let i = 0; i < list.length; i++) if ((r -= weights[i]!) <= 0) return list[i]!;
      return list[list.length - 1]!;
    };
  };

  const general = zipf(words(4000));
  const sections = Array.from({ length: 6 }, (_, i) => ({ id: `section-${i}`, words: words(60) }));
  const broadTag = zipf(Array.from({ length: 40 }, (_, i) => `broad-${i}`));
  const topics = Array.from({ length: 30 }, (_, i) => ({ tag: `topic-${i}`, words: words(20), section: pick(sections) }));
  const start = Date.UTC(2022, 0, 1);

  const articles: RelatedInput[] = [];
  const clusterOf = new Map<string, number>();
  for (let c = 0; c < clusters; c++) {
    const topic = pick(topics);
    const eventWords = words(15);
    const eventTags = [`event-${c}-a`, `event-${c}-b`, `event-${c}-c`];
    const center = start + random() * 3 * 365 * 86_400_000;
    const size = int(2, 8);
    for (let i = 0; i < size; i++) {
      const draw = () => {
        const r = random();
        if (r < 0.6) return general();
        if (r < 0.75) return pick(topic.section.words);
        if (r < 0.85) return pick(topic.words);
        return pick(eventWords);
      };
      const tags: string[] = [];
      if (random() >= 0.1) {
        if (random() < 0.7) tags.push(topic.tag);
        for (const t of eventTags) if (random() < 0.4) tags.push(t);
        for (let n = int(0, 2); n > 0; n--) tags.push(broadTag());
      }
      const slug = `c${c}-a${i}`;
      clusterOf.set(slug, c);
      articles.push({
        slug,
        date: new Date(center + (random() - 0.5) * 28 * 86_400_000),
        title: [pick(eventWords), pick(eventWords), pick(topic.words), general(), general(), pick(eventWords)].join(" "),
        dek: Array.from({ length: 18 }, draw).join(" "),
        body: Array.from({ length: int(30, 60) }, () => `${Array.from({ length: 10 }, draw).join(" ")}.`).join(" "),
        tags: [...new Set(tags)],
        section: topic.section.id,
        authors: [`author-${int(0, 24)}`],
        type: random() < 0.1 ? "explainer" : "news",
        related: [],
      });
    }
  }
  return { articles, clusterOf };
}
