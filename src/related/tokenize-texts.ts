// Term counts of many articles with one vocabulary: the part of building the text model that one
// thread does for its share of the archive (text-model.ts merges the shares).
import { GrowableFloats, GrowableInts } from "./growable.ts";
import { proseOf } from "./tokenize.ts";
import { Vocabulary, type VocabularyPart } from "./vocabulary.ts";

export interface TextSource {
  title: string;
  dek?: string;
  body: string;
}

/** Article d's term counts are entries rawStart[d] … rawStart[d+1]-1 of rawTerm/rawCount, term ids of `vocabulary`. */
export interface TokenizedPart {
  rawStart: Int32Array;
  rawTerm: Int32Array;
  rawCount: Float32Array;
  vocabulary: VocabularyPart;
}

/** Headline words say most about a story, then the dek's, then the body's. */
const FIELD_WEIGHT = { title: 3, dek: 2, body: 1 } as const;

/** The top of a story says what it is about; reading no further keeps the cost per article bounded. */
export function bodyStart(body: string, characters: number): string {
  return body.length > characters ? body.slice(0, characters) : body;
}

export function tokenizeTexts(docs: readonly TextSource[], bodyCharacters: number): TokenizedPart {
  const vocabulary = new Vocabulary();
  const rawStart = new Int32Array(docs.length + 1);
  const rawTerm = new GrowableInts(docs.length * 64);
  const rawCount = new GrowableFloats(docs.length * 64);
  let counts = new Float64Array(1024);
  const touched = new GrowableInts(1024);
  let weight = 0;
  const count = (id: number) => {
    if (id >= counts.length) counts = grow(counts, vocabulary.size);
    if (counts[id] === 0) touched.push(id);
    counts[id]! += weight;
  };
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d]!;
    touched.length = 0;
    weight = FIELD_WEIGHT.title;
    vocabulary.forEachTerm(doc.title, count);
    weight = FIELD_WEIGHT.dek;
    vocabulary.forEachTerm(doc.dek ?? "", count);
    weight = FIELD_WEIGHT.body;
    vocabulary.forEachTerm(proseOf(bodyStart(doc.body, bodyCharacters)), count);
    // In order of first use: nothing later depends on the order within an article.
    const ids = touched.view();
    for (let i = 0; i < ids.length; i++) {
      rawTerm.push(ids[i]!);
      rawCount.push(counts[ids[i]!]!);
      counts[ids[i]!] = 0;
    }
    rawStart[d + 1] = rawTerm.length;
  }
  return { rawStart, rawTerm: rawTerm.trimmed(), rawCount: rawCount.trimmed(), vocabulary: vocabulary.part() };
}

function grow(array: Float64Array, atLeast: number): Float64Array<ArrayBuffer> {
  const bigger = new Float64Array(Math.max(atLeast + 1, array.length * 2));
  bigger.set(array);
  return bigger;
}
