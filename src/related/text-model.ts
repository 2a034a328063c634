// TF-IDF vectors for every article and an impact-ordered inverted index over them, all in flat
// typed arrays: at 100,000 articles a few large arrays cost far less than millions of small ones.
import { RELATED_LIMITS, type RelatedLimits } from "./options.ts";
import { GrowableFloats, GrowableInts } from "./growable.ts";
import { plainText } from "./tokenize.ts";
import { Vocabulary } from "./vocabulary.ts";

export interface TextSource {
  title: string;
  dek?: string;
  body: string;
}

export interface TextModel {
  /** Article d's kept terms are entries docStart[d] … docStart[d+1]-1 of docTerm/docWeight: ids ascending, unit length. */
  docStart: Int32Array;
  docTerm: Int32Array;
  docWeight: Float32Array;
  /** Postings in CSR form: for term t, entries postingStart[t] … postingStart[t+1]-1, strongest first. */
  postingStart: Int32Array;
  postingDoc: Int32Array;
  postingWeight: Float32Array;
  /** How each term is usually written, for reasons shown to readers. */
  surface: string[];
}

/** Headline words say most about a story, then the dek's, then the body's. */
const FIELD_WEIGHT = { title: 3, dek: 2, body: 1 } as const;
export function buildTextModel(docs: readonly TextSource[], limits: Readonly<RelatedLimits> = RELATED_LIMITS): TextModel {
  const n = docs.length;
  const vocabulary = new Vocabulary();
  // Every article's term counts, flat: article d's are entries rawStart[d] … rawStart[d+1]-1.
  const rawStart = new Int32Array(n + 1);
  const rawTerm = new GrowableInts(n * 64);
  const rawCount = new GrowableFloats(n * 64);
  let counts = new Float64Array(1024);
  const touched = new GrowableInts(1024);

  for (let d = 0; d < n; d++) {
    const doc = docs[d]!;
    touched.length = 0;
    let weight = 0;
    const count = (id: number) => {
      if (id >= counts.length) counts = grow(counts, vocabulary.size);
      if (counts[id] === 0) touched.push(id);
      counts[id]! += weight;
    };
    weight = FIELD_WEIGHT.title;
    vocabulary.forEachTerm(doc.title, count);
    weight = FIELD_WEIGHT.dek;
    vocabulary.forEachTerm(doc.dek ?? "", count);
    weight = FIELD_WEIGHT.body;
    // The top of a story says what it is about; reading no further keeps the cost per article bounded.
    vocabulary.forEachTerm(plainText(doc.body.length > limits.bodyCharacters ? doc.body.slice(0, limits.bodyCharacters) : doc.body), count);
    const ids = touched.view().sort();
    for (let i = 0; i < ids.length; i++) {
      rawTerm.push(ids[i]!);
      rawCount.push(counts[ids[i]!]!);
      counts[ids[i]!] = 0;
    }
    rawStart[d + 1] = rawTerm.length;
  }

  const df = new Int32Array(vocabulary.size);
  const allTerms = rawTerm.view();
  for (let i = 0; i < allTerms.length; i++) df[allTerms[i]!]! += 1;
  // In a small archive a share of 10% would leave only terms found in two articles, mostly chance.
  const maxDf = Math.max(limits.minTermCap, Math.floor(n * limits.maxTermShare));
  const idf = Float64Array.from(df, (d) => (d < 2 || d > maxDf ? 0 : Math.log(n / d)));

  const keep = limits.termsPerArticle;
  const docStart = new Int32Array(n + 1);
  const docTerm = new GrowableInts(n * keep);
  const docWeight = new GrowableFloats(n * keep);
  const allCounts = rawCount.view();
  // The article's best terms so far, best first (weight descending, then id ascending).
  const bestId = new Int32Array(keep);
  const bestWeight = new Float64Array(keep);
  const order: number[] = [];
  for (let d = 0; d < n; d++) {
    let kept = 0;
    for (let i = rawStart[d]!; i < rawStart[d + 1]!; i++) {
      const id = allTerms[i]!;
      if (idf[id] === 0) continue;
      const w = (1 + Math.log(allCounts[i]!)) * idf[id]!;
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
    order.length = 0;
    for (let k = 0; k < kept; k++) order.push(k);
    order.sort((x, y) => bestId[x]! - bestId[y]!);
    for (const k of order) {
      docTerm.push(bestId[k]!);
      docWeight.push(bestWeight[k]! / norm);
    }
    docStart[d + 1] = docTerm.length;
  }

  const model = { docStart, docTerm: docTerm.trimmed(), docWeight: docWeight.trimmed(), surface: vocabulary.surface };
  return { ...model, ...buildPostings(model, vocabulary.size, limits.maxPostings) };
}

function grow(array: Float64Array, atLeast: number): Float64Array<ArrayBuffer> {
  const bigger = new Float64Array(Math.max(atLeast + 1, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** Strongest postings first, then long lists cut: a term's weakest postings add little to any score. */
function buildPostings(model: Pick<TextModel, "docStart" | "docTerm" | "docWeight">, terms: number, maxPostings: number) {
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

  const outStart = new Int32Array(terms + 1);
  for (let t = 0; t < terms; t++) outStart[t + 1] = outStart[t]! + Math.min(maxPostings, count[t]!);
  const outDoc = new Int32Array(outStart[terms]!);
  const outWeight = new Float32Array(outDoc.length);
  const order: number[] = [];
  for (let t = 0; t < terms; t++) {
    order.length = 0;
    for (let at = start[t]!; at < start[t + 1]!; at++) order.push(at);
    order.sort((a, b) => weight[b]! - weight[a]! || doc[a]! - doc[b]!);
    for (let k = 0; k < outStart[t + 1]! - outStart[t]!; k++) {
      outDoc[outStart[t]! + k] = doc[order[k]!]!;
      outWeight[outStart[t]! + k] = weight[order[k]!]!;
    }
  }
  return { postingStart: outStart, postingDoc: outDoc, postingWeight: outWeight };
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
