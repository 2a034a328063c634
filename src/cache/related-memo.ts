// Related reading is recomputed only when something it reads has changed: a template or
// stylesheet edit, or an image, leaves every list as it was.
import { createHash } from "node:crypto";
import type { RelatedItem } from "../model.ts";
import type { RelatedOptions } from "../related/options.ts";
import type { RelatedInput } from "../related/related-reading.ts";

export type RelatedLists = Map<string, RelatedItem[]>;
export type RelatedFunction = (articles: readonly RelatedInput[], options: RelatedOptions) => RelatedLists;

export function memoizeRelated(compute: RelatedFunction, memo: { get(key: string, compute: () => RelatedLists): RelatedLists }): RelatedFunction {
  return (articles, options) => memo.get(relatedInputKey(articles, options), () => compute(articles, options));
}

export function relatedInputKey(articles: readonly RelatedInput[], options: RelatedOptions): string {
  const hash = createHash("sha256").update(JSON.stringify(options));
  for (const a of [...articles].sort((x, y) => (x.slug < y.slug ? -1 : 1))) {
    hash.update(
      JSON.stringify([a.slug, a.date.getTime(), a.title, a.dek ?? "", a.tags, a.section ?? "", a.authors, a.type, a.related]) +
        createHash("sha256").update(a.body).digest("base64url"),
    );
  }
  return hash.digest("base64url");
}
