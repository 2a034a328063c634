// Reads the optional `search:` block of site.yaml: whether and how the search index is split into parts.
import { BLOCK_PARTS, type SearchPartSizes } from "../index/search-parts.ts";
import type { FieldReader } from "./fields.ts";
import { readNumber } from "./related-options.ts";

const SIZE = { min: 1, max: 1_000_000, integer: true };

/** Undefined (one index) unless `search.partSize` is set. */
export function readSearchOptions(site: FieldReader): SearchPartSizes | undefined {
  if (!site.has("search")) return undefined;
  const block = site.child("search", "a mapping of search-index settings");
  if (!block) return undefined;
  const part = readNumber(block, "partSize", SIZE);
  const blockSize = readNumber(block, "blockSize", SIZE);
  if (part === undefined) {
    if (blockSize !== undefined) block.report("invalid-value", ["partSize"], "a whole number of stories per part, which blockSize needs", "nothing");
    return undefined;
  }
  return { part, block: blockSize ?? part * BLOCK_PARTS };
}
