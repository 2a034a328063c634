// Related reading for every article: editor's picks, then candidates from shared tags and shared
// words (inverted indexes, never all pairs), scored, de-duplicated and diversified.
import type { ArticleType, RelatedItem } from "../model.ts";
import { RELATED_DEFAULTS, RELATED_LIMITS, type RelatedOptions } from "./options.ts";
import { buildTagModel, tagScore, type TagModel } from "./tag-model.ts";
import { buildTextModel, textCosine, type TextModel } from "./text-model.ts";
import { TopK } from "./top-k.ts";

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
/** Text similarity below this is noise, not a reason. */
const MIN_TEXT_SIGNAL = 0.05;
/** A shared word is named in the reason only when it adds this much to the text similarity. */
const TERM_REASON = 0.02;

export function relatedReading(articles: readonly RelatedInput[], options: RelatedOptions = RELATED_DEFAULTS, limits = RELATED_LIMITS): Map<string, RelatedItem[]> {
  // Oldest first, ties by slug: indexes then follow time, and every list is deterministic.
  const docs = [...articles].sort((a, b) => a.date.getTime() - b.date.getTime() || (a.slug < b.slug ? -1 : 1));
  const n = docs.length;
  const indexOf = new Map(docs.map((d, i) => [d.slug, i]));
  const text = buildTextModel(docs, limits);
  const tags = buildTagModel(docs);
  const bySection = groupBySection(docs);
  const time = Float64Array.from(docs, (d) => d.date.getTime());
  const textScore = new Float32Array(n);
  const features = docFeatures(docs);
  const seen = new Uint8Array(n);
  const result = new Map<string, RelatedItem[]>();

  for (let a = 0; a < n; a++) {
    const doc = docs[a]!;
    const candidates: number[] = [];
    const touch = (c: number) => {
      if (c !== a && seen[c] === 0) {
        seen[c] = 1;
        candidates.push(c);
      }
    };
    collectTextCandidates(text, a, textScore, touch);
    collectTagCandidates(tags, a, limits.tagWindow, touch);

    const picks = editorsPicks(doc, indexOf, a);
    const pickSet = new Set(picks);
    const pool = new TopK<Scored>(options.limit * 2, compareScored);
    for (const c of candidates) {
      const textSimilarity = textScore[c]!;
      textScore[c] = 0;
      seen[c] = 0;
      if (pickSet.has(c)) continue;
      const tagSimilarity = tagScore(tags, a, c);
      if (tagSimilarity === 0 && textSimilarity < MIN_TEXT_SIGNAL) continue;
      // Most candidates fall short of the list: rank by the score alone before building a record.
      const value = scoreValue(a, c, features, tagSimilarity, textSimilarity, options);
      const worst = pool.worst();
      if (value < options.minScore || (pool.full() && worst !== undefined && value < worst.score)) continue;
      pool.push(score(a, c, docs, text, tags, textSimilarity, time, options));
    }

    const chosen = diversify(pool.sorted(), text, options);
    if (chosen.length < options.fallback) topUpFromSection(a, docs, chosen, pickSet, bySection, time, options.fallback);

    const items = [
      ...picks.map((c) => toItem(a, { ...score(a, c, docs, text, tags, textCosine(text, a, c), time, options), pick: true }, docs, text, tags)),
      ...chosen.map((s) => toItem(a, s, docs, text, tags)),
    ];
    result.set(doc.slug, items);
  }
  return result;
}

interface Scored {
  doc: number;
  score: number;
  tagSimilarity: number;
  textSimilarity: number;
  sameSection: boolean;
  sharedAuthors: number;
  explainer: boolean;
  pick?: boolean;
  fallback?: boolean;
  /** Date of the candidate, for deterministic tie-breaks. */
  time: number;
  slug: string;
}

function compareScored(x: Scored, y: Scored): number {
  return y.score - x.score || y.time - x.time || (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0);
}

