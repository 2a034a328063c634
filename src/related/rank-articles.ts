// The hot loop of related reading: for one article, candidates from the inverted indexes, scored,
// the best kept and diversified. Everything it reads is a typed array or a plain number, so the
// same code runs on the main thread and in the worker (related-worker.ts) over the same model,
// and an article's list never depends on which thread ranked it.
import { lowerBound } from "./csr.ts";
import { typedArray } from "./growable.ts";
import type { RelatedOptions } from "./options.ts";
import type { TextModel } from "./text-model.ts";
import { SHARED_TAG_BITS } from "./tag-model.ts";
import { TopDocs } from "./top-k.ts";

/** What the ranking reads of the text model: its vectors and postings (see text-model.ts). */
export type RankText = Pick<TextModel, "terms" | "docStart" | "docTerm" | "docWeight" | "postingStart" | "postingDoc" | "postingWeight">;

/** The text model's vectors and postings, and everything else the ranking reads. */
export interface RankModel extends RankText {
  /** Articles, indexed oldest first (ties by slug). */
  n: number;
  /** Article d's tag ids are tagStart[d] … tagStart[d+1]-1 of tagIds. */
  tagStart: Int32Array;
  tagIds: Int32Array;
  /** Per tag: 1 - strength × informativeness (see tag-model.ts). */
  tagFactor: Float64Array;
  /** Per tag: the articles carrying it, ascending: tagPostingStart[t] … tagPostingStart[t+1]-1 of tagPostingDoc. */
  tagPostingStart: Int32Array;
  tagPostingDoc: Int32Array;
  /** Section id per article, 0 for none. */
  section: Int32Array;
  /** 1 for an explainer. */
  explainer: Uint8Array;
  authorStart: Int32Array;
  authorIds: Int32Array;
  /** One bit per author id (mod 32): no bit in common, no author in common. */
  authorBits: Int32Array;
  /** Publication time, ms. */
  time: Float64Array;
  /**
   * What scoring reads of every candidate, ATTRIBUTES numbers per article side by side (time,
   * section id with the explainer flag, author bits, first tag entry, tag count): one cache line
   * per candidate instead of one per array, which is most of the cost at 100,000 articles.
   */
  attributes: Float64Array;
  /** Order among equal scores: newer first, then by slug. */
  tieRank: Int32Array;
  /** The editor's picks of article d (left out of its ranked list): pickStart[d] … pickStart[d+1]-1 of pickDoc. */
  pickStart: Int32Array;
  pickDoc: Int32Array;
  options: RelatedOptions;
  tagWindow: number;
  termWindow: number;
  termsPerArticle: number;
}

/** Ranked lists, `options.limit` slots per article: article a's items are a×limit … a×limit+count[a]-1. */
export interface RankOutput {
  count: Int32Array;
  doc: Int32Array;
  score: Float64Array;
  /** Which of the article's tags the item carries, one bit per place in the article's (ascending) tag list; see SHARED_TAG_BITS. */
  sharedTags: Int32Array;
  flags: Uint8Array;
  /** REASON_TERMS slots per item: the shared words that added most to the text similarity, NONE after the last. */
  terms: Int32Array;
}

/** Shared words named in an item's reason, at most. */
export const REASON_TERMS = 3;
/** A shared word is named in the reason only when it adds this much to the text similarity. */
const TERM_REASON = 0.02;

export const SAME_SECTION = 1;
export const EXPLAINER = 2;
export const SHARED_AUTHOR = 4;

const DAY_MS = 86_400_000;
/** Text similarity below this is noise, not a reason. */
export const MIN_TEXT_SIGNAL = 0.05;
const FOUND_BY_TEXT = 1;
const FOUND_BY_TAG = 2;
export const NONE = -1;

/** Numbers per article in RankModel.attributes, and their places. */
const ATTRIBUTES = 5;
const TIME = 0;
const SECTION = 1;
const AUTHOR_BITS = 2;
const TAG_START = 3;
const TAG_COUNT = 4;
/** Added to the section id of an explainer in attributes. */
const EXPLAINER_FLAG = 2 ** 32;

