// TF-IDF vectors for every article and an inverted index over them, all in flat typed arrays: at
// 100,000 articles a few large arrays cost far less than millions of small ones.
import { typedArray } from "./growable.ts";
import { RELATED_LIMITS, type RelatedLimits } from "./options.ts";
import { tokenizeTexts, type TextSource, type TokenizedPart } from "./tokenize-texts.ts";
import { UsualSpellings, type VocabularyPart } from "./vocabulary.ts";

export type { TextSource } from "./tokenize-texts.ts";

export interface TextModel {
  /** Article d's kept terms are entries docStart[d] … docStart[d+1]-1 of docTerm/docWeight: ids ascending, unit length. */
  docStart: Int32Array;
  docTerm: Int32Array;
  docWeight: Float32Array;
  /** Postings in CSR form: for term t, entries postingStart[t] … postingStart[t+1]-1, in article order (oldest first). */
  postingStart: Int32Array;
  postingDoc: Int32Array;
  postingWeight: Float32Array;
  /** Distinct terms. */
  terms: number;
  /** How each term is usually written, for reasons shown to readers. */
  spelling: UsualSpellings;
}

/** What another thread reports of its share once tokenized: its vocabulary and document frequencies (its counts stay there). */
export type RemoteCounts = Pick<TokenizedPart, "vocabulary" | "documentFrequency">;

/** The arrays vectors are written into: article d's terms are docStart[d] … docStart[d+1]-1 of docTerm/docWeight. */
export interface VectorArrays {
  docStart: Int32Array;
  docTerm: Int32Array;
  docWeight: Float32Array;
}

/** Vectors to write for a part's articles: its term ids made global, its idf by its own ids, where the articles and their entries start. */
export interface VectorJob extends VectorArrays {
  ids: Int32Array;
  idf: Float64Array;
  keep: number;
  firstDoc: number;
  firstEntry: number;
}

/**
 * Another thread's share of the work: it tokenizes the articles from `from` on, reports their
 * vocabulary, then writes their vectors into shared arrays. Each wait returns undefined (or
 * false) when the other thread gave nothing; this thread then does that share itself.
 */
export interface TextShare {
  from: number;
  start(docs: readonly TextSource[]): (ownMs: number) => RemoteCounts | undefined;
  vectors(job: VectorJob): (ownMs: number) => boolean;
}

