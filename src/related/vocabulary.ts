// Term ids for the words of a text, found without a regular expression and without making a
// string per word: an archive repeats the same few hundred thousand written forms millions of
// times, so each form is known by a 64-bit hash of its characters and its length, computed as the
// word is read, and lower-casing, stop words and stemming run once per distinct form (termOf),
// never per occurrence. Two forms that collide in all 64 bits (for a million distinct forms, a
// chance of about one in ten million) would be counted as one word; nothing else is affected.
import { forEachUnspacedWord, termOf, UNSPACED } from "./tokenize.ts";

/** A written form that is not a term (a stop word, a number, a single letter). */
export const NOT_A_TERM = -1;

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/** What a vocabulary learned, to be merged with another thread's (text-model.ts). */
export interface VocabularyPart {
  /** Term id → the term (lower-cased, stemmed). */
  terms: string[];
  /** The term ids in the terms' code-unit order: vocabularies are merged in one pass (text-model.ts). */
  order: Int32Array;
  /** Each written form that is a term, how it is shown (possessive dropped), its term id and how often it was seen. */
  surfaces: string[];
  surfaceTerm: Int32Array;
  surfaceCount: Int32Array;
}

// A slot of the form table, 16 bytes (one cache line, never two): the two hashes, the term id and
// the count of occurrences (0 for an empty slot). The form's index is kept apart (formAt): it is
// read only when the vocabulary is handed over.
const STRIDE = 4;
const HASH = 0;
const HASH2 = 1;
const TERM = 2;
const COUNT = 3;

export class Vocabulary {
  private readonly terms: string[] = [];
  private readonly byTerm = new Map<string, number>();
  // Open-addressing table of written forms: one short run of memory per probe, no string touched.
  private table = new Int32Array(STRIDE << 16);
  private formAt = new Int32Array(1 << 16);
  private readonly forms: string[] = [];

  get size(): number {
    return this.terms.length;
  }

  /**
   * Calls `visit` with the term id of every word of `text`, in order, skipping words that are not
   * terms. The words are those `tokenize` in tokenize.ts finds: letters, digits and marks, with
   * apostrophes followed by letters inside ("O'Brien", "Putin's"); runs of a script written
   * without spaces are split by its word-break rules.
   */
  forEachTerm(text: string, visit: (term: number) => void): void {
    const length = text.length;
    let i = 0;
    while (i < length) {
      let unit = text.charCodeAt(i);
      let width = unit < 128 ? ASCII_WORD[unit]! : wordCharWidth(text, i, false);
      if (width === 0) {
        // wordCharWidth has just learned the kind of any character below the surrogates.
        const unspaced = unit >= FIRST_UNSPACED && (unit < 0xd800 ? classOf[unit] === UNSPACED_KIND : kindAt(text, i) >> 2 === UNSPACED_KIND);
        i = unspaced ? this.unspacedRun(text, i, visit) : i + 1;
        continue;
      }
      const start = i;
      // Two independent hashes of the word's code units, taken as they are read.
      let hash = 0x811c9dc5;
      let hash2 = 0x2545f491;
      // Letters and digits…
      for (;;) {
        hash = Math.imul(hash ^ unit, 0x01000193);
        hash2 = Math.imul(hash2 + unit, 0x5bd1e995) ^ (hash2 >>> 15);
        if (width === 2) {
          const low = text.charCodeAt(i + 1);
          hash = Math.imul(hash ^ low, 0x01000193);
          hash2 = Math.imul(hash2 + low, 0x5bd1e995) ^ (hash2 >>> 15);
        }
        i += width;
        if (i >= length) {
          unit = 0;
          break;
        }
        unit = text.charCodeAt(i);
        width = unit < 128 ? ASCII_WORD[unit]! : wordCharWidth(text, i, false);
        if (width === 0) break;
      }
      // …then any number of apostrophes each followed by letters (`unit` is the character after the letters).
      while ((unit === APOSTROPHE || unit === RIGHT_QUOTE) && i + 1 < length) {
        width = wordCharWidth(text, i + 1, true);
        if (width === 0) break;
        for (let end = i + 1 + width; ; ) {
          for (; i < end; i++) {
            const part = text.charCodeAt(i);
            hash = Math.imul(hash ^ part, 0x01000193);
            hash2 = Math.imul(hash2 + part, 0x5bd1e995) ^ (hash2 >>> 15);
          }
          width = i < length ? wordCharWidth(text, i, true) : 0;
          if (width === 0) break;
          end = i + width;
        }
        unit = i < length ? text.charCodeAt(i) : 0;
      }
      // The length, folded into the second hash, tells apart forms whose characters hash alike.
      const term = this.termAt(text, start, i, hash, hash2 ^ Math.imul(i - start, 0x9e3779b1));
      if (term !== NOT_A_TERM) visit(term);
    }
  }

