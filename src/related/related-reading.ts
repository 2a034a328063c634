// Related reading for every article: editor's picks, then candidates from shared tags and shared
// words (inverted indexes, never all pairs), scored, de-duplicated and diversified. The ranking
// itself is rank-articles.ts, run on both cores for a large archive (rank-parallel.ts); this
// module builds the models it reads and turns its numbers into the items the templates show.
import type { ArticleType, RelatedItem } from "../model.ts";
import { RELATED_DEFAULTS, RELATED_LIMITS, type RelatedLimits, type RelatedOptions } from "./options.ts";
import { EXPLAINER, MIN_TEXT_SIGNAL, NONE, packAttributes, REASON_TERMS, reasonTerms, SAME_SECTION, SHARED_AUTHOR, shareAuthor, type RankModel, type RankOutput, type RankText } from "./rank-articles.ts";
import { flatten, lowerBound } from "./csr.ts";
import { rankAll } from "./rank-parallel.ts";
import { RelatedWorker } from "./worker-thread.ts";
import { buildTagModel, NO_NAMES, tagScore, unrelatedFactors, type TagModel } from "./tag-model.ts";
import { buildTextModel, textCosine, type TextModel, type TextShare } from "./text-model.ts";
import { HAS_UNSPACED } from "./tokenize.ts";

export interface RelatedInput {
  slug: string;
  date: Date;
  title: string;
  dek?: string;
  body: string;
  tags: readonly string[];
  section?: string;
  authors: readonly string[];
  type: ArticleType;
  related: readonly string[];
}

const DAY_MS = 86_400_000;

export function relatedReading(articles: readonly RelatedInput[], options: RelatedOptions = RELATED_DEFAULTS, limits: Readonly<RelatedLimits> = RELATED_LIMITS, execution: RelatedExecution = {}): Map<string, RelatedItem[]> {
  const docs = inTimeOrder(articles);
  const n = docs.length;
  const indexOf = new Map(docs.map((d, i) => [d.slug, i]));
  const picks = docs.map((doc, a) => editorsPicks(doc, indexOf, a));
  const threads = execution.threads ?? defaultThreads(docs);
  const worker = threads === 2 ? RelatedWorker.start() : undefined;
  try {
    const fromArticles = () => {
      const tags = buildTagModel(docs);
      return { tags, articles: articleModel(docs, tags, picks, options, limits) };
    };
    // What does not need the text is built while the worker finishes tokenizing its share.
    let early: ReturnType<typeof fromArticles> | undefined;
    const share: TextShare | undefined = worker && {
      from: execution.workerOnly ? 0 : halfOfText(docs, limits.bodyCharacters),
      start: (rest) => {
        const wait = worker.tokenize(rest, limits.bodyCharacters);
        return (ownMs) => {
          early = fromArticles();
          return wait(ownMs) ?? (execution.workerOnly ? failWorker() : undefined);
        };
      },
      vectors: (job) => {
        const wait = worker.vectors(job);
        return (ownMs) => wait(ownMs) || (execution.workerOnly ? failWorker() : false);
      },
    };
    const text = buildTextModel(docs, limits, share);
    const { tags, articles } = early ?? fromArticles();
    const model = rankModel(text, articles);
    const lists: RelatedItem[][] = new Array(n);
    const items = itemMaker(docs, picks, text, tags, model, options);
    rankAll(model, (ranked, from, to) => {
      for (let a = from; a < to; a++) lists[a] = items(a, ranked);
    }, worker, execution.workerOnly);
    const result = new Map<string, RelatedItem[]>();
    for (let a = 0; a < n; a++) result.set(docs[a]!.slug, lists[a]!);
    return result;
  } finally {
    worker?.stop();
  }
}

/** Oldest first, ties by slug: indexes then follow time, and every list is deterministic. */
export function inTimeOrder(articles: readonly RelatedInput[]): RelatedInput[] {
  // Each date read once, not twice per comparison: a third of the time for 100,000 articles.
  const time = Float64Array.from(articles, (d) => d.date.getTime());
  const order = Array.from({ length: articles.length }, (_, i) => i);
  order.sort((x, y) => time[x]! - time[y]! || (articles[x]!.slug < articles[y]!.slug ? -1 : 1));
  return order.map((i) => articles[i]!);
}

function failWorker(): never {
  throw new Error("the related-reading worker gave no result");
}

