// The search index in parts by age, when site.yaml asks for it (`search.partSize`). Pagefind
// cannot add a page to an index it has written, so one index over the whole archive must be made
// again, every article read, for each new story. In parts, a new story (the newest) changes only
// the newest part; an edit changes the part holding the article. The browser merges the parts
// (Pagefind's mergeIndex) into one list of results.
//
// The price, and why one index stays the default: when a searched word is missing from a part,
// Pagefind answers from that part with the longest prefix of the word it does hold ("armistice"
// finds "arms"), as it does for a whole index that lacks the word. With one index, a word any
// story holds is never cut short; in parts, the parts without it add such near misses.
//
// The parts follow from the articles alone, oldest first: whole blocks of BLOCK articles counted
// from the oldest, then the newest articles (fewer than a block) in parts of PART. Adding the
// newest story leaves every earlier boundary where it was; when the newest parts fill a block,
// they become one part (once every BLOCK stories, indexing a block's worth of pages).
import type { SearchPart } from "../model.ts";

export interface SearchPartSizes {
  /** Articles in each whole block: fewer parts for the browser to merge in a large archive. */
  block: number;
  /** Articles in each of the newest parts: what a new story costs to index. */
  part: number;
}

/** Ten parts' worth of stories make a block, unless site.yaml says otherwise. */
export const BLOCK_PARTS = 10;

/**
 * `articles` newest first (the site model's order); each part's article URLs oldest first. The
 * first part's index is `pagefind/` itself, the one the search page loads; the others are
 * `pagefind/part-2/` and so on, merged into it. Always at least one part, empty for no articles;
 * one part holding every article when `sizes` is undefined (the default).
 */
export function searchParts(articles: readonly { url: string }[], sizes: Readonly<SearchPartSizes> | undefined): SearchPart[] {
  const oldestFirst = [...articles].reverse();
  if (sizes === undefined) return [{ path: "", urls: oldestFirst.map((a) => a.url) }];
  const whole = Math.floor(oldestFirst.length / sizes.block) * sizes.block;
  const bounds: [number, number][] = [];
  for (let at = 0; at < whole; at += sizes.block) bounds.push([at, at + sizes.block]);
  for (let at = whole; at < oldestFirst.length; at += sizes.part) bounds.push([at, Math.min(at + sizes.part, oldestFirst.length)]);
  if (bounds.length === 0) bounds.push([0, 0]);
  return bounds.map(([from, to], i) => ({ path: i === 0 ? "" : `part-${i + 1}/`, urls: oldestFirst.slice(from, to).map((a) => a.url) }));
}