  /** Visits the terms of the words in the run of unspaced letters (and marks) from `start`; returns where the run ends. */
  private unspacedRun(text: string, start: number, visit: (term: number) => void): number {
    let end = start;
    for (let at = kindAt(text, end); at >> 2 === UNSPACED_KIND || at >> 2 === MARK_KIND; at = kindAt(text, end)) end += at & 3;
    forEachUnspacedWord(text.slice(start, end), (from, to) => {
      let hash = 0x811c9dc5;
      let hash2 = 0x2545f491;
      for (let k = start + from; k < start + to; k++) {
        const unit = text.charCodeAt(k);
        hash = Math.imul(hash ^ unit, 0x01000193);
        hash2 = Math.imul(hash2 + unit, 0x5bd1e995) ^ (hash2 >>> 15);
      }
      const term = this.termAt(text, start + from, start + to, hash, hash2 ^ Math.imul(to - from, 0x9e3779b1));
      if (term !== NOT_A_TERM) visit(term);
    });
    return end;
  }

  /** The terms and written forms seen so far. */
  part(): VocabularyPart {
    const surfaces: string[] = [];
    const surfaceTerm: number[] = [];
    const surfaceCount: number[] = [];
    const table = this.table;
    for (let slot = 0; slot < this.formAt.length; slot++) {
      const at = slot * STRIDE;
      if (table[at + COUNT] === 0 || table[at + TERM] === NOT_A_TERM) continue;
      surfaces.push(termOf(this.forms[this.formAt[slot]!]!)!.surface);
      surfaceTerm.push(table[at + TERM]!);
      surfaceCount.push(table[at + COUNT]!);
    }
    const order = Int32Array.from([...this.terms].sort(), (term) => this.byTerm.get(term)!);
    return { terms: [...this.terms], order, surfaces, surfaceTerm: Int32Array.from(surfaceTerm), surfaceCount: Int32Array.from(surfaceCount) };
  }

  private termAt(text: string, start: number, end: number, hash: number, hash2: number): number {
    const table = this.table;
    const mask = this.formAt.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * STRIDE;
      const count = table[at + COUNT]!;
      if (count === 0) return this.addForm(text.slice(start, end), hash, hash2, slot);
      if (table[at + HASH] === hash && table[at + HASH2] === hash2) {
        table[at + COUNT] = count + 1;
        return table[at + TERM]!;
      }
    }
  }

  private addForm(written: string, hash: number, hash2: number, slot: number): number {
    const token = termOf(written);
    let term = NOT_A_TERM;
    if (token !== undefined) {
      const known = this.byTerm.get(token.term);
      if (known === undefined) {
        term = this.terms.length;
        this.byTerm.set(token.term, term);
        this.terms.push(token.term);
      } else term = known;
    }
    const at = slot * STRIDE;
    const table = this.table;
    table[at + HASH] = hash;
    table[at + HASH2] = hash2;
    table[at + TERM] = term;
    table[at + COUNT] = 1;
    this.formAt[slot] = this.forms.length;
    this.forms.push(written);
    // Kept at most three quarters full: a probe still ends within a cache line or two, and the
    // table is often half the size it would be kept half full, so more of a large archive's forms
    // stay in the cache (tokenizing 50,000 articles took 1/1.18 of the time).
    if (this.forms.length * 4 > this.formAt.length * 3) this.rehash();
    return term;
  }

  private rehash(): void {
    const old = this.table;
    const oldFormAt = this.formAt;
    this.table = new Int32Array(old.length * 2);
    this.formAt = new Int32Array(oldFormAt.length * 2);
    const mask = this.formAt.length - 1;
    for (let from = 0; from < oldFormAt.length; from++) {
      if (old[from * STRIDE + COUNT] === 0) continue;
      let slot = old[from * STRIDE + HASH]! & mask;
      while (this.table[slot * STRIDE + COUNT] !== 0) slot = (slot + 1) & mask;
      this.table.set(old.subarray(from * STRIDE, (from + 1) * STRIDE), slot * STRIDE);
      this.formAt[slot] = oldFormAt[from]!;
    }
  }
}

/**
 * How each term is usually written: the spelling seen most often (a possessive counts as its
 * noun), then lower case over capitals, then the first in code-unit order. It does not depend on
 * the order in which articles were read, so any split of the work between threads gives the same.
 * Worked out on demand: only the words named in reasons are ever shown.
 */
