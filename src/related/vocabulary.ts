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

export class Vocabulary {
  /** How each term is usually written, by term id. */
  readonly surface: string[] = [];
  private readonly byTerm = new Map<string, number>();
  // Open-addressing table of written forms, four numbers a slot: two hashes, the length (0 for an
  // empty slot) and the term id. One cache line per probe, no string touched.
  private table = new Int32Array(4 << 16);
  private forms = 0;

  get size(): number {
    return this.surface.length;
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
      let hash = 0x811c9dc5;
      let hash2 = 0x2545f491;
      // Letters and digits…
      while (width > 0) {
        hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
        hash2 = Math.imul(hash2 + text.charCodeAt(i), 0x5bd1e995) ^ (hash2 >>> 15);
        if (width === 2) {
          hash = Math.imul(hash ^ text.charCodeAt(i + 1), 0x01000193);
          hash2 = Math.imul(hash2 + text.charCodeAt(i + 1), 0x5bd1e995) ^ (hash2 >>> 15);
        }
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
        hash = Math.imul(hash ^ quote, 0x01000193);
        hash2 = Math.imul(hash2 + quote, 0x5bd1e995) ^ (hash2 >>> 15);
        i++;
        while (width > 0) {
          hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
          hash2 = Math.imul(hash2 + text.charCodeAt(i), 0x5bd1e995) ^ (hash2 >>> 15);
          if (width === 2) {
            hash = Math.imul(hash ^ text.charCodeAt(i + 1), 0x01000193);
            hash2 = Math.imul(hash2 + text.charCodeAt(i + 1), 0x5bd1e995) ^ (hash2 >>> 15);
          }
          i += width;
          width = i < length ? wordCharWidth(text, i, true) : 0;
        }
      }
      const term = this.termAt(text, start, i, hash, hash2);
      if (term !== NOT_A_TERM) visit(term);
    }
  }

  private termAt(text: string, start: number, end: number, hash: number, hash2: number): number {
    const table = this.table;
    const mask = (table.length >> 2) - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot << 2;
      if (table[at + 2] === 0) return this.addForm(text.slice(start, end), hash, hash2, at);
      if (table[at] === hash && table[at + 1] === hash2 && table[at + 2] === length) return table[at + 3]!;
    }
  }

  private addForm(written: string, hash: number, hash2: number, at: number): number {
    const token = termOf(written);
    let term = NOT_A_TERM;
    if (token !== undefined) {
      const known = this.byTerm.get(token.term);
      if (known === undefined) {
        term = this.surface.length;
        this.byTerm.set(token.term, term);
        this.surface.push(token.surface);
      } else {
        term = known;
        // Seen in lower case somewhere: capitals elsewhere were only sentence starts.
        if (token.surface !== this.surface[term] && token.surface === token.surface.toLowerCase()) this.surface[term] = token.surface;
      }
    }
    this.table[at] = hash;
    this.table[at + 1] = hash2;
    this.table[at + 2] = written.length;
    this.table[at + 3] = term;
    // Kept at most half full, so a probe ends soon.
    if (++this.forms * 2 > this.table.length >> 2) this.rehash();
    return term;
  }

  private rehash(): void {
    const old = this.table;
    this.table = new Int32Array(old.length * 2);
    const mask = (this.table.length >> 2) - 1;
    for (let from = 0; from < old.length; from += 4) {
      if (old[from + 2] === 0) continue;
      let slot = old[from]! & mask;
      while (this.table[(slot << 2) + 2] !== 0) slot = (slot + 1) & mask;
      this.table.set(old.subarray(from, from + 4), slot << 2);
    }
  }
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