/** Below this much work, in articles of spaced text, a worker's start-up (about 0.1 s) costs more than it saves. */
export const PARALLEL_FROM = 3000;
/**
 * An article in a script written without spaces counts as this many: finding its words with
 * Intl.Segmenter made 2,000 Chinese articles take 7 times as long as 2,000 English ones (on one
 * thread; 300 of them took 1.26 s on one thread and 0.75 s on two).
 */
export const SEGMENTED_COST = 10;

/** Two threads from PARALLEL_FROM articles, or from fewer when their text is slow to split into words. */
export function defaultThreads(docs: readonly Pick<RelatedInput, "title">[]): 1 | 2 {
  if (docs.length >= PARALLEL_FROM) return 2;
  let work = 0;
  for (const doc of docs) {
    // A headline with letters of such a script is taken for a story written in it.
    work += HAS_UNSPACED.test(doc.title) ? SEGMENTED_COST : 1;
    if (work >= PARALLEL_FROM) return 2;
  }
  return 1;
}

/** How to run: on one thread or two (by default as defaultThreads says); `workerOnly` leaves all tokenizing and ranking to the worker (for tests). */
export interface RelatedExecution {
  threads?: 1 | 2;
  workerOnly?: boolean;
}

/** The index that splits the archive's text in two halves, for two threads to tokenize. */
function halfOfText(docs: readonly RelatedInput[], bodyCharacters: number): number {
  const size = (d: RelatedInput) => d.title.length + (d.dek?.length ?? 0) + Math.min(d.body.length, bodyCharacters);
  const total = docs.reduce((sum, d) => sum + size(d), 0);
  let seen = 0;
  for (let i = 0; i < docs.length; i++) {
    seen += size(docs[i]!);
    if (seen * 2 >= total) return i + 1;
  }
  return docs.length;
}

/** Turns an article's ranked list into the items the templates show: picks first, then the ranking, then any section fallbacks. */
function itemMaker(docs: readonly RelatedInput[], picks: number[][], text: TextModel, tags: TagModel, model: RankModel, options: RelatedOptions): (a: number, ranked: RankOutput) => RelatedItem[] {
  const limit = options.limit;
  const bySection = groupBySection(docs);
  // Read from the articles in order once: an item names an article anywhere in the archive, and
  // its slug and the names of shared authors are all it needs of it.
  const slugs = docs.map((d) => d.slug);
  const authorNames: string[] = [];
  docs.forEach((d, i) => d.authors.forEach((name, k) => (authorNames[model.authorIds[model.authorStart[i]! + k]!] = name)));
  const names: ItemNames = { slugs, authorNames, text, tags, model };
  return (a, ranked) => {
    const count = ranked.count[a]!;
    const fallbacks = count < options.fallback ? sectionFallbacks(a, docs, ranked.doc.subarray(a * limit, a * limit + count), picks[a]!, bySection, model.time, options.fallback - count) : NO_FALLBACKS;
    // Made at its length, as reasonSpellings does.
    const items = new Array<RelatedItem>(picks[a]!.length + count + fallbacks.length);
    let k = 0;
    for (const c of picks[a]!) items[k++] = toItem(a, { ...pickScored(a, c, model, text, tags, options), pick: true }, names);
    for (let slot = a * limit; slot < a * limit + count; slot++) items[k++] = rankedItem(a, slot, ranked, names);
    for (const c of fallbacks) items[k++] = toItem(a, { doc: c, score: 0, sameSection: true, sharedAuthor: false, explainer: false, terms: [], fallback: true }, names);
    return items;
  };
}

const NO_FALLBACKS: readonly number[] = Object.freeze([]);

/** What an item says about why it is listed, before it is turned into names. */
interface Scored {
  doc: number;
  score: number;
  sameSection: boolean;
  sharedAuthor: boolean;
  explainer: boolean;
  pick?: boolean;
  fallback?: boolean;
  /** Term ids of the shared words to name in the reason. */
  terms: number[];
}

function termIds(terms: Int32Array, at: number): number[] {
  const ids: number[] = [];
  for (let k = at; k < at + REASON_TERMS && terms[k] !== NONE; k++) ids.push(terms[k]!);
  return ids;
}

/** What an item's names are read from: slugs and author names by id, the spellings of terms, tag names. */
interface ItemNames {
  slugs: readonly string[];
  authorNames: readonly string[];
  text: TextModel;
  tags: TagModel;
  model: RankModel;
}