function collectTextCandidates(text: TextModel, a: number, acc: Float32Array, touch: (c: number) => void): void {
  const ids = text.terms[a]!;
  const ws = text.weights[a]!;
  for (let i = 0; i < ids.length; i++) {
    const t = ids[i]!;
    const w = ws[i]!;
    for (let p = text.postingStart[t]!; p < text.postingStart[t + 1]!; p++) {
      const c = text.postingDoc[p]!;
      if (c === a) continue;
      acc[c]! += w * text.postingWeight[p]!;
      touch(c);
    }
  }
}

/** From each shared tag, the articles nearest in time: a tag on half the archive cannot flood the list. */
function collectTagCandidates(tags: TagModel, a: number, window: number, touch: (c: number) => void): void {
  for (const t of tags.docTags[a]!) {
    const posting = tags.postings[t]!;
    const at = lowerBound(posting, a);
    const from = Math.max(0, at - window);
    const to = Math.min(posting.length, at + window + 1);
    for (let p = from; p < to; p++) touch(posting[p]!);
  }
}

interface DocFeatures {
  section: Int32Array;
  explainer: Uint8Array;
  authors: Int32Array[];
  time: Float64Array;
}

/** Per-article numbers for the hot loop: no strings compared, nothing allocated. */
function docFeatures(docs: readonly RelatedInput[]): DocFeatures {
  const ids = new Map<string, number>();
  const id = (key: string) => {
    let value = ids.get(key);
    if (value === undefined) ids.set(key, (value = ids.size + 1));
    return value;
  };
  return {
    section: Int32Array.from(docs, (d) => (d.section === undefined ? 0 : id(`s:${d.section}`))),
    explainer: Uint8Array.from(docs, (d) => (d.type === "explainer" ? 1 : 0)),
    authors: docs.map((d) => Int32Array.from(d.authors, (x) => id(`a:${x}`))),
    time: Float64Array.from(docs, (d) => d.date.getTime()),
  };
}

function scoreValue(a: number, c: number, f: DocFeatures, tagSimilarity: number, textSimilarity: number, options: RelatedOptions): number {
  const w = options.weights;
  let value = w.tags * tagSimilarity + w.text * textSimilarity;
  if (f.section[a] !== 0 && f.section[a] === f.section[c]) value += w.section;
  const mine = f.authors[a]!;
  const theirs = f.authors[c]!;
  if (mine.some((x) => theirs.includes(x))) value += w.author;
  value += w.recency * Math.pow(2, -Math.abs(f.time[a]! - f.time[c]!) / DAY_MS / options.halfLifeDays);
  if (f.explainer[c] === 1 && f.time[c]! <= f.time[a]!) value += w.explainer;
  return value;
}

function score(a: number, c: number, docs: readonly RelatedInput[], text: TextModel, tags: TagModel, textSimilarity: number, time: Float64Array, options: RelatedOptions): Scored {
  const w = options.weights;
  const da = docs[a]!;
  const dc = docs[c]!;
  const tagSimilarity = tagScore(tags, a, c);
  const sameSection = da.section !== undefined && da.section === dc.section;
  const sharedAuthors = dc.authors.filter((x) => da.authors.includes(x)).length;
  const daysApart = Math.abs(time[a]! - time[c]!) / DAY_MS;
  const explainer = dc.type === "explainer" && time[c]! <= time[a]!;
  const value =
    w.tags * tagSimilarity +
    w.text * textSimilarity +
    (sameSection ? w.section : 0) +
    (sharedAuthors > 0 ? w.author : 0) +
    w.recency * Math.pow(2, -daysApart / options.halfLifeDays) +
    (explainer ? w.explainer : 0);
  return { doc: c, score: value, tagSimilarity, textSimilarity, sameSection, sharedAuthors, explainer, time: time[c]!, slug: dc.slug };
}

/**
 * Maximal marginal relevance over the best candidates: each next item trades its score against
 * its similarity to what is already listed; near-duplicates of a listed item are dropped.
 */
