// The inverted index related reading is computed from: tag → articles, and each tag's rarity.
import type { Article } from "../model.ts";

export interface RelatedIndex {
  bySlug: Map<string, Article>;
  byTag: Map<string, Article[]>;
  /** Inverse document frequency: a tag on few articles weighs more than one on many. */
  tagWeight: Map<string, number>;
}

export function buildRelatedIndex(articles: readonly Article[]): RelatedIndex {
  const bySlug = new Map<string, Article>();
  const byTag = new Map<string, Article[]>();
  for (const article of articles) {
    bySlug.set(article.slug, article);
    for (const tag of article.tags) {
      let list = byTag.get(tag);
      if (!list) byTag.set(tag, (list = []));
      list.push(article);
    }
  }
  const tagWeight = new Map<string, number>();
  const n = articles.length;
  for (const [tag, list] of byTag) tagWeight.set(tag, Math.log(1 + n / list.length));
  return { bySlug, byTag, tagWeight };
}