/** A ranked item, straight from the ranking's output (most items are these: no Scored in between). */
function rankedItem(a: number, slot: number, out: RankOutput, names: ItemNames): RelatedItem {
  const { slugs, text, tags } = names;
  const c = out.doc[slot]!;
  const flags = out.flags[slot]!;
  return {
    slug: slugs[c]!,
    score: out.score[slot]!,
    pick: false,
    direction: c < a ? "background" : "later",
    sharedTags: tags.sharedByRarity(a, c, out.sharedTags[slot]!),
    sharedTerms: reasonSpellings(out.terms, slot * REASON_TERMS, text),
    sameSection: (flags & SAME_SECTION) !== 0,
    sharedAuthors: (flags & SHARED_AUTHOR) !== 0 ? sharedAuthorNames(names, a, c) : NO_NAMES,
    explainer: (flags & EXPLAINER) !== 0,
    fallback: false,
  };
}

/**
 * How the item's reason terms (REASON_TERMS slots from `at`, NONE after the last) are written.
 * The array is made at its length: one grown by push keeps room for 17 names, and two million
 * items kept that room (a fifth of their memory).
 */
function reasonSpellings(terms: Int32Array, at: number, { spelling }: TextModel): string[] {
  let count = 0;
  while (count < REASON_TERMS && terms[at + count] !== NONE) count++;
  if (count === 0) return NO_NAMES;
  const names = new Array<string>(count);
  for (let k = 0; k < count; k++) names[k] = spelling.of(terms[at + k]!);
  return names;
}

/** The authors of c that a has too, in c's order. */
function sharedAuthorNames({ model, authorNames }: ItemNames, a: number, c: number): string[] {
  const { authorStart, authorIds } = model;
  const names: string[] = [];
  for (let j = authorStart[c]!; j < authorStart[c + 1]!; j++) {
    for (let i = authorStart[a]!; i < authorStart[a + 1]!; i++) {
      if (authorIds[i] === authorIds[j]) {
        names.push(authorNames[authorIds[j]!]!);
        break;
      }
    }
  }
  return names;
}

/** Everything the ranking reads but the text model's vectors and postings. */
export type ArticleModel = Omit<RankModel, keyof RankText>;

/** The ranking's model: everything it reads, as typed arrays, the same on the main thread and in a worker. */
export function rankModel(text: TextModel, articles: ArticleModel): RankModel {
  const { terms, docStart, docTerm, docWeight, postingStart, postingDoc, postingWeight } = text;
  return { ...articles, terms, docStart, docTerm, docWeight, postingStart, postingDoc, postingWeight };
}

/** What the ranking reads of the articles themselves: dates, sections, authors, tags, picks. */
export function articleModel(docs: readonly RelatedInput[], tags: TagModel, picks: number[][], options: RelatedOptions, limits: Readonly<RelatedLimits>): ArticleModel {
  const ids = new Map<string, number>();
  const id = (key: string) => {
    let value = ids.get(key);
    if (value === undefined) ids.set(key, (value = ids.size + 1));
    return value;
  };
  const authors = flatten(docs.map((d) => d.authors.map((x) => id(`a:${x}`))));
  const time = Float64Array.from(docs, (d) => d.date.getTime());
  const pickLists = flatten(picks);
  const model: Omit<ArticleModel, "attributes"> = {
    n: docs.length,
    tagStart: tags.tagStart,
    tagIds: tags.tagIds,
    tagFactor: unrelatedFactors(tags),
    tagPostingStart: tags.postingStart,
    tagPostingDoc: tags.postingDoc,
    section: Int32Array.from(docs, (d) => (d.section === undefined ? 0 : id(`s:${d.section}`))),
    explainer: Uint8Array.from(docs, (d) => (d.type === "explainer" ? 1 : 0)),
    authorStart: authors.start,
    authorIds: authors.values,
    authorBits: Int32Array.from(docs, (_, d) => {
      let bits = 0;
      for (let i = authors.start[d]!; i < authors.start[d + 1]!; i++) bits |= 1 << (authors.values[i]! & 31);
      return bits;
    }),
    time,
    tieRank: tieRanks(time),
    pickStart: pickLists.start,
    pickDoc: pickLists.values,
    options,
    tagWindow: limits.tagWindow,
    termWindow: limits.termWindow,
    termsPerArticle: limits.termsPerArticle,
  };
  return { ...model, attributes: packAttributes(model) };
}

/**
 * The order among equal scores: newer first, then by slug. Articles are indexed by date, then
 * slug, so that order is the runs of equal dates taken from the newest, each run in index order.
 */