/** The attributes array of a model (see RankModel.attributes). */
export function packAttributes(m: Pick<RankModel, "n" | "time" | "section" | "explainer" | "authorBits" | "tagStart">): Float64Array {
  const attributes = new Float64Array(m.n * ATTRIBUTES);
  for (let d = 0; d < m.n; d++) {
    const at = d * ATTRIBUTES;
    attributes[at + TIME] = m.time[d]!;
    attributes[at + SECTION] = m.section[d]! + (m.explainer[d] === 1 ? EXPLAINER_FLAG : 0);
    attributes[at + AUTHOR_BITS] = m.authorBits[d]!;
    attributes[at + TAG_START] = m.tagStart[d]!;
    attributes[at + TAG_COUNT] = m.tagStart[d + 1]! - m.tagStart[d]!;
  }
  return attributes;
}

export function rankOutput(n: number, limit: number, shared: boolean): RankOutput {
  return {
    count: typedArray(Int32Array, n, shared),
    doc: typedArray(Int32Array, n * limit, shared),
    score: typedArray(Float64Array, n * limit, shared),
    sharedTags: typedArray(Int32Array, n * limit, shared),
    flags: typedArray(Uint8Array, n * limit, shared),
    terms: typedArray(Int32Array, n * limit * REASON_TERMS, shared),
  };
}

/** Ranks articles one at a time with scratch memory allocated once. */
export class Ranker {
  // Per article: its place among the candidates plus one (0: not a candidate), the only array of
  // the archive's size that walking the postings touches. By place: the candidate, its text score
  // so far and how it was found, dense and in the cache (at 100,000 articles ranking took 1/1.11
  // of the time it did with the scores and flags kept per article).
  private readonly place: Int32Array;
  private readonly candidates: Int32Array;
  private readonly textScore: Float64Array;
  private readonly found: Uint8Array;
  private readonly textSimilarities: Float64Array;
  private readonly ownFactor: Float64Array;
  // Per tag id: the bit of its place among the article's tags (0 for other tags), and per candidate the bits it carries.
  private readonly ownBit: Int32Array;
  private readonly tagBits: Int32Array;
  private readonly pool: TopDocs;
  // A small inverted index over the pool's terms, for diversity: a chain of entries per bucket of
  // term ids (a few thousand buckets, so the index stays in the fastest cache whatever the
  // vocabulary's size); `head` is NONE for every bucket between articles.
  private readonly head: Int32Array;
  private readonly next: Int32Array;
  private readonly term: Int32Array;
  private readonly member: Int32Array;
  private readonly weight: Float64Array;
  private readonly poolDoc: Int32Array;
  private readonly poolScore: Float64Array;
  private readonly closest: Float64Array;
  private readonly similarity: Float64Array;
  private readonly bestValues = new Float64Array(REASON_TERMS);

  constructor(private readonly m: RankModel) {
    // Diversity picks the list from the best one and a quarter times as many candidates.
    const poolSize = Math.ceil(m.options.limit * 1.25);
    this.place = new Int32Array(m.n);
    this.textScore = new Float64Array(m.n);
    this.found = new Uint8Array(m.n);
    this.candidates = new Int32Array(m.n);
    this.textSimilarities = new Float64Array(m.n);
    this.ownFactor = new Float64Array(m.tagFactor.length).fill(1);
    this.ownBit = new Int32Array(m.tagFactor.length);
    this.tagBits = new Int32Array(m.n);
    this.pool = new TopDocs(poolSize, m.tieRank);
    const entries = poolSize * m.termsPerArticle;
    // Twice as many buckets as entries (a power of two): chains hold few other terms.
    this.head = new Int32Array(2 ** Math.ceil(Math.log2(2 * entries + 1))).fill(NONE);
    this.next = new Int32Array(entries);
    this.term = new Int32Array(entries);
    this.member = new Int32Array(entries);
    this.weight = new Float64Array(entries);
    this.poolDoc = new Int32Array(poolSize);
    this.poolScore = new Float64Array(poolSize);
    this.closest = new Float64Array(poolSize);
    this.similarity = new Float64Array(poolSize);
  }

