// Term ids for the words of a text, found without a regular expression and without making a
// string per word: an archive repeats the same few hundred thousand written forms millions of
// times, so each form is hashed from its characters where it stands, and lower-casing, stop words
// and stemming run once per distinct form (termOf), never per occurrence.
import { termOf } from "./tokenize.ts";

/** A written form that is not a term (a stop word, a number, a single letter). */
export const NOT_A_TERM = -1;

const EMPTY = -1;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

export class Vocabulary {
  /** How each term is usually written, by term id. */
  readonly surface: string[] = [];
  private readonly byTerm = new Map<string, number>();
  // Open-addressing table of written forms: slot → index into forms/formTerm, or EMPTY.
  private slots = new Int32Array(1 << 16).fill(EMPTY);
  private slotHash = new Int32Array(1 << 16);
  private readonly forms: string[] = [];
  private readonly formTerm: number[] = [];

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
      // Letters and digits…
      while (width > 0) {
        hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
        if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(i + 1), 0x01000193);
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
        i++;
        while (width > 0) {
          hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
          if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(i + 1), 0x01000193);
          i += width;
          width = i < length ? wordCharWidth(text, i, true) : 0;
        }
      }
      const term = this.termAt(text, start, i, hash);
      if (term !== NOT_A_TERM) visit(term);
    }
  }

  private termAt(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const form = this.slots[slot]!;
      if (form === EMPTY) return this.addForm(text.slice(start, end), hash, slot);
      if (this.slotHash[slot] === hash && sameChars(this.forms[form]!, text, start, end)) return this.formTerm[form]!;
    }
  }

  private addForm(written: string, hash: number, slot: number): number {
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
    this.slots[slot] = this.forms.length;
    this.slotHash[slot] = hash;
    this.forms.push(written);
    this.formTerm.push(term);
    // Kept at most half full, so a probe ends soon.
    if (this.forms.length * 2 > this.slots.length) this.rehash();
    return term;
  }

  private rehash(): void {
    const oldSlots = this.slots;
    const oldHash = this.slotHash;
    this.slots = new Int32Array(oldSlots.length * 2).fill(EMPTY);
    this.slotHash = new Int32Array(oldSlots.length * 2);
    const mask = this.slots.length - 1;
    for (let s = 0; s < oldSlots.length; s++) {
      if (oldSlots[s] === EMPTY) continue;
      let slot = oldHash[s]! & mask;
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.slots[slot] = oldSlots[s]!;
      this.slotHash[slot] = oldHash[s]!;
    }
  }
}

function sameChars(form: string, text: string, start: number, end: number): boolean {
  if (form.length !== end - start) return false;
  for (let k = 0; k < form.length; k++) if (form.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
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