/** `share`, when given, may do the articles from `share.from` on elsewhere. The model is the same either way. */
export function buildTextModel(docs: readonly TextSource[], limits: Readonly<RelatedLimits> = RELATED_LIMITS, share?: TextShare): TextModel {
  const n = docs.length;
  const from = share?.from ?? n;
  const tokenize = (some: readonly TextSource[]) => tokenizeTexts(some, limits.bodyCharacters);
  const pending = from < n ? share!.start(docs.slice(from)) : undefined;
  const started = performance.now();
  const own = tokenize(docs.slice(0, from));
  const remote = pending?.(performance.now() - started);
  // The other thread's share when it gave nothing: the same part as it would have made.
  let rest = pending && !remote ? tokenize(docs.slice(from)) : undefined;
  const parts: RemoteCounts[] = [own];
  if (pending) parts.push((remote ?? rest)!);
  const { terms, mapped } = mergeVocabularies(parts.map((part) => part.vocabulary));
  const spelling = new UsualSpellings(terms, mapped);

  const df = new Int32Array(terms);
  parts.forEach((part, p) => {
    const global = mapped[p]!.ids;
    for (let local = 0; local < part.documentFrequency.length; local++) df[global[local]!]! += part.documentFrequency[local]!;
  });
  // In a small archive a share of 10% would leave only terms found in two articles, mostly chance.
  const maxDf = Math.max(limits.minTermCap, Math.floor(n * limits.maxTermShare));
  const idf = Float64Array.from(df, (d) => (d < 2 || d > maxDf ? 0 : Math.log(n / d)));
  // Each part's idf by its own term ids: most counts are passed over without reading their global id.
  const partIdf = mapped.map(({ ids }) => Float64Array.from(ids, (id) => idf[id]!));

  // Room for `keep` terms an article. The other thread writes its articles' vectors from entry
  // from × keep on, past whatever this thread's can take, and they are moved down after.
  const keep = limits.termsPerArticle;
  const shared = remote !== undefined;
  let arrays: VectorArrays = { docStart: typedArray(Int32Array, n + 1, shared), docTerm: typedArray(Int32Array, n * keep, shared), docWeight: typedArray(Float32Array, n * keep, shared) };
  const job = (p: number, firstDoc: number, firstEntry: number): VectorJob => ({ ...arrays, ids: mapped[p]!.ids, idf: partIdf[p]!, keep, firstDoc, firstEntry });
  const remoteDone = remote && share!.vectors(job(1, from, from * keep));
  const ownStarted = performance.now();
  let end = writeVectors(own, job(0, 0, 0));
  if (remoteDone?.(performance.now() - ownStarted)) {
    const { docStart, docTerm, docWeight } = arrays;
    const shift = from * keep - end;
    docTerm.copyWithin(end, from * keep, docStart[n]!);
    docWeight.copyWithin(end, from * keep, docStart[n]!);
    for (let d = from + 1; d <= n; d++) docStart[d]! -= shift;
    end = docStart[n]!;
  } else if (pending) {
    if (remote) {
      // The other thread may yet write into the shared arrays: this thread's vectors move to its own.
      arrays = { docStart: arrays.docStart.slice(), docTerm: arrays.docTerm.slice(), docWeight: arrays.docWeight.slice() };
      rest = tokenize(docs.slice(from));
    }
    end = writeVectors(rest!, job(1, from, end));
  }
  const model = { docStart: arrays.docStart, docTerm: arrays.docTerm.subarray(0, end), docWeight: arrays.docWeight.subarray(0, end), terms, spelling };
  return { ...model, ...buildPostings(model, terms) };
}

/**
 * Writes the vectors of a part's articles, each its `keep` best terms by TF-IDF at unit length, ids
 * ascending, from entry `firstEntry` on; sets docStart for every article after the first. Returns
 * the entry after the last.
 */
export function writeVectors(part: Pick<TokenizedPart, "rawStart" | "rawTerm" | "rawCount">, job: VectorJob): number {
  const { rawStart, rawTerm, rawCount } = part;
  const { ids: global, idf: termIdf, keep, docStart, docTerm, docWeight, firstDoc } = job;
  // The article's best terms so far, best first (weight descending, then id ascending).
  const bestId = new Int32Array(keep);
  const bestWeight = new Float64Array(keep);
  let entry = job.firstEntry;
  // The part's counts are read where they are, its term ids turned into global ones on the way.
  for (let local = 0; local + 1 < rawStart.length; local++) {
    let kept = 0;
    for (let i = rawStart[local]!; i < rawStart[local + 1]!; i++) {
      const term = rawTerm[i]!;
      if (termIdf[term] === 0) continue;
      const count = rawCount[i]!;
      const w = (count < LOG_COUNTS ? logCount[count]! : 1 + Math.log(count)) * termIdf[term]!;
      if (kept === keep && w < bestWeight[keep - 1]!) continue;
      const id = global[term]!;
      if (kept === keep && !(w > bestWeight[keep - 1]! || (w === bestWeight[keep - 1] && id < bestId[keep - 1]!))) continue;
      let at = kept < keep ? kept++ : keep - 1;
      for (; at > 0 && (w > bestWeight[at - 1]! || (w === bestWeight[at - 1] && id < bestId[at - 1]!)); at--) {
        bestWeight[at] = bestWeight[at - 1]!;
        bestId[at] = bestId[at - 1]!;
      }
      bestWeight[at] = w;
      bestId[at] = id;
    }
    let norm = 0;
    for (let k = 0; k < kept; k++) norm += bestWeight[k]! * bestWeight[k]!;
    norm = Math.sqrt(norm) || 1;
    // Then by id, ascending (an insertion sort: a few dozen terms).
    for (let k = 1; k < kept; k++) {
      const id = bestId[k]!;
      const w = bestWeight[k]!;
      let at = k;
      for (; at > 0 && bestId[at - 1]! > id; at--) {
        bestId[at] = bestId[at - 1]!;
        bestWeight[at] = bestWeight[at - 1]!;
      }
      bestId[at] = id;
      bestWeight[at] = w;
    }
    for (let k = 0; k < kept; k++) {
      docTerm[entry] = bestId[k]!;
      docWeight[entry++] = bestWeight[k]! / norm;
    }
    docStart[firstDoc + local + 1] = entry;
  }
  return entry;
}

