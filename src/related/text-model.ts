// TF-IDF vectors for every article and an impact-ordered inverted index over them.
import { RELATED_LIMITS } from "./options.ts";
import { plainText, tokenize } from "./tokenize.ts";

export interface TextSource {
  title: string;
  dek?: string;
  body: string;
}

export interface TextModel {
  /** Per article: its kept term ids (ascending) and their unit-length weights. */
  terms: Int32Array[];
  weights: Float32Array[];
  /** Postings in CSR form: for term t, entries postingStart[t] … postingStart[t+1]-1, strongest first. */
  postingStart: Int32Array;
  postingDoc: Int32Array;
  postingWeight: Float32Array;
  /** How each term is usually written, for reasons shown to readers. */
  surface: string[];
}

/** Headline words say most about a story, then the dek's, then the body's. */
const FIELD_WEIGHT = { title: 3, dek: 2, body: 1 } as const;

export function buildTextModel(docs: readonly TextSource[], limits = RELATED_LIMITS): TextModel {
  const vocabulary = new Map<string, number>();
  const surface: string[] = [];
  const df: number[] = [];
  const docTerms: Int32Array[] = [];
  const docCounts: Float32Array[] = [];

  for (const doc of docs) {
    const counts = new Map<number, number>();
    const add = (text: string | undefined, weight: number) => {
      if (!text) return;
      for (const { term, surface: written } of tokenize(text)) {
        let id = vocabulary.get(term);
        if (id === undefined) {
          id = surface.length;
          vocabulary.set(term, id);
          surface.push(written);
          df.push(0);
        } else if (written !== surface[id] && written === written.toLowerCase()) {
          // Seen in lower case somewhere: capitals elsewhere were only sentence starts.
          surface[id] = written;
        }
        counts.set(id, (counts.get(id) ?? 0) + weight);
      }
    };
    add(doc.title, FIELD_WEIGHT.title);
    add(doc.dek, FIELD_WEIGHT.dek);
    add(plainText(doc.body), FIELD_WEIGHT.body);
    const ids = Int32Array.from(counts.keys()).sort();
    const tf = new Float32Array(ids.length);
    ids.forEach((id, i) => {
      tf[i] = counts.get(id)!;
      df[id]! += 1;
    });
    docTerms.push(ids);
    docCounts.push(tf);
  }

  const n = docs.length;
  // In a small archive a share of 10% would leave only terms found in two articles, mostly chance.
  const maxDf = Math.max(limits.minTermCap, Math.floor(n * limits.maxTermShare));
  const idf = df.map((d) => (d < 2 || d > maxDf ? 0 : Math.log(n / d)));
  const terms: Int32Array[] = [];
  const weights: Float32Array[] = [];
  const postingCount = new Int32Array(surface.length);

  for (let doc = 0; doc < n; doc++) {
    const ids = docTerms[doc]!;
    const tf = docCounts[doc]!;
    const scored: { id: number; w: number }[] = [];
    for (let i = 0; i < ids.length; i++) {
      const w = idf[ids[i]!]!;
      if (w > 0) scored.push({ id: ids[i]!, w: (1 + Math.log(tf[i]!)) * w });
    }
    scored.sort((a, b) => b.w - a.w || a.id - b.id);
    const kept = scored.slice(0, limits.termsPerArticle).sort((a, b) => a.id - b.id);
    const norm = Math.hypot(...kept.map((k) => k.w)) || 1;
    terms.push(Int32Array.from(kept, (k) => k.id));
    weights.push(Float32Array.from(kept, (k) => k.w / norm));
    for (const k of kept) postingCount[k.id]! += 1;
    // The raw counts are no longer needed; free them as we go to keep peak memory down.
    docTerms[doc] = EMPTY_IDS;
    docCounts[doc] = EMPTY_COUNTS;
  }

  return { terms, weights, surface, ...buildPostings(terms, weights, postingCount, limits.maxPostings) };
}

const EMPTY_IDS = new Int32Array(0);
const EMPTY_COUNTS = new Float32Array(0);

function buildPostings(terms: Int32Array[], weights: Float32Array[], counts: Int32Array, maxPostings: number) {
  const start = new Int32Array(counts.length + 1);
  for (let t = 0; t < counts.length; t++) start[t + 1] = start[t]! + counts[t]!;
  const doc = new Int32Array(start[counts.length]!);
  const weight = new Float32Array(doc.length);
  const fill = start.slice(0, counts.length);
  terms.forEach((ids, d) => {
    ids.forEach((t, i) => {
      const at = fill[t]!++;
      doc[at] = d;
      weight[at] = weights[d]![i]!;
    });
  });

  // Strongest postings first, then cut long lists: a term's weakest postings add little to any score.
  const outStart = new Int32Array(counts.length + 1);
  const outDoc: number[] = [];
  const outWeight: number[] = [];
  for (let t = 0; t < counts.length; t++) {
    const order = Array.from({ length: start[t + 1]! - start[t]! }, (_, i) => start[t]! + i);
    order.sort((a, b) => weight[b]! - weight[a]! || doc[a]! - doc[b]!);
    for (const at of order.slice(0, maxPostings)) {
      outDoc.push(doc[at]!);
      outWeight.push(weight[at]!);
    }
    outStart[t + 1] = outDoc.length;
  }
  return { postingStart: outStart, postingDoc: Int32Array.from(outDoc), postingWeight: Float32Array.from(outWeight) };
}

/** Cosine of two articles' text vectors (both unit length, term ids ascending). */
export function textCosine(model: TextModel, a: number, b: number): number {
  const ta = model.terms[a]!;
  const tb = model.terms[b]!;
  const wa = model.weights[a]!;
  const wb = model.weights[b]!;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < ta.length && j < tb.length) {
    if (ta[i] === tb[j]) dot += wa[i++]! * wb[j++]!;
    else if (ta[i]! < tb[j]!) i++;
    else j++;
  }
  return dot;
}