  /** Writes article a's ranked list (editor's picks left out) into `out`. */
  rank(a: number, out: RankOutput): void {
    const m = this.m;
    const { place, textScore, found, candidates } = this;
    let count = 0;
    const termWindow = m.termWindow;
    // Candidates from shared words, scores accumulated on the way: all articles with a rarer term,
    // the articles nearest in time with a common one (postings are in article order, oldest first).
    for (let i = m.docStart[a]!; i < m.docStart[a + 1]!; i++) {
      const weight = m.docWeight[i]!;
      const t = m.docTerm[i]!;
      let from = m.postingStart[t]!;
      let to = m.postingStart[t + 1]!;
      if (to - from > 2 * termWindow + 1) {
        const at = lowerBound(m.postingDoc, a, from, to);
        from = Math.max(from, at - termWindow);
        to = Math.min(to, at + termWindow + 1);
      }
      for (let p = from; p < to; p++) {
        const c = m.postingDoc[p]!;
        if (c === a) continue;
        let k = place[c]! - 1;
        if (k < 0) {
          k = count++;
          place[c] = count;
          candidates[k] = c;
          found[k] = FOUND_BY_TEXT;
          textScore[k] = 0;
        }
        textScore[k]! += weight * m.postingWeight[p]!;
      }
    }
    // …and from each shared tag, the articles nearest in time: a tag on half the archive cannot flood the list.
    for (let k = m.tagStart[a]!; k < m.tagStart[a + 1]!; k++) {
      const t = m.tagIds[k]!;
      const first = m.tagPostingStart[t]!;
      const end = m.tagPostingStart[t + 1]!;
      const at = lowerBound(m.tagPostingDoc, a, first, end);
      const to = Math.min(end, at + m.tagWindow + 1);
      for (let p = Math.max(first, at - m.tagWindow); p < to; p++) {
        const c = m.tagPostingDoc[p]!;
        if (c === a) continue;
        const k = place[c]! - 1;
        if (k >= 0) found[k]! |= FOUND_BY_TAG;
        else {
          place[c] = count + 1;
          candidates[count] = c;
          found[count] = FOUND_BY_TAG;
          textScore[count++] = 0;
        }
      }
      this.ownFactor[t] = m.tagFactor[t]!;
      if (k - m.tagStart[a]! < SHARED_TAG_BITS) this.ownBit[t] = 1 << (k - m.tagStart[a]!);
    }

    const poolSize = this.scoreCandidates(a, count);
    for (let k = 0; k < count; k++) {
      place[candidates[k]!] = 0;
    }
    for (let k = m.tagStart[a]!; k < m.tagStart[a + 1]!; k++) {
      this.ownFactor[m.tagIds[k]!] = 1;
      this.ownBit[m.tagIds[k]!] = 0;
    }
    this.diversify(a, poolSize, out);
  }

