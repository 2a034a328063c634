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
  /** Per term id: how many of the part's articles have the term (counted as each article is finished, while it is in the cache). */
  documentFrequency: Int32Array;
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
  // Room for one distinct term per 12 characters, more than prose has (about one per 13 to 17):
  // the arrays are allocated once, and every 64 MiB of them allocated sets off a full garbage
  // collection of the whole heap, so they are not made larger than they need to be.
  let characters = 0;
  for (const doc of docs) characters += doc.title.length + (doc.dek?.length ?? 0) + Math.min(doc.body.length, bodyCharacters);
  const rawTerm = new GrowableInts(Math.ceil(characters / 12) + docs.length);
  const rawCount = new GrowableFloats(rawTerm.capacity);
  const counts = new ArticleCounts();
  let documentFrequency = new Int32Array(1024);
  let weight = 0;
  const count = (id: number) => counts.add(id, weight);
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d]!;
    weight = FIELD_WEIGHT.title;
    vocabulary.forEachTerm(doc.title, count);
    weight = FIELD_WEIGHT.dek;
    vocabulary.forEachTerm(doc.dek ?? "", count);
    weight = FIELD_WEIGHT.body;
    vocabulary.forEachTerm(proseOf(bodyStart(doc.body, bodyCharacters)), count);
    if (vocabulary.size > documentFrequency.length) {
      const larger = new Int32Array(Math.max(vocabulary.size, 2 * documentFrequency.length));
      larger.set(documentFrequency);
      documentFrequency = larger;
    }
    counts.drainInto(rawTerm, rawCount, documentFrequency);
    rawStart[d + 1] = rawTerm.length;
  }
  return {
    rawStart,
    rawTerm: rawTerm.view(),
    rawCount: rawCount.view(),
    documentFrequency: documentFrequency.slice(0, vocabulary.size),
    vocabulary: vocabulary.part(),
  };
}

/**
 * One article's weighted term counts, in a small hash table of its own: an article has a few
 * hundred distinct terms, so the table stays in the fastest cache, where an array over the whole
 * vocabulary (hundreds of thousands of terms in a large archive) would miss it at every word.
 */
class ArticleCounts {
  private keys = new Int32Array(1024).fill(EMPTY);
  private values = new Float64Array(1024);
  // Slots in order of first use.
  private used = new Int32Array(512);
  private size = 0;

  add(term: number, weight: number): void {
    const mask = this.keys.length - 1;
    for (let slot = Math.imul(term, 0x9e3779b1) >>> 0 & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot]!;
      if (key === term) {
        this.values[slot]! += weight;
        return;
      }
      if (key === EMPTY) {
        this.keys[slot] = term;
        this.values[slot] = weight;
        this.used[this.size++] = slot;
        // Kept at most half full, so a probe ends soon.
        if (this.size * 2 === this.keys.length) this.grow();
        return;
      }
    }
  }

  /** Appends the terms and counts, in order of first use, counts each term once more in `documentFrequency`, and empties the table. */
  drainInto(terms: GrowableInts, counts: GrowableFloats, documentFrequency: Int32Array): void {
    for (let i = 0; i < this.size; i++) {
      const slot = this.used[i]!;
      terms.push(this.keys[slot]!);
      counts.push(this.values[slot]!);
      documentFrequency[this.keys[slot]!]!++;
      this.keys[slot] = EMPTY;
    }
    this.size = 0;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    const used = this.used;
    this.keys = new Int32Array(keys.length * 2).fill(EMPTY);
    this.values = new Float64Array(keys.length * 2);
    this.used = new Int32Array(keys.length);
    const mask = this.keys.length - 1;
    for (let i = 0; i < this.size; i++) {
      const from = used[i]!;
      let slot = Math.imul(keys[from]!, 0x9e3779b1) >>> 0 & mask;
      while (this.keys[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.keys[slot] = keys[from]!;
      this.values[slot] = values[from]!;
      this.used[i] = slot;
    }
  }
}

const EMPTY = -1;
