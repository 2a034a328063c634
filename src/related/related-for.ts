// Related reading v1: editor picks first, then articles ranked by shared tags weighted by rarity.
import type { Article, RelatedItem } from "../model.ts";
import type { RelatedIndex } from "./related-index.ts";

export function relatedFor(article: Article, index: RelatedIndex, limit: number): RelatedItem[] {
  const direction = (other: Article) => (other.date.getTime() <= article.date.getTime() ? "background" : "later") as RelatedItem["direction"];
  const items: RelatedItem[] = [];
  const seen = new Set([article.slug]);

  for (const slug of article.related) {
    const pick = index.bySlug.get(slug);
    // A pick that is a draft or scheduled is not on the site yet, so it is not linked.
    if (!pick || seen.has(slug)) continue;
    seen.add(slug);
    items.push({ slug, score: Infinity, pick: true, sharedTags: sharedTags(article, pick, index), direction: direction(pick) });
  }

  const scores = new Map<string, number>();
  for (const tag of article.tags) {
    const weight = index.tagWeight.get(tag) ?? 0;
    for (const other of index.byTag.get(tag) ?? []) {
      if (!seen.has(other.slug)) scores.set(other.slug, (scores.get(other.slug) ?? 0) + weight);
    }
  }
  const ranked = [...scores]
    .map(([slug, score]) => ({ other: index.bySlug.get(slug)!, score }))
    .sort((a, b) => b.score - a.score || b.other.date.getTime() - a.other.date.getTime() || (a.other.slug < b.other.slug ? -1 : 1));

  for (const { other, score } of ranked) {
    if (items.length >= limit) break;
    items.push({ slug: other.slug, score, pick: false, sharedTags: sharedTags(article, other, index), direction: direction(other) });
  }
  return items.slice(0, Math.max(limit, article.related.length));
}

/** Shared tags, rarest first, so a reason names the most telling topics. */
function sharedTags(a: Article, b: Article, index?: RelatedIndex): string[] {
  const theirs = new Set(b.tags);
  const shared = a.tags.filter((t) => theirs.has(t));
  if (index) shared.sort((x, y) => (index.tagWeight.get(y) ?? 0) - (index.tagWeight.get(x) ?? 0) || (x < y ? -1 : 1));
  return shared;
}