  /** Scores the candidates into the pool; returns the pool's size, its members in poolDoc/poolScore best first. */
  private scoreCandidates(a: number, count: number): number {
    const m = this.m;
    const w = m.options.weights;
    const { textScore, found, candidates, pool, ownFactor, ownBit } = this;
    // Recency as exp(-|Δt| · decay): the same as 2^(-days apart / half-life), without a power per pair.
    const decay = Math.LN2 / (DAY_MS * m.options.halfLifeDays);
    const ta = m.time[a]!;
    const sectionA = m.section[a]!;
    const authorBits = m.authorBits[a]!;
    const picksFrom = m.pickStart[a]!;
    const picksTo = m.pickStart[a + 1]!;
    // The most the signals other than text can add: a candidate whose text score falls short of
    // the pool's threshold by more than this is passed over without reading anything else about it
    // (weights are never negative: src/validate/related-options.ts).
    const mostBesidesText = w.tags + w.recency + w.section + w.author + w.explainer;
    pool.clear();
    const attributes = m.attributes;
    for (let k = 0; k < count; k++) {
      const c = candidates[k]!;
      const textSimilarity = textScore[k]!;
      // Found only by a word or two in common: noise, not related.
      if (found[k] === FOUND_BY_TEXT && textSimilarity < MIN_TEXT_SIGNAL) continue;
      // What a newcomer must reach; nothing joins the pool before the push below.
      const worst = Math.max(pool.threshold(), m.options.minScore);
      if (w.text * textSimilarity + mostBesidesText < worst) continue;
      if (picksTo > picksFrom && isPick(m.pickDoc, picksFrom, picksTo, c)) continue;
      // Everything but the tags first: most candidates cannot reach the list even with the best tag score.
      const at = c * ATTRIBUTES;
      const tc = attributes[at + TIME]!;
      let value = w.text * textSimilarity + w.recency * Math.exp(-Math.abs(ta - tc) * decay);
      const section = attributes[at + SECTION]!;
      const explainer = section >= EXPLAINER_FLAG;
      if (sectionA !== 0 && sectionA === (explainer ? section - EXPLAINER_FLAG : section)) value += w.section;
      if ((authorBits & attributes[at + AUTHOR_BITS]!) !== 0 && shareAuthor(m, a, c)) value += w.author;
      if (explainer && tc <= ta) value += w.explainer;
      if (value + w.tags < worst) continue;
      let unrelated = 1;
      const tagsFrom = attributes[at + TAG_START]!;
      const tagsTo = tagsFrom + attributes[at + TAG_COUNT]!;
      let shared = 0;
      for (let i = tagsFrom; i < tagsTo; i++) {
        unrelated *= ownFactor[m.tagIds[i]!]!;
        shared |= ownBit[m.tagIds[i]!]!;
      }
      const tagSimilarity = 1 - unrelated;
      if (tagSimilarity === 0 && textSimilarity < MIN_TEXT_SIGNAL) continue;
      value += w.tags * tagSimilarity;
      if (value < worst) continue;
      this.tagBits[c] = shared;
      this.textSimilarities[c] = textSimilarity;
      pool.push(value, c);
    }
    return pool.sortedInto(this.poolDoc, this.poolScore);
  }

