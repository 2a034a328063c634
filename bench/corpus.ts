// A deterministic synthetic news archive for benchmarks: the same seed always gives the same
// articles, byte for byte. Text is made of pseudo-words, shaped for TF-IDF like real news copy:
//
// - general words follow a Zipf law over ~20,000 words, the most common being real English function
//   words (which the related-reading tokenizer drops as stop words), then common news words;
// - 2,000 topics (Zipf-popular), each with 15 words of its own (the first few are proper names);
//   an article takes 1–2 topics and draws ~15% of its body words from them (more in title and dek);
// - 300 tags, Zipf-popular; each topic prefers three of them, so tags and text agree;
// - 8 sections and 40 authors, both following the topic's home section;
// - dates over ten years (mid-2015 to mid-2025, America/New_York, ISO 8601 with offset), each
//   topic active around its own point in time, so stories on one topic cluster in time.
//
// No Math.random: everything comes from one seeded sfc32 generator, in a fixed order. Text is
// assembled as bytes (all ASCII) in a reused buffer: 100,000 articles take seconds, not minutes.
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import type { ArticleType } from "../src/model.ts";
import type { RelatedInput } from "../src/related/related-reading.ts";
import { STOP_WORDS } from "../src/related/stop-words.ts";

export interface CorpusArticle extends RelatedInput {
  dek: string;
  section: string;
  /** `date` as written in the frontmatter: local time in America/New_York with its UTC offset. */
  dateIso: string;
  tags: string[];
  authors: string[];
  related: string[];
}

export interface CorpusOptions {
  count: number;
  seed?: number;
}

export const CORPUS_SHAPE = {
  vocabulary: 20_000,
  topics: 2_000,
  wordsPerTopic: 15,
  tags: 300,
  tagsPerArticle: [1, 5],
  titleWords: [6, 12],
  dekWords: [15, 30],
  bodyWords: [400, 900],
  /** Share of body words drawn from the article's topics (title and dek take more). */
  topicShare: { title: 0.4, dek: 0.25, body: 0.15 },
  /** Chance that an article has a second topic. */
  secondTopic: 0.35,
  /** Chance that a tag comes from the article's topics rather than from the whole pool. */
  topicTag: 0.75,
  firstDay: "2015-07-01",
  days: 3653,
} as const;

export const TIME_ZONE = "America/New_York";

export const SECTIONS = [
  { id: "world", name: "World", weight: 0.2 },
  { id: "politics", name: "Politics", weight: 0.18 },
  { id: "business", name: "Business", weight: 0.15 },
  { id: "technology", name: "Technology", weight: 0.1 },
  { id: "science", name: "Science", weight: 0.08 },
  { id: "health", name: "Health", weight: 0.09 },
  { id: "sport", name: "Sport", weight: 0.12 },
  { id: "culture", name: "Culture", weight: 0.08 },
] as const;

const TYPES: readonly { type: ArticleType; weight: number }[] = [
  { type: "news", weight: 0.7 },
  { type: "analysis", weight: 0.1 },
  { type: "explainer", weight: 0.08 },
  { type: "opinion", weight: 0.08 },
  { type: "live", weight: 0.04 },
];

