// Term ids for the words of a text, found without a regular expression and without making a
// string per word: an archive repeats the same few hundred thousand written forms millions of
// times, so each form is known by a 64-bit hash of its characters and its length, computed where
// it stands, and lower-casing, stop words and stemming run once per distinct form (termOf), never
// per occurrence. Two forms that collide in all 64 bits and length (for a million distinct forms,
// a chance of about one in ten million) would be counted as one word; nothing else is affected.
import { termOf } from "./tokenize.ts";

/** A written form that is not a term (a stop word, a number, a single letter). */
export const NOT_A_TERM = -1;

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/** What a vocabulary learned, to be merged with another thread's (text-model.ts). */
export interface VocabularyPart {
  /** Term id → the term (lower-cased, stemmed). */
  terms: string[];
  /** Each written form that is a term, how it is shown (possessive dropped), its term id and how often it was seen. */
  surfaces: string[];
  surfaceTerm: Int32Array;
  surfaceCount: Int32Array;
}

// A slot of the form table: two hashes, the length (0 for an empty slot), the term id, the count
// of occurrences and the form's index.
const STRIDE = 6;

export class Vocabulary {
  private readonly terms: string[] = [];
  private readonly byTerm = new Map<string, number>();
  // Open-addressing table of written forms: one short run of memory per probe, no string touched.
  private table = new Int32Array(STRIDE << 16);
  private readonly forms: string[] = [];

  get size(): number {
    return this.terms.length;
  }

  /**
   * Calls `visit` with the term id of every word of `text`, in order, skipping words that are not
   * terms. A word is what `WORD` in tokenize.ts matches: letters and digits, with apostrophes
   * followed by letters inside ("O'Brien", "Putin's").
   */
  forEachTerm(text: string, visit: (term: number) => void): void {
    const length = text.length;
    let i = 0;
    while (i < length) {
      const first = text.charCodeAt(i);
      let width = first < 128 ? ASCII_WORD[first]! : wordCharWidth(text, i, false);
      if (width === 0) {
        i++;
        continue;
      }
      const start = i;
      // Letters and digits…
      while (width > 0) {
        i += width;
        if (i >= length) break;
        const unit = text.charCodeAt(i);
        width = unit < 128 ? ASCII_WORD[unit]! : wordCharWidth(text, i, false);
      }
      // …then any number of apostrophes each followed by letters.
      while (i + 1 < length) {
        const quote = text.charCodeAt(i);
        if (quote !== APOSTROPHE && quote !== RIGHT_QUOTE) break;
        width = wordCharWidth(text, i + 1, true);
        if (width === 0) break;
        i++;
        while (width > 0) {
          i += width;
          width = i < length ? wordCharWidth(text, i, true) : 0;
        }
      }
      // Two independent hashes of the word's code units, where it stands.
      let hash = 0x811c9dc5;
      let hash2 = 0x2545f491;
      for (let k = start; k < i; k++) {
        const unit = text.charCodeAt(k);
        hash = Math.imul(hash ^ unit, 0x01000193);
        hash2 = Math.imul(hash2 + unit, 0x5bd1e995) ^ (hash2 >>> 15);
      }
      const term = this.termAt(text, start, i, hash, hash2);
      if (term !== NOT_A_TERM) visit(term);
    }
  }

  /** The terms and written forms seen so far. */
  part(): VocabularyPart {
    const surfaces: string[] = [];
    const surfaceTerm: number[] = [];
    const surfaceCount: number[] = [];
    const table = this.table;
    for (let at = 0; at < table.length; at += STRIDE) {
      if (table[at + 2] === 0 || table[at + 3] === NOT_A_TERM) continue;
      surfaces.push(termOf(this.forms[table[at + 5]!]!)!.surface);
      surfaceTerm.push(table[at + 3]!);
      surfaceCount.push(table[at + 4]!);
    }
    return { terms: [...this.terms], surfaces, surfaceTerm: Int32Array.from(surfaceTerm), surfaceCount: Int32Array.from(surfaceCount) };
  }

  private termAt(text: string, start: number, end: number, hash: number, hash2: number): number {
    const table = this.table;
    const slots = table.length / STRIDE;
    const length = end - start;
    for (let slot = hash & (slots - 1); ; slot = (slot + 1) & (slots - 1)) {
      const at = slot * STRIDE;
      if (table[at + 2] === 0) return this.addForm(text.slice(start, end), hash, hash2, at);
      if (table[at] === hash && table[at + 1] === hash2 && table[at + 2] === length) {
        table[at + 4]!++;
        return table[at + 3]!;
      }
    }
  }

  private addForm(written: string, hash: number, hash2: number, at: number): number {
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
    const table = this.table;
    table[at] = hash;
    table[at + 1] = hash2;
    table[at + 2] = written.length;
    table[at + 3] = term;
    table[at + 4] = 1;
    table[at + 5] = this.forms.length;
    this.forms.push(written);
    // Kept at most half full, so a probe ends soon.
    if (this.forms.length * 2 > table.length / STRIDE) this.rehash();
    return term;
  }

  private rehash(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    const slots = this.table.length / STRIDE;
    for (let from = 0; from < old.length; from += STRIDE) {
      if (old[from + 2] === 0) continue;
      let slot = old[from]! & (slots - 1);
      while (this.table[slot * STRIDE + 2] !== 0) slot = (slot + 1) & (slots - 1);
      this.table.set(old.subarray(from, from + STRIDE), slot * STRIDE);
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
  private readonly known = new Map<number, string>();

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
  }

  of(term: number): string {
    let spelling = this.known.get(term);
    if (spelling !== undefined) return spelling;
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
    this.known.set(term, (spelling = best));
    return spelling;
  }
}

function spellingBefore(x: string, y: string): boolean {
  const xLower = x === x.toLowerCase();
  const yLower = y === y.toLowerCase();
  if (xLower !== yLower) return xLower;
  return x < y;
}

// Whether a UTF-16 code unit below 0x10000 is a letter (1), a digit (2) or neither (0), learned
// from the same Unicode classes as WORD as each is first met.
const UNKNOWN = 255;
const classOf = new Uint8Array(0x10000).fill(UNKNOWN);
const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;
for (let c = 0; c < 128; c++) classOf[c] = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : c >= 0x30 && c <= 0x39 ? 2 : 0;
/** Width of an ASCII word character (letters and digits), 0 for anything else. */
const ASCII_WORD = Uint8Array.from(classOf.subarray(0, 128), (kind) => (kind === 0 ? 0 : 1));
const astral = new Map<number, number>();

function classify(character: string): number {
  return LETTER.test(character) ? 1 : NUMBER.test(character) ? 2 : 0;
}

/** Code units (1 or 2) of the word character at `i`, or 0 when there is none; `lettersOnly` after an apostrophe. */
function wordCharWidth(text: string, i: number, lettersOnly: boolean): number {
  const unit = text.charCodeAt(i);
  if (unit !== unit) return 0; // past the end
  let kind: number;
  let width = 1;
  if (unit >= 0xd800 && unit <= 0xdbff) {
    const point = text.codePointAt(i)!;
    if (point > 0xffff) {
      width = 2;
      kind = astral.get(point) ?? UNKNOWN;
      if (kind === UNKNOWN) astral.set(point, (kind = classify(String.fromCodePoint(point))));
    } else kind = 0;
  } else {
    kind = classOf[unit]!;
    if (kind === UNKNOWN) classOf[unit] = kind = classify(String.fromCharCode(unit));
  }
  return kind === 1 || (kind === 2 && !lettersOnly) ? width : 0;
}