export class UsualSpellings {
  // Per part, its forms grouped by global term id (counting sort): term t's are order[start[t]] … order[start[t+1]-1].
  private readonly groups: { part: VocabularyPart; start: Int32Array; order: Int32Array; global: Int32Array }[];
  // Spellings worked out so far, by term id; "" for not yet.
  private readonly known: string[];

  constructor(
    readonly size: number,
    parts: readonly { part: VocabularyPart; ids: Int32Array }[],
  ) {
    this.groups = parts.map(({ part, ids }) => {
      const global = Int32Array.from(part.surfaceTerm, (local) => ids[local]!);
      const start = new Int32Array(size + 1);
      for (const t of global) start[t + 1]!++;
      for (let t = 0; t < size; t++) start[t + 1]! += start[t]!;
      const fill = start.slice(0, size);
      const order = new Int32Array(global.length);
      global.forEach((t, i) => (order[fill[t]!++] = i));
      return { part, start, order, global };
    });
    this.known = new Array<string>(size).fill("");
  }

  of(term: number): string {
    let spelling = this.known[term]!;
    if (spelling !== "") return spelling;
    const counts = new Map<string, number>();
    for (const { part, start, order } of this.groups) {
      for (let k = start[term]!; k < start[term + 1]!; k++) {
        const i = order[k]!;
        counts.set(part.surfaces[i]!, (counts.get(part.surfaces[i]!) ?? 0) + part.surfaceCount[i]!);
      }
    }
    let best = "";
    let bestCount = -1;
    for (const [surface, count] of counts) {
      if (count > bestCount || (count === bestCount && spellingBefore(surface, best))) {
        best = surface;
        bestCount = count;
      }
    }
    this.known[term] = spelling = best;
    return spelling;
  }
}

function spellingBefore(x: string, y: string): boolean {
  const xLower = x === x.toLowerCase();
  const yLower = y === y.toLowerCase();
  if (xLower !== yLower) return xLower;
  return x < y;
}

// What kind of word character a UTF-16 code unit below 0x10000 is (a *_KIND, or 0 for none),
// learned from the same Unicode classes as tokenize.ts as each is first met.
const LETTER_KIND = 1;
const DIGIT_KIND = 2;
const MARK_KIND = 3;
const UNSPACED_KIND = 4;
const UNKNOWN = 255;
const classOf = new Uint8Array(0x10000).fill(UNKNOWN);
const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
const MARK = /^\p{M}$/u;
for (let c = 0; c < 128; c++) classOf[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? LETTER_KIND : c >= 0x30 && c <= 0x39 ? DIGIT_KIND : 0;
/** Width of an ASCII word character (letters and digits), 0 for anything else. */
const ASCII_WORD = Uint8Array.from(classOf.subarray(0, 128), (kind) => (kind === 0 ? 0 : 1));
const astral = new Map<number, number>();
/** No unspaced script has letters below Thai's block. */
const FIRST_UNSPACED = 0x0e00;

function classify(character: string): number {
  if (UNSPACED.test(character)) return UNSPACED_KIND;
  return LETTER.test(character) ? LETTER_KIND : NUMBER.test(character) ? DIGIT_KIND : MARK.test(character) ? MARK_KIND : 0;
}

/** The kind of character at `i` times 4, plus its width in code units (1 or 2); 0 past the end and for a lone surrogate. */
function kindAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit !== unit) return 0; // past the end
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const point = text.codePointAt(i)!;
    if (point <= 0xffff) return 0;
    let kind = astral.get(point) ?? UNKNOWN;
    if (kind === UNKNOWN) astral.set(point, (kind = classify(String.fromCodePoint(point))));
    return kind * 4 + 2;
  }
  let kind = classOf[unit]!;
  if (kind === UNKNOWN) classOf[unit] = kind = classify(String.fromCharCode(unit));
  return kind * 4 + 1;
}

/** Code units (1 or 2) of the word character at `i`, or 0 when there is none; `lettersOnly` after an apostrophe (letters and marks). */
function wordCharWidth(text: string, i: number, lettersOnly: boolean): number {
  const unit = text.charCodeAt(i);
  let kind: number;
  let width = 1;
  // Most characters are below the surrogates: their kind is one load (kindAt does the rest).
  if (unit < 0xd800) {
    kind = classOf[unit]!;
    if (kind === UNKNOWN) classOf[unit] = kind = classify(String.fromCharCode(unit));
  } else {
    const at = kindAt(text, i);
    kind = at >> 2;
    width = at & 3;
  }
  return kind === LETTER_KIND || kind === MARK_KIND || (kind === DIGIT_KIND && !lettersOnly) ? width : 0;
}