const FIRST_NAMES = ["Amara", "Ben", "Carmen", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonah", "Kofi", "Leila", "Mateo", "Nadia", "Oskar", "Priya", "Quinn", "Rosa", "Samir", "Tova"];
const LAST_NAMES = ["Abbott", "Baptiste", "Castillo", "Dubois", "Eriksen", "Fujita", "Galloway", "Haddad", "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Mensah", "Nakamura", "Olsen", "Petrov", "Quiroga", "Rahman", "Silva", "Tanaka", "Ueda", "Varga", "Whitfield", "Xu", "Yilmaz", "Zeller"];

export interface CorpusAuthor {
  id: string;
  name: string;
  /** The section this author mostly writes for. */
  section: string;
}

/** 40 authors, five per section; the same for every seed. */
export const AUTHORS: readonly CorpusAuthor[] = Array.from({ length: 40 }, (_, i) => {
  const name = `${FIRST_NAMES[i % FIRST_NAMES.length]!} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]!}`;
  return { id: name.toLowerCase().replace(/\s+/g, "-"), name, section: SECTIONS[i % SECTIONS.length]!.id };
});

/** The most common words of news English, most common first: nearly all are stop words. */
const FUNCTION_WORDS = `the of and to a in that is was he for it with as his on be at by had are but from or have an they
  which were their said has would been will not this after also who more its than over when about into could two new
  she her were there other some what up out if one all we can them so only last first just year since while officials
  government country percent million state public report plan group president minister city police company market
  court law week months including former federal national told local support during against under second three`
  .split(/\s+/)
  .filter(Boolean);

// ---------------------------------------------------------------------------------------------
// Random numbers

/** sfc32 (Chris Doty-Humphrey's small fast counter), seeded through splitmix32. */
export class Sfc32 {
  /** a, b, c, d in a typed array: plain number fields would be boxed on every store. */
  private readonly s = new Int32Array(4);

  constructor(seed: number) {
    let x = seed >>> 0;
    for (let i = 0; i < 4; i++) {
      x = (x + 0x9e3779b9) | 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      this.s[i] = z ^ (z >>> 16);
    }
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const s = this.s;
    const a = s[0]!;
    const b = s[1]!;
    const c = s[2]!;
    const d = s[3]!;
    const t = (((a + b) | 0) + d) | 0;
    s[3] = (d + 1) | 0;
    s[0] = b ^ (b >>> 9);
    s[1] = (c + (c << 3)) | 0;
    s[2] = (((c << 21) | (c >>> 11)) + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer from lo to hi, both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** Standard normal (Box–Muller). */
  gaussian(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
}

/** Walker's alias method: O(1) draws from a fixed discrete distribution, one random number each. */
class Alias {
  private readonly prob: Float64Array;
  private readonly alias: Int32Array;
  readonly size: number;

  constructor(weights: ArrayLike<number>) {
    const n = weights.length;
    this.size = n;
    this.prob = new Float64Array(n);
    this.alias = new Int32Array(n);
    let total = 0;
    for (let i = 0; i < n; i++) total += weights[i]!;
    const scaled = Float64Array.from({ length: n }, (_, i) => (weights[i]! * n) / total);
    const small: number[] = [];
    const large: number[] = [];
    scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
    while (small.length > 0 && large.length > 0) {
      const s = small.pop()!;
      const l = large[large.length - 1]!;
      this.prob[s] = scaled[s]!;
      this.alias[s] = l;
      scaled[l] = scaled[l]! + scaled[s]! - 1;
      if (scaled[l]! < 1) small.push(large.pop()!);
    }
    for (const i of [...small, ...large]) {
      this.prob[i] = 1;
      this.alias[i] = i;
    }
  }

  draw(rng: Sfc32): number {
    const x = rng.next() * this.size;
    const i = x | 0;
    return x - i < this.prob[i]! ? i : this.alias[i]!;
  }
}

const zipf = (n: number, exponent: number) => Float64Array.from({ length: n }, (_, i) => 1 / Math.pow(i + 1, exponent));

// ---------------------------------------------------------------------------------------------
// Words

// Plain consonants are listed more than once so that clusters stay the exception.
const ONSETS = "- - - b b c d d f g h k l l m m n n p r r s s t t v w z br cr dr fr gr pr tr bl cl fl pl sl st sp ch sh th qu".split(" ").map((x) => x.replace("-", ""));
const VOWELS = "a a e e i i o o u a e o ai ea ou io au".split(" ");
const CODAS = "- - - - - - n n r r l l m t k nd rt ng x lt".split(" ").map((x) => x.replace("-", ""));
/** Codas inside a word may be "s"; no word ends in "s", so the stemmer never merges two words. */
const INNER_CODAS = [...CODAS, "s", "st"];
const SYLLABLES = new Alias([0.22, 0.46, 0.26, 0.06]);

/** Makes `count` distinct pseudo-words that are neither stop words nor in `taken`. */
function pseudoWords(rng: Sfc32, count: number, taken: Set<string>, minSyllables: number): string[] {
  const words: string[] = [];
  while (words.length < count) {
    const n = Math.max(minSyllables, 1 + SYLLABLES.draw(rng));
    let word = "";
    for (let s = 0; s < n; s++) {
      word += ONSETS[rng.int(0, ONSETS.length - 1)]! + VOWELS[rng.int(0, VOWELS.length - 1)]!;
      word += s === n - 1 ? CODAS[rng.int(0, CODAS.length - 1)]! : INNER_CODAS[rng.int(0, INNER_CODAS.length - 1)]!;
    }
    if (word.length < 3 || word.length > 14 || taken.has(word) || STOP_WORDS.has(word)) continue;
    taken.add(word);
    words.push(word);
  }
  return words;
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Words as bytes in one pool: text is assembled as bytes, far faster than joining strings. */
class WordTable {
  readonly bytes: Uint8Array;
  readonly start: Int32Array;

  constructor(readonly words: readonly string[]) {
    this.start = new Int32Array(words.length + 1);
    words.forEach((w, i) => (this.start[i + 1] = this.start[i]! + w.length));
    this.bytes = Buffer.from(words.join(""), "latin1");
  }
}

// ---------------------------------------------------------------------------------------------
// The world the articles are written about: fixed for a seed, shared by every article.

interface World {
  /** General words, most common first. */
  general: WordTable;
  wordDist: Alias;
  /** Topic t's words are topic.words[t * wordsPerTopic + i]; its first few are proper names. */
  topic: WordTable;
  topicWordDist: Alias;
  topicDist: Alias;
  /** Per topic: preferred tags (ids), home section, centre day and spread in days. */
  topicTags: Int32Array;
  topicSection: Int32Array;
  topicCentre: Float64Array;
  topicSpread: Float64Array;
  tags: string[];
  tagDist: Alias;
  sectionDist: Alias;
  typeDist: Alias;
  authorsBySection: number[][];
}

const TAGS_PER_TOPIC = 3;
const PREFERRED_TAG = new Alias([0.5, 0.3, 0.2]);
const PROPER_NAMES_PER_TOPIC = 4;

function buildWorld(rng: Sfc32): World {
  const shape = CORPUS_SHAPE;
  const functionWords = [...new Set(FUNCTION_WORDS)];
  const taken = new Set<string>(functionWords);
  // Common words are short (Zipf's law of abbreviation): rank pseudo-words by length, loosely.
  const generated = pseudoWords(rng, shape.vocabulary - functionWords.length, taken, 1)
    .map((word) => ({ word, key: word.length + rng.next() * 4 }))
    .sort((x, y) => x.key - y.key)
    .map((x) => x.word);
  const topicWords = pseudoWords(rng, shape.topics * shape.wordsPerTopic, taken, 2).map((word, i) =>
    // Proper names are always written with a capital.
    i % shape.wordsPerTopic < PROPER_NAMES_PER_TOPIC ? capitalize(word) : word,
  );
  const tagWords = pseudoWords(rng, shape.tags * 2, taken, 2);
  const tags = Array.from({ length: shape.tags }, (_, i) => (rng.next() < 0.3 ? `${tagWords[2 * i]!}-${tagWords[2 * i + 1]!}` : tagWords[2 * i]!));

  const tagDist = new Alias(zipf(shape.tags, 1));
  const sectionDist = new Alias(SECTIONS.map((s) => s.weight));
  const topicTags = new Int32Array(shape.topics * TAGS_PER_TOPIC);
  const topicSection = new Int32Array(shape.topics);
  const topicCentre = new Float64Array(shape.topics);
  const topicSpread = new Float64Array(shape.topics);
  for (let t = 0; t < shape.topics; t++) {
    const chosen = new Set<number>();
    while (chosen.size < TAGS_PER_TOPIC) chosen.add(rng.next() < 0.5 ? tagDist.draw(rng) : rng.int(0, shape.tags - 1));
    [...chosen].forEach((tag, i) => (topicTags[t * TAGS_PER_TOPIC + i] = tag));
    topicSection[t] = sectionDist.draw(rng);
    topicCentre[t] = rng.next() * shape.days;
    // From a three-week story to one that runs for years (log-uniform).
    topicSpread[t] = Math.exp(Math.log(20) + rng.next() * (Math.log(1200) - Math.log(20)));
  }

  return {
    general: new WordTable([...functionWords, ...generated]),
    wordDist: new Alias(zipf(shape.vocabulary, 1)),
    topic: new WordTable(topicWords),
    topicWordDist: new Alias(zipf(shape.wordsPerTopic, 0.8)),
    topicDist: new Alias(zipf(shape.topics, 0.9)),
    topicTags,
    topicSection,
    topicCentre,
    topicSpread,
    tags,
    tagDist,
    sectionDist,
    typeDist: new Alias(TYPES.map((t) => t.weight)),
    authorsBySection: SECTIONS.map((s) => AUTHORS.flatMap((a, i) => (a.section === s.id ? [i] : []))),
  };
}

// ---------------------------------------------------------------------------------------------
// Articles

const SPACE = 32;
const QUOTE = 34;
const COMMA = 44;
const PERIOD = 46;
const NEWLINE = 10;

/** Writes one article's text as bytes into a reusable buffer; `take()` turns it into a string. */
class Writer {
  private readonly buf = Buffer.alloc(1 << 17);
  private at = 0;
  private topics: number[] = [];

  constructor(
    private readonly rng: Sfc32,
    private readonly world: World,
  ) {}

  begin(topics: number[]): void {
    this.topics = topics;
    this.at = 0;
  }

  take(): string {
    const text = this.buf.toString("latin1", 0, this.at);
    this.at = 0;
    return text;
  }

  private byte(b: number): void {
    this.buf[this.at++] = b;
  }

  text(s: string): void {
    for (let i = 0; i < s.length; i++) this.buf[this.at++] = s.charCodeAt(i);
  }

  /** A general word, or (with chance `share`) a word of the article's topics. */
  word(share: number, capital: boolean): void {
    const { rng, world, buf } = this;
    let table: WordTable;
    let id: number;
    if (rng.next() < share) {
      // The first topic is the main one.
      const topic = this.topics.length > 1 && rng.next() < 0.3 ? this.topics[1]! : this.topics[0]!;
      table = world.topic;
      id = topic * CORPUS_SHAPE.wordsPerTopic + world.topicWordDist.draw(rng);
    } else {
      table = world.general;
      id = world.wordDist.draw(rng);
    }
    const from = this.at;
    const bytes = table.bytes;
    let at = from;
    for (let p = table.start[id]!, end = table.start[id + 1]!; p < end; p++) buf[at++] = bytes[p]!;
    this.at = at;
    if (capital && buf[from]! >= 97) buf[from] = buf[from]! - 32;
  }

  /** A sentence of `n` words, capitalized, with the odd comma, number or quotation. */
  sentence(n: number, share: number, end = PERIOD): void {
    const rng = this.rng;
    const quoted = rng.next() < 0.05;
    if (quoted) this.byte(QUOTE);
    for (let i = 0; i < n; i++) {
      if (i > 0) this.byte(SPACE);
      const r = i > 0 && i < n - 1 ? rng.next() : 1;
      if (r < 0.015) this.text(String(rng.int(2, 2025)));
      else {
        this.word(share, i === 0);
        if (r < 0.075) this.byte(COMMA);
      }
    }
    if (end !== 0) this.byte(end);
    if (quoted) this.byte(QUOTE);
  }

  /**
   * Paragraphs of 2–5 sentences, a subheading now and then: about `total` words of Markdown. A live
   * article (`liveFrom`: its start in minutes after local midnight) has a timestamped update
   * heading (`## 14:05 Headline`) every one or two paragraphs after the first.
   */
  body(total: number, share: number, liveFrom?: number): void {
    const rng = this.rng;
    let written = 0;
    let paragraphs = 0;
    let sinceHeading = 0;
    let clock = liveFrom ?? 0;
    while (written < total) {
      if (paragraphs > 0) {
        this.byte(NEWLINE);
        this.byte(NEWLINE);
      }
      const live = liveFrom !== undefined && paragraphs > 0 && (sinceHeading >= 2 || rng.next() < 0.5);
      if (live || (liveFrom === undefined && sinceHeading >= 4 && written < total - 80 && rng.next() < 0.3)) {
        const n = rng.int(3, 6);
        this.text("## ");
        if (live) {
          clock += rng.int(5, 40);
          this.text(`${pad(Math.floor(clock / 60) % 24)}:${pad(clock % 60)} `);
        }
        this.sentence(n, share * 2, 0);
        this.byte(NEWLINE);
        this.byte(NEWLINE);
        written += n;
        sinceHeading = 0;
      }
      const count = rng.int(2, 5);
      for (let s = 0; s < count && written < total; s++) {
        const n = Math.min(rng.int(8, 26), Math.max(4, total - written));
        if (s > 0) this.byte(SPACE);
        this.sentence(n, share);
        written += n;
      }
      if (rng.next() < 0.04) {
        const path = `${this.world.tags[this.world.tagDist.draw(rng)]!}-${rng.int(100, 999)}`;
        this.text(` [Read more](https://example.org/${path}/).`);
        written += 2;
      }
      paragraphs++;
      sinceHeading++;
    }
  }
}

const DAY_MS = 86_400_000;

/** The n-th `weekday` (0 = Sunday) of a month, as UTC ms of that calendar day. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  return Date.UTC(year, month, 1 + ((weekday - first + 7) % 7) + (n - 1) * 7);
}

/** UTC offset in hours of America/New_York on a calendar day, for times from 03:00 on (US rules since 2007). */
function newYorkOffset(day: number): number {
  const year = new Date(day).getUTCFullYear();
  return day >= nthWeekday(year, 2, 0, 2) && day < nthWeekday(year, 10, 0, 1) ? -4 : -5;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Yields the articles one at a time: a benchmark that writes files need not hold them all. */
export function* corpusArticles({ count, seed = 1 }: CorpusOptions): Generator<CorpusArticle> {
  const rng = new Sfc32(seed);
  const world = buildWorld(rng);
  const writer = new Writer(rng, world);
  const shape = CORPUS_SHAPE;
  const firstDay = Date.parse(`${shape.firstDay}T00:00:00Z`);

  for (let index = 0; index < count; index++) {
    const topics = [world.topicDist.draw(rng)];
    if (rng.next() < shape.secondTopic) {
      const second = world.topicDist.draw(rng);
      if (second !== topics[0]) topics.push(second);
    }
    const main = topics[0]!;

    // When: around the main topic's moment, or (one in five) any day of the archive. Published 06:00–22:59.
    let dayOffset = world.topicCentre[main]! + rng.gaussian() * world.topicSpread[main]!;
    if (rng.next() < 0.2 || dayOffset < 0 || dayOffset >= shape.days) dayOffset = rng.next() * shape.days;
    const day = firstDay + Math.floor(dayOffset) * DAY_MS;
    const hour = rng.int(6, 22);
    const minute = rng.int(0, 59);
    const offset = newYorkOffset(day);
    const local = new Date(day);
    const dateIso = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(hour)}:${pad(minute)}:00-${pad(-offset)}:00`;
    const date = new Date(day + (hour - offset) * 3_600_000 + minute * 60_000);

    const section = rng.next() < 0.75 ? world.topicSection[main]! : world.sectionDist.draw(rng);
    const authorCount = rng.next() < 0.8 ? 1 : rng.next() < 0.8 ? 2 : 3;
    const authors: string[] = [];
    const beat = world.authorsBySection[section]!;
    for (let tries = 0; authors.length < authorCount && tries < 10; tries++) {
      const id = AUTHORS[rng.next() < 0.85 ? beat[rng.int(0, beat.length - 1)]! : rng.int(0, AUTHORS.length - 1)]!.id;
      if (!authors.includes(id)) authors.push(id);
    }

    const tagCount = rng.int(shape.tagsPerArticle[0], shape.tagsPerArticle[1]);
    const tags: string[] = [];
    for (let tries = 0; tags.length < tagCount && tries < 20; tries++) {
      let tag: number;
      if (rng.next() < shape.topicTag) {
        const topic = topics.length > 1 && rng.next() < 0.35 ? topics[1]! : main;
        tag = world.topicTags[topic * TAGS_PER_TOPIC + PREFERRED_TAG.draw(rng)]!;
      } else tag = world.tagDist.draw(rng);
      const name = world.tags[tag]!;
      if (!tags.includes(name)) tags.push(name);
    }

    writer.begin(topics);
    writer.sentence(rng.int(shape.titleWords[0], shape.titleWords[1]), shape.topicShare.title, 0);
    const title = writer.take().replace(/^"|"$/g, "");
    writer.sentence(rng.int(shape.dekWords[0], shape.dekWords[1]), shape.topicShare.dek);
    const dek = writer.take();
    const type = TYPES[world.typeDist.draw(rng)]!.type;
    writer.body(rng.int(shape.bodyWords[0], shape.bodyWords[1]), shape.topicShare.body, type === "live" ? hour * 60 + minute : undefined);
    const body = writer.take();
    const slugWords = title.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    const slug = [...slugWords.slice(0, 6), index.toString(36)].join("-");

    yield {
      slug,
      date,
      dateIso,
      title,
      dek,
      body,
      tags,
      section: SECTIONS[section]!.id,
      authors,
      type,
      related: [],
    };
  }
}

/** `count` articles, in generation order (not by date), the same for the same seed. */
export function generateCorpus(options: CorpusOptions): CorpusArticle[] {
  const articles: CorpusArticle[] = [];
  for (const article of corpusArticles(options)) articles.push(article);
  return articles;
}

// ---------------------------------------------------------------------------------------------
// Writing a content folder

export interface WriteOptions {
  /** Fields for content/site.yaml, merged over the defaults (title, baseUrl, timeZone, sections…). */
  siteYaml?: Record<string, unknown>;
  /** Allow writing into a content/articles folder that already holds files (they are not removed). */
  overwrite?: boolean;
}

export const DEFAULT_SITE_YAML = {
  title: "The Benchmark Gazette",
  description: "A synthetic news archive for Dateline's performance benchmarks.",
  baseUrl: "https://bench.example.org",
  language: "en-US",
  timeZone: TIME_ZONE,
  permalink: "/articles/:slug/",
  sections: SECTIONS.map(({ id, name }) => ({ id, name, description: `${name} coverage from the Benchmark Gazette.` })),
};

/** One article as a Markdown file with YAML frontmatter. JSON strings are valid YAML scalars. */
export function articleMarkdown(article: CorpusArticle): string {
  const list = (items: readonly string[]) => `[${items.join(", ")}]`;
  const lines = [
    "---",
    `title: ${JSON.stringify(article.title)}`,
    `dek: ${JSON.stringify(article.dek)}`,
    `date: ${article.dateIso}`,
    `authors: ${list(article.authors)}`,
    `section: ${article.section}`,
    `type: ${article.type}`,
    `tags: ${list(article.tags)}`,
  ];
  if (article.related.length > 0) lines.push(`related: ${list(article.related)}`);
  lines.push("---", "", article.body, "");
  return lines.join("\n");
}

/**
 * Writes `dir/content/`: site.yaml, authors.yaml and one `articles/<slug>.md` per article.
 * `articles` may be a generator (see `corpusArticles`), so a large archive is never all in memory.
 */
export async function writeCorpus(dir: string, articles: Iterable<CorpusArticle>, options: WriteOptions = {}): Promise<{ articles: number; contentDir: string }> {
  const contentDir = path.join(dir, "content");
  const articlesDir = path.join(contentDir, "articles");
  const existing = await readdir(articlesDir).catch(() => [] as string[]);
  if (existing.length > 0 && !options.overwrite) {
    throw new Error(`${articlesDir} already holds ${existing.length} files; pass { overwrite: true } or use an empty folder`);
  }
  await mkdir(articlesDir, { recursive: true });
  await writeFile(path.join(contentDir, "site.yaml"), stringify({ ...DEFAULT_SITE_YAML, ...options.siteYaml }));
  const authors = Object.fromEntries(AUTHORS.map((a) => [a.id, { name: a.name, role: `${SECTIONS.find((s) => s.id === a.section)!.name} correspondent` }]));
  await writeFile(path.join(contentDir, "authors.yaml"), stringify(authors));

  // A bounded number of writes in flight: fast, without queueing 100,000 promises.
  const inFlight = new Set<Promise<void>>();
  let written = 0;
  for (const article of articles) {
    const write: Promise<void> = writeFile(path.join(articlesDir, `${article.slug}.md`), articleMarkdown(article)).then(() => {
      inFlight.delete(write);
    });
    inFlight.add(write);
    written++;
    if (inFlight.size >= 64) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return { articles: written, contentDir };
}
