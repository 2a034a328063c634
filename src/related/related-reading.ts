// Related reading for every article: editor's picks, then candidates from shared tags and shared
// words (inverted indexes, never all pairs), scored, de-duplicated and diversified.
import type { ArticleType, RelatedItem } from "../model.ts";
import { RELATED_DEFAULTS, RELATED_LIMITS, type RelatedLimits, type RelatedOptions } from "./options.ts";
import { buildTagModel, tagsOf, tagScore, unrelatedFactors, type TagModel } from "./tag-model.ts";
import { buildTextModel, textCosine, type TextModel } from "./text-model.ts";
import { TopDocs } from "./top-k.ts";

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

export function relatedReading(articles: readonly RelatedInput[], options: RelatedOptions = RELATED_DEFAULTS, limits: Readonly<RelatedLimits> = RELATED_LIMITS): Map<string, RelatedItem[]> {
  // Oldest first, ties by slug: indexes then follow time, and every list is deterministic.
  const docs = [...articles].sort((a, b) => a.date.getTime() - b.date.getTime() || (a.slug < b.slug ? -1 : 1));
  const n = docs.length;
  const indexOf = new Map(docs.map((d, i) => [d.slug, i]));
  const text = buildTextModel(docs, limits);
  const tags = buildTagModel(docs);
  const bySection = groupBySection(docs);
  const features = docFeatures(docs);
  const time = features.time;
  const w = options.weights;
  // Recency as exp(-|Δt| · decay): the same as 2^(-days apart / half-life), without a power per pair.
  const decay = Math.LN2 / (DAY_MS * options.halfLifeDays);
  // Scratch reused for every article: text scores by candidate, and how each candidate was found.
  const textScore = new Float64Array(n);
  const found = new Uint8Array(n);
  const candidates = new Int32Array(n);
  const { postingStart, postingDoc, postingWeight, docStart, docTerm, docWeight } = text;
  // The article's own tags' factors, 1 for every other tag: a candidate's tag score is then a
  // product over its own few tags, with no merge of two lists per candidate.
  const tagFactor = unrelatedFactors(tags);
  const { tagStart, tagIds } = tags;
  const ownFactor = new Float64Array(tags.names.length).fill(1);
  const scratch = diversityScratch(text.surface.length, options.limit * 2 * limits.termsPerArticle);
  const tagSimilarities = new Float64Array(n);
  const pool = new TopDocs(options.limit * 2, tieRanks(time));
  const result = new Map<string, RelatedItem[]>();

  for (let a = 0; a < n; a++) {
    const doc = docs[a]!;
    let count = 0;
    // Candidates from shared words: each term's strongest postings, scores accumulated on the way.
    for (let i = docStart[a]!; i < docStart[a + 1]!; i++) {
      const weight = docWeight[i]!;
      const t = docTerm[i]!;
      for (let p = postingStart[t]!; p < postingStart[t + 1]!; p++) {
        const c = postingDoc[p]!;
        if (c === a) continue;
        if (found[c] === 0) {
          found[c] = FOUND_BY_TEXT;
          candidates[count++] = c;
        }
        textScore[c]! += weight * postingWeight[p]!;
      }
    }
    // …and from each shared tag, the articles nearest in time: a tag on half the archive cannot flood the list.
    const ownTags = tagsOf(tags, a);
    for (let k = 0; k < ownTags.length; k++) {
      const posting = tags.postings[ownTags[k]!]!;
      const at = lowerBound(posting, a);
      const to = Math.min(posting.length, at + limits.tagWindow + 1);
      for (let p = Math.max(0, at - limits.tagWindow); p < to; p++) {
        const c = posting[p]!;
        if (c === a) continue;
        if (found[c] === 0) candidates[count++] = c;
        found[c]! |= FOUND_BY_TAG;
      }
    }

    for (let k = 0; k < ownTags.length; k++) ownFactor[ownTags[k]!] = tagFactor[ownTags[k]!]!;
    const picks = editorsPicks(doc, indexOf, a);
    pool.clear();
    const ta = time[a]!;
    const sectionA = features.section[a]!;
    const authorBits = features.authorBits[a]!;
    for (let k = 0; k < count; k++) {
      const c = candidates[k]!;
      const textSimilarity = textScore[c]!;
      const how = found[c]!;
      // Found only by a word or two in common: noise, not related.
      if (how === FOUND_BY_TEXT && textSimilarity < MIN_TEXT_SIGNAL) continue;
      if (picks.length > 0 && picks.includes(c)) continue;
      // Everything but the tags first: most candidates cannot reach the list even with the best tag score.
      const tc = time[c]!;
      let value = w.text * textSimilarity + w.recency * Math.exp(-Math.abs(ta - tc) * decay);
      if (sectionA !== 0 && sectionA === features.section[c]) value += w.section;
      if ((authorBits & features.authorBits[c]!) !== 0 && shareAuthor(features.authors[a]!, features.authors[c]!)) value += w.author;
      if (features.explainer[c] === 1 && tc <= ta) value += w.explainer;
      const worst = Math.max(pool.threshold(), options.minScore);
      if (value + w.tags < worst) continue;
      let unrelated = 1;
      for (let k = tagStart[c]!; k < tagStart[c + 1]!; k++) unrelated *= ownFactor[tagIds[k]!]!;
      const tagSimilarity = 1 - unrelated;
      if (tagSimilarity === 0 && textSimilarity < MIN_TEXT_SIGNAL) continue;
      value += w.tags * tagSimilarity;
      if (value < worst) continue;
      tagSimilarities[c] = tagSimilarity;
      pool.push(value, c);
    }
    const best = pool.sorted().map(({ doc: c, score }) => scored(a, c, docs, features, score, tagSimilarities[c]!, textScore[c]!));
    for (let k = 0; k < count; k++) {
      textScore[candidates[k]!] = 0;
      found[candidates[k]!] = 0;
    }

    for (let k = 0; k < ownTags.length; k++) ownFactor[ownTags[k]!] = 1;
    const chosen = diversify(best, text, options, scratch);
    const pickSet = new Set(picks);
    if (chosen.length < options.fallback) topUpFromSection(a, docs, chosen, pickSet, bySection, time, options.fallback);

    const items = [
      ...picks.map((c) => toItem(a, { ...pickScored(a, c, docs, features, text, tags, options), pick: true }, docs, text, tags)),
      ...chosen.map((s) => toItem(a, s, docs, text, tags)),
    ];
    result.set(doc.slug, items);
  }
  return result;
}