export function tieRanks(time: Float64Array): Int32Array {
  const rank = new Int32Array(time.length);
  let next = 0;
  for (let end = time.length; end > 0; ) {
    let start = end - 1;
    while (start > 0 && time[start - 1] === time[end - 1]) start--;
    for (let d = start; d < end; d++) rank[d] = next++;
    end = start;
  }
  return rank;
}

/** An editor's pick is listed whatever it scores; the score still says why it fits. */
function pickScored(a: number, c: number, m: RankModel, text: TextModel, tags: TagModel, options: RelatedOptions): Scored {
  const w = options.weights;
  const tagSimilarity = tagScore(tags, a, c);
  const textSimilarity = textCosine(text, a, c);
  const sameSection = m.section[a] !== 0 && m.section[a] === m.section[c];
  const sharedAuthor = shareAuthor(m, a, c);
  const explainer = m.explainer[c] === 1 && m.time[c]! <= m.time[a]!;
  const daysApart = Math.abs(m.time[a]! - m.time[c]!) / DAY_MS;
  const score =
    w.tags * tagSimilarity +
    w.text * textSimilarity +
    (sameSection ? w.section : 0) +
    (sharedAuthor ? w.author : 0) +
    w.recency * Math.pow(2, -daysApart / options.halfLifeDays) +
    (explainer ? w.explainer : 0);
  const terms = new Int32Array(REASON_TERMS).fill(NONE);
  if (textSimilarity >= MIN_TEXT_SIGNAL) reasonTerms(m, a, c, terms, 0);
  return { doc: c, score, sameSection, sharedAuthor, explainer, terms: termIds(terms, 0) };
}

/**
 * Up to `wanted` articles from the article's section to top its list up with, nearest in time
 * first (equally near: the newer). Section members are in time order, so the nearest are found
 * by walking out from the article.
 */
function sectionFallbacks(a: number, docs: readonly RelatedInput[], listed: Int32Array, picks: readonly number[], bySection: Map<string, Int32Array>, time: Float64Array, wanted: number): number[] {
  const section = docs[a]!.section;
  const members = section === undefined ? undefined : bySection.get(section);
  const found: number[] = [];
  if (!members) return found;
  const taken = (c: number) => c === a || picks.includes(c) || listed.includes(c);
  const at = lowerBound(members, a);
  let older = at - 1;
  let newer = members[at] === a ? at + 1 : at;
  while (found.length < wanted) {
    while (older >= 0 && taken(members[older]!)) older--;
    while (newer < members.length && taken(members[newer]!)) newer++;
    if (older < 0 && newer >= members.length) break;
    const useNewer = older < 0 || (newer < members.length && time[members[newer]!]! - time[a]! <= time[a]! - time[members[older]!]!);
    found.push(useNewer ? members[newer++]! : members[older--]!);
  }
  return found;
}

/** Each section's articles, in time order. */
function groupBySection(docs: readonly RelatedInput[]): Map<string, Int32Array> {
  const groups = new Map<string, number[]>();
  docs.forEach((d, i) => {
    if (d.section === undefined) return;
    let list = groups.get(d.section);
    if (!list) groups.set(d.section, (list = []));
    list.push(i);
  });
  return new Map([...groups].map(([section, list]) => [section, Int32Array.from(list)]));
}

export function editorsPicks(doc: RelatedInput, indexOf: Map<string, number>, self: number): number[] {
  const picks: number[] = [];
  for (const slug of doc.related) {
    const c = indexOf.get(slug);
    // A pick that is a draft or scheduled is not on the site yet, so it is not listed.
    if (c !== undefined && c !== self && !picks.includes(c)) picks.push(c);
  }
  return picks;
}

function toItem(a: number, s: Scored, names: ItemNames): RelatedItem {
  const { slugs, text, tags } = names;
  return {
    slug: slugs[s.doc]!,
    score: s.pick ? Infinity : s.score,
    pick: s.pick ?? false,
    direction: s.doc < a ? "background" : "later",
    sharedTags: tags.sharedByRarity(a, s.doc),
    sharedTerms: s.terms.map((t) => text.spelling.of(t)),
    sameSection: s.sameSection,
    sharedAuthors: s.sharedAuthor ? sharedAuthorNames(names, a, s.doc) : NO_NAMES,
    explainer: s.explainer,
    fallback: s.fallback ?? false,
  };
}