  /**
   * Maximal marginal relevance over the pool: each next item trades its score against its
   * similarity to what is already listed; near-duplicates of a listed item are dropped.
   * Similarities come from a small inverted index over the pool's terms, so choosing an item
   * costs a walk of the candidates that share its terms.
   */
  private diversify(a: number, poolSize: number, out: RankOutput): void {
    const m = this.m;
    const { docStart, docTerm, docWeight } = m;
    const { head, next, term, member, weight, poolDoc, poolScore, closest, similarity } = this;
    const { limit, diversity: lambda, duplicateSimilarity } = m.options;
    const mask = head.length - 1;
    let entries = 0;
    for (let p = 0; p < poolSize; p++) {
      const d = poolDoc[p]!;
      for (let i = docStart[d]!; i < docStart[d + 1]!; i++) {
        const t = docTerm[i]!;
        const bucket = t & mask;
        next[entries] = head[bucket]!;
        term[entries] = t;
        member[entries] = p;
        weight[entries] = docWeight[i]!;
        head[bucket] = entries++;
      }
    }
    // Each candidate's highest similarity to anything chosen so far; Infinity once listed or dropped.
    closest.fill(0, 0, poolSize);
    const base = a * limit;
    let chosen = 0;
    const ta = m.time[a]!;
    while (chosen < limit) {
      let best = -1;
      let bestValue = -Infinity;
      for (let i = 0; i < poolSize; i++) {
        if (closest[i] === Infinity) continue;
        const value = lambda * poolScore[i]! - (1 - lambda) * closest[i]!;
        if (value > bestValue) {
          bestValue = value;
          best = i;
        }
      }
      if (best < 0) break;
      const c = poolDoc[best]!;
      const slot = base + chosen++;
      out.doc[slot] = c;
      out.score[slot] = poolScore[best]!;
      out.sharedTags[slot] = this.tagBits[c]!;
      out.flags[slot] =
        (m.section[a] !== 0 && m.section[a] === m.section[c] ? SAME_SECTION : 0) |
        (m.explainer[c] === 1 && m.time[c]! <= ta ? EXPLAINER : 0) |
        ((m.authorBits[a]! & m.authorBits[c]!) !== 0 && shareAuthor(m, a, c) ? SHARED_AUTHOR : 0);
      if (this.textSimilarities[c]! >= MIN_TEXT_SIGNAL) reasonTerms(m, a, c, out.terms, slot * REASON_TERMS, this.bestValues);
      else out.terms.fill(NONE, slot * REASON_TERMS, (slot + 1) * REASON_TERMS);
      closest[best] = Infinity;
      if (chosen === limit) break;
      similarity.fill(0, 0, poolSize);
      for (let i = docStart[c]!; i < docStart[c + 1]!; i++) {
        const t = docTerm[i]!;
        const w = docWeight[i]!;
        const bucket = t & mask;
        // Entries of items already listed or dropped are unlinked as they are met: later walks skip them.
        for (let e = head[bucket]!, before = NONE; e !== NONE; e = next[e]!) {
          const p = member[e]!;
          if (closest[p] === Infinity) {
            if (before === NONE) head[bucket] = next[e]!;
            else next[before] = next[e]!;
            continue;
          }
          before = e;
          if (term[e] === t) similarity[p]! += w * weight[e]!;
        }
      }
      for (let i = 0; i < poolSize; i++) {
        if (closest[i] === Infinity) continue;
        if (similarity[i]! >= duplicateSimilarity) closest[i] = Infinity;
        else if (similarity[i]! > closest[i]!) closest[i] = similarity[i]!;
      }
    }
    out.count[a] = chosen;
    head.fill(NONE);
  }
}

/** Whether articles a and c have an author in common. */
export function shareAuthor(m: Pick<RankModel, "authorStart" | "authorIds">, a: number, c: number): boolean {
  for (let i = m.authorStart[a]!; i < m.authorStart[a + 1]!; i++) {
    for (let j = m.authorStart[c]!; j < m.authorStart[c + 1]!; j++) if (m.authorIds[i] === m.authorIds[j]) return true;
  }
  return false;
}

/**
 * Writes into `into[at…]` the shared terms that added most to the cosine of a and c (at least
 * TERM_REASON each), best first, ties by id; NONE after the last.
 */
export function reasonTerms(m: Pick<RankModel, "docStart" | "docTerm" | "docWeight">, a: number, c: number, into: Int32Array, at: number, best = new Float64Array(REASON_TERMS)): void {
  into.fill(NONE, at, at + REASON_TERMS);
  const { docStart, docTerm, docWeight } = m;
  best.fill(0);
  let i = docStart[a]!;
  let j = docStart[c]!;
  const endA = docStart[a + 1]!;
  const endC = docStart[c + 1]!;
  while (i < endA && j < endC) {
    const ta = docTerm[i]!;
    const tc = docTerm[j]!;
    if (ta < tc) i++;
    else if (ta > tc) j++;
    else {
      const value = docWeight[i++]! * docWeight[j++]!;
      if (value < TERM_REASON) continue;
      // Insert into the best few, kept sorted; ids arrive ascending, so an equal value stays behind.
      let k = REASON_TERMS;
      while (k > 0 && (into[at + k - 1] === NONE || value > best[k - 1]!)) k--;
      if (k === REASON_TERMS) continue;
      for (let s = REASON_TERMS - 1; s > k; s--) {
        into[at + s] = into[at + s - 1]!;
        best[s] = best[s - 1]!;
      }
      into[at + k] = ta;
      best[k] = value;
    }
  }
}

function isPick(picks: Int32Array, from: number, to: number, c: number): boolean {
  for (let i = from; i < to; i++) if (picks[i] === c) return true;
  return false;
}