const FOUND_BY_TEXT = 1;
const FOUND_BY_TAG = 2;

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
}

/** The order among equal scores: newer first, then by slug (articles are indexed by date, then slug). */
function tieRanks(time: Float64Array): Int32Array {
  const order = Array.from({ length: time.length }, (_, i) => i).sort((x, y) => time[y]! - time[x]! || x - y);
  const rank = new Int32Array(time.length);
  order.forEach((doc, i) => (rank[doc] = i));
  return rank;
}

interface DocFeatures {
  section: Int32Array;
  explainer: Uint8Array;
  authors: Int32Array[];
  /** One bit per author id (mod 32): two articles with no bit in common share no author, without a look at the lists. */
  authorBits: Int32Array;
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
  const authors = docs.map((d) => Int32Array.from(d.authors, (x) => id(`a:${x}`)));
  return {
    section: Int32Array.from(docs, (d) => (d.section === undefined ? 0 : id(`s:${d.section}`))),
    explainer: Uint8Array.from(docs, (d) => (d.type === "explainer" ? 1 : 0)),
    authors,
    authorBits: Int32Array.from(authors, (list) => list.reduce((bits, x) => bits | (1 << (x & 31)), 0)),
    time: Float64Array.from(docs, (d) => d.date.getTime()),
  };
}

function shareAuthor(mine: Int32Array, theirs: Int32Array): boolean {
  for (let i = 0; i < mine.length; i++) for (let j = 0; j < theirs.length; j++) if (mine[i] === theirs[j]) return true;
  return false;
}

function scored(a: number, c: number, docs: readonly RelatedInput[], f: DocFeatures, score: number, tagSimilarity: number, textSimilarity: number): Scored {
  const mine = f.authors[a]!;
  let sharedAuthors = 0;
  for (const x of f.authors[c]!) if (mine.includes(x)) sharedAuthors++;
  return {
    doc: c,
    score,
    tagSimilarity,
    textSimilarity,
    sameSection: f.section[a] !== 0 && f.section[a] === f.section[c],
    sharedAuthors,
    explainer: f.explainer[c] === 1 && f.time[c]! <= f.time[a]!,
  };
}