/** `1 + ln(count)` for the small whole counts (title words count 3, dek words 2) that most terms have. */
const LOG_COUNTS = 256;
const logCount = Float64Array.from({ length: LOG_COUNTS }, (_, count) => 1 + Math.log(count));

/**
 * Global term ids for the vocabularies' terms, in code-unit order: each vocabulary lists its
 * terms in that order already, so one pass over all of them, taking the least term next, gives
 * every term its id. `mapped[p].ids` turns vocabulary p's ids into global ones. Term ids follow
 * the terms' order, so the model (down to the order of floating-point sums) is the same however
 * the articles were split between threads.
 */
function mergeVocabularies(vocabularies: readonly VocabularyPart[]) {
  const mapped = vocabularies.map((part) => ({ part, ids: new Int32Array(part.terms.length) }));
  const at = vocabularies.map(() => 0);
  let terms = 0;
  for (;;) {
    let least: string | undefined;
    for (let p = 0; p < vocabularies.length; p++) {
      const { order, terms: names } = vocabularies[p]!;
      if (at[p]! < order.length) {
        const term = names[order[at[p]!]!]!;
        if (least === undefined || term < least) least = term;
      }
    }
    if (least === undefined) return { terms, mapped };
    for (let p = 0; p < vocabularies.length; p++) {
      const { order, terms: names } = vocabularies[p]!;
      if (at[p]! < order.length && names[order[at[p]!]!] === least) mapped[p]!.ids[order[at[p]!++]!] = terms;
    }
    terms++;
  }
}

/** Each term's postings in article order: the ranking takes a window of a long list around the article (rank-articles.ts). */
function buildPostings(model: Pick<TextModel, "docStart" | "docTerm" | "docWeight">, terms: number) {
  const { docStart, docTerm, docWeight } = model;
  const count = new Int32Array(terms);
  for (let i = 0; i < docTerm.length; i++) count[docTerm[i]!]! += 1;
  const start = new Int32Array(terms + 1);
  for (let t = 0; t < terms; t++) start[t + 1] = start[t]! + count[t]!;
  const doc = new Int32Array(docTerm.length);
  const weight = new Float32Array(docTerm.length);
  const fill = start.slice(0, terms);
  for (let d = 0; d + 1 < docStart.length; d++) {
    for (let i = docStart[d]!; i < docStart[d + 1]!; i++) {
      const at = fill[docTerm[i]!]!++;
      doc[at] = d;
      weight[at] = docWeight[i]!;
    }
  }
  return { postingStart: start, postingDoc: doc, postingWeight: weight };
}

/** Cosine of two articles' text vectors (both unit length, term ids ascending). */
export function textCosine(model: TextModel, a: number, b: number): number {
  const { docStart, docTerm, docWeight } = model;
  let i = docStart[a]!;
  let j = docStart[b]!;
  const endA = docStart[a + 1]!;
  const endB = docStart[b + 1]!;
  let dot = 0;
  while (i < endA && j < endB) {
    const ta = docTerm[i]!;
    const tb = docTerm[j]!;
    if (ta === tb) dot += docWeight[i++]! * docWeight[j++]!;
    else if (ta < tb) i++;
    else j++;
  }
  return dot;
}
