// Words for text similarity: lower-cased, stop words and numbers dropped, plurals folded.
import { STOP_WORDS } from "./stop-words.ts";

/** A word as written: letters and digits, with apostrophes inside ("O'Brien", "Putin's"). */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const POSSESSIVE = /['’]s$/u;
const NUMBER = /^\d+$/;

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
  for (const written of text.match(WORD) ?? []) {
    const token = termOf(written);
    if (token) tokens.push(token);
  }
  return tokens;
}

/** The term a word (one match of WORD) stands for; undefined for stop words, numbers and single letters. */
export function termOf(written: string): Token | undefined {
  const surface = written.replace(POSSESSIVE, "");
  const lower = surface.toLowerCase();
  if (lower.length < 2 || STOP_WORDS.has(lower) || NUMBER.test(lower)) return undefined;
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