/** An editor's pick is listed whatever it scores; the score still says why it fits. */
function pickScored(a: number, c: number, docs: readonly RelatedInput[], f: DocFeatures, text: TextModel, tags: TagModel, options: RelatedOptions): Scored {
  const w = options.weights;
  const tagSimilarity = tagScore(tags, a, c);
  const textSimilarity = textCosine(text, a, c);
  const base = scored(a, c, docs, f, 0, tagSimilarity, textSimilarity);
  const daysApart = Math.abs(f.time[a]! - f.time[c]!) / DAY_MS;
  base.score =
    w.tags * tagSimilarity +
    w.text * textSimilarity +
    (base.sameSection ? w.section : 0) +
    (base.sharedAuthors > 0 ? w.author : 0) +
    w.recency * Math.pow(2, -daysApart / options.halfLifeDays) +
    (base.explainer ? w.explainer : 0);
  return base;
}

/**
 * Maximal marginal relevance over the best candidates: each next item trades its score against
 * its similarity to what is already listed; near-duplicates of a listed item are dropped.
 * Similarities come from a small inverted index over the candidates' terms (`scratch`), so
 * choosing an item costs a walk of the candidates that share its terms, not a comparison with each.
 */
function diversify(pool: Scored[], text: TextModel, options: RelatedOptions, scratch: DiversityScratch): Scored[] {
  const chosen: Scored[] = [];
  const { docStart, docTerm, docWeight } = text;
  const { head, next, member, weight } = scratch;
  let entries = 0;
  for (let p = 0; p < pool.length; p++) {
    const d = pool[p]!.doc;
    for (let i = docStart[d]!; i < docStart[d + 1]!; i++) {
      const t = docTerm[i]!;
      next[entries] = head[t]!;
      member[entries] = p;
      weight[entries] = docWeight[i]!;
      head[t] = entries++;
    }
  }
  // Each candidate's highest similarity to anything chosen so far; Infinity once listed or dropped.
  const closest = new Float64Array(pool.length);
  const similarity = new Float64Array(pool.length);
  const lambda = options.diversity;
  while (chosen.length < options.limit) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      if (closest[i] === Infinity) continue;
      const value = lambda * pool[i]!.score - (1 - lambda) * closest[i]!;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(pool[best]!);
    closest[best] = Infinity;
    if (chosen.length === options.limit) break;
    const picked = pool[best]!.doc;
    similarity.fill(0);
    for (let i = docStart[picked]!; i < docStart[picked + 1]!; i++) {
      const w = docWeight[i]!;
      for (let e = head[docTerm[i]!]!; e !== NONE; e = next[e]!) similarity[member[e]!]! += w * weight[e]!;
    }
    for (let c = 0; c < pool.length; c++) {
      if (closest[c] === Infinity) continue;
      if (similarity[c]! >= options.duplicateSimilarity) closest[c] = Infinity;
      else if (similarity[c]! > closest[c]!) closest[c] = similarity[c]!;
    }
  }
  for (const { doc } of pool) for (let i = docStart[doc]!; i < docStart[doc + 1]!; i++) head[docTerm[i]!] = NONE;
  return chosen;
}

const NONE = -1;

/** Reused across articles: `head` holds NONE for every term between calls. */
interface DiversityScratch {
  head: Int32Array;
  next: Int32Array;
  member: Int32Array;
  weight: Float64Array;
}

function diversityScratch(terms: number, entries: number): DiversityScratch {
  return { head: new Int32Array(terms).fill(NONE), next: new Int32Array(entries), member: new Int32Array(entries), weight: new Float64Array(entries) };
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
    chosen.push({ ...base, doc: c, score: 0, fallback: true });
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
    sharedAuthors: s.sharedAuthors === 0 ? [] : dc.authors.filter((x) => da.authors.includes(x)),
    explainer: s.explainer,
    fallback: s.fallback ?? false,
  };
}

/** The words that contributed most to the text similarity, as usually written. */
function sharedTerms(text: TextModel, a: number, c: number, count: number): string[] {
  const { docStart, docTerm, docWeight } = text;
  const contributions: { term: number; value: number }[] = [];
  let i = docStart[a]!;
  let j = docStart[c]!;
  const endA = docStart[a + 1]!;
  const endC = docStart[c + 1]!;
  while (i < endA && j < endC) {
    if (docTerm[i] === docTerm[j]) {
      const value = docWeight[i]! * docWeight[j]!;
      if (value >= TERM_REASON) contributions.push({ term: docTerm[i]!, value });
      i++;
      j++;
    } else if (docTerm[i]! < docTerm[j]!) i++;
    else j++;
  }
  contributions.sort((x, y) => y.value - x.value || x.term - y.term);
  return contributions.slice(0, count).map((x) => text.surface[x.term]!);
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
