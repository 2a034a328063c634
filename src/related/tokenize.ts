// Words for text similarity: lower-cased, stop words and numbers dropped, plurals folded.
// vocabulary.ts finds the same words without a regular expression; this is its reference.
import { STOP_WORDS } from "./stop-words.ts";

/**
 * A letter of a script written without spaces between words: Chinese, Japanese, Thai, Lao,
 * Khmer, Burmese. Runs of them are split into words by the Unicode word-break rules, which use a
 * dictionary for these scripts; splitting at spaces alone would make a whole sentence one word.
 */
const UNSPACED_SOURCE = String.raw`(?:(?=\p{L})[\p{scx=Hani}\p{scx=Hira}\p{scx=Kana}\p{scx=Thai}\p{scx=Laoo}\p{scx=Khmr}\p{scx=Mymr}])`;
export const UNSPACED = new RegExp(`^${UNSPACED_SOURCE}$`, "u");
/** Whether a text has any such letter. */
export const HAS_UNSPACED = new RegExp(UNSPACED_SOURCE, "u");
/** A letter of any other script, or a combining mark (a vowel sign in Hindi, an accent written apart). */
const LETTER = String.raw`(?:(?!${UNSPACED_SOURCE})[\p{L}\p{M}])`;
/**
 * A word as written: letters, digits and marks, with apostrophes inside ("O'Brien", "Putin's");
 * or (group 1) a run of unspaced letters and their marks, to be split into words.
 */
const WORD = new RegExp(String.raw`(${UNSPACED_SOURCE}(?:${UNSPACED_SOURCE}|\p{M})*)|(?:${LETTER}|\p{N})+(?:['’]${LETTER}+)*`, "gu");
const POSSESSIVE = /['’]s$/u;
const NUMBER = /^\d+$/;
const HAN = /^\p{scx=Hani}$/u;
const ASCII = /^[\0-\x7f]*$/;
// The root locale: the same words whatever the machine's language settings.
const WORD_BREAK = new Intl.Segmenter("und", { granularity: "word" });

/**
 * The longest piece of a run given to the word-break rules at once (code units). Their time grows
 * with the square of a run's length (a run of 100,000 Chinese characters took 17 s; of 10,000,
 * 28 ms), so a longer run, which prose never has (punctuation comes every few dozen characters),
 * is split at this length, at the next character that does not continue the one before.
 */
export const LONGEST_SEGMENTED = 1000;
const CONTINUES = /^[\p{M}\udc00-\udfff]/u;

/** Calls `visit` with the start and end (code units) of each word in a run of unspaced letters. */
export function forEachUnspacedWord(run: string, visit: (start: number, end: number) => void): void {
  for (let from = 0; from < run.length; ) {
    let to = Math.min(run.length, from + LONGEST_SEGMENTED);
    while (to < run.length && CONTINUES.test(run.slice(to, to + 1))) to++;
    const piece = run.slice(from, to);
    // Segment by segment with containing(), which took 0.7 of the time of iterating the segments.
    const segments = WORD_BREAK.segment(piece);
    for (let at = 0; at < piece.length; ) {
      const { segment, index, isWordLike } = segments.containing(at)!;
      at = index + segment.length;
      if (isWordLike) visit(from + index, from + at);
    }
    from = to;
  }
}

/** Light stemming: enough to match "sanction"/"sanctions" and "talks"/"talk" without mangling names. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith("ies") && word.length > 5) return `${word.slice(0, -3)}y`;
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) return word.slice(0, -1);
  return word;
}

export interface Token {
  term: string;
  surface: string;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const add = (written: string) => {
    const token = termOf(written);
    if (token) tokens.push(token);
  };
  for (const [written, run] of text.matchAll(WORD)) {
    if (run === undefined) add(written);
    else forEachUnspacedWord(run, (start, end) => add(run.slice(start, end)));
  }
  return tokens;
}

/**
 * The term a word stands for; undefined for stop words, numbers and single letters. A word of an
 * unspaced script is kept from two characters on, or as one Chinese character (often a word of
 * its own, where a single kana or Thai letter is a particle or a fragment).
 */
export function termOf(written: string): Token | undefined {
  const surface = written.replace(POSSESSIVE, "");
  const cased = surface.toLowerCase();
  // Compatibility forms folded: "é" written as e plus an accent, full-width "ＩＭＦ" (ASCII is left as it is).
  const lower = ASCII.test(cased) ? cased : cased.normalize("NFKC");
  if (STOP_WORDS.has(lower) || NUMBER.test(lower)) return undefined;
  const first = String.fromCodePoint(lower.codePointAt(0)!);
  if (UNSPACED.test(first) ? first.length === lower.length && !HAN.test(first) : lower.length < 2) return undefined;
  return { term: stem(lower), surface };
}

/**
 * The prose of a Markdown body, for counting its words: code blocks, images (with their alt
 * text), link targets and bare URLs are replaced by a space, in one pass; punctuation is left,
 * since no word contains it. The patterns stop at the next bracket or parenthesis: `[^\]]*` would
 * rescan to the end of the body from every `[`, so a body of 50,000 `[` took 15 seconds
 * (quadratic); these stay linear.
 */
export function proseOf(markdown: string): string {
  return markdown.replace(NOT_PROSE, " ");
}

const NOT_PROSE = /```[\s\S]*?```|!\[[^[\]]*\]\([^()[\]]*\)|\]\([^()[\]]*\)|https?:\/\/\S+/g;