function diversify(pool: Scored[], text: TextModel, options: RelatedOptions): Scored[] {
  const chosen: Scored[] = [];
  const remaining = [...pool];
  // Each candidate's highest similarity to anything chosen so far, updated as items are chosen.
  const closest = new Float64Array(remaining.length);
  const lambda = options.diversity;
  while (chosen.length < options.limit) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < remaining.length; i++) {
      if (closest[i]! >= options.duplicateSimilarity) continue;
      const value = lambda * remaining[i]!.score - (1 - lambda) * closest[i]!;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    const picked = remaining[best]!;
    chosen.push(picked);
    closest[best] = Infinity;
    for (let i = 0; i < remaining.length; i++) {
      if (closest[i] !== Infinity) closest[i] = Math.max(closest[i]!, textCosine(text, remaining[i]!.doc, picked.doc));
    }
  }
  return chosen;
}

function topUpFromSection(a: number, docs: readonly RelatedInput[], chosen: Scored[], picks: Set<number>, bySection: Map<string, number[]>, time: Float64Array, target: number): void {
  const section = docs[a]!.section;
  const members = section === undefined ? [] : (bySection.get(section) ?? []);
  const taken = new Set([a, ...picks, ...chosen.map((s) => s.doc)]);
  const nearest = members
    .filter((c) => !taken.has(c))
    .sort((x, y) => Math.abs(time[x]! - time[a]!) - Math.abs(time[y]! - time[a]!) || y - x)
    .slice(0, target - chosen.length);
  for (const c of nearest) {
    const base = { tagSimilarity: 0, textSimilarity: 0, sameSection: true, sharedAuthors: 0, explainer: false };
    chosen.push({ ...base, doc: c, score: 0, fallback: true, time: time[c]!, slug: docs[c]!.slug });
  }
}

function groupBySection(docs: readonly RelatedInput[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  docs.forEach((d, i) => {
    if (d.section === undefined) return;
    let list = groups.get(d.section);
    if (!list) groups.set(d.section, (list = []));
    list.push(i);
  });
  return groups;
}

function editorsPicks(doc: RelatedInput, indexOf: Map<string, number>, self: number): number[] {
  const picks: number[] = [];
  for (const slug of doc.related) {
    const c = indexOf.get(slug);
    // A pick that is a draft or scheduled is not on the site yet, so it is not listed.
    if (c !== undefined && c !== self && !picks.includes(c)) picks.push(c);
  }
  return picks;
}

function toItem(a: number, s: Scored, docs: readonly RelatedInput[], text: TextModel, tags: TagModel): RelatedItem {
  const da = docs[a]!;
  const dc = docs[s.doc]!;
  return {
    slug: dc.slug,
    score: s.pick ? Infinity : s.score,
    pick: s.pick ?? false,
    direction: s.doc < a ? "background" : "later",
    sharedTags: tags.sharedByRarity(a, s.doc),
    sharedTerms: s.textSimilarity >= MIN_TEXT_SIGNAL ? sharedTerms(text, a, s.doc, 3) : [],
    sameSection: s.sameSection,
    sharedAuthors: dc.authors.filter((x) => da.authors.includes(x)),
    explainer: s.explainer,
    fallback: s.fallback ?? false,
  };
}

/** The words that contributed most to the text similarity, as usually written. */
function sharedTerms(text: TextModel, a: number, c: number, count: number): string[] {
  const ta = text.terms[a]!;
  const tc = text.terms[c]!;
  const contributions: { term: number; value: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < ta.length && j < tc.length) {
    if (ta[i] === tc[j]) contributions.push({ term: ta[i]!, value: text.weights[a]![i++]! * text.weights[c]![j++]! });
    else if (ta[i]! < tc[j]!) i++;
    else j++;
  }
  contributions.sort((x, y) => y.value - x.value || x.term - y.term);
  return contributions
    .filter((x) => x.value >= TERM_REASON)
    .slice(0, count).map((x) => text.surface[x.term]!);
}

function lowerBound(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
