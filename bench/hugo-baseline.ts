// A Hugo-style related-content baseline: shared tags only, one weight per shared tag, a threshold,
// newer articles included (Hugo's includeNewer = true), ties by date then slug. No text.

export interface TaggedArticle {
  slug: string;
  date: Date;
  tags: readonly string[];
}

export function hugoStyleRelated(articles: readonly TaggedArticle[], limit: number, threshold = 1): Map<string, string[]> {
  const byTag = new Map<string, TaggedArticle[]>();
  for (const a of articles) for (const t of a.tags) byTag.set(t, [...(byTag.get(t) ?? []), a]);
  const result = new Map<string, string[]>();
  for (const a of articles) {
    const shared = new Map<TaggedArticle, number>();
    for (const t of new Set(a.tags)) for (const other of byTag.get(t) ?? []) if (other !== a) shared.set(other, (shared.get(other) ?? 0) + 1);
    const ranked = [...shared]
      .filter(([, count]) => count >= threshold)
      .sort(([x, cx], [y, cy]) => cy - cx || y.date.getTime() - x.date.getTime() || (x.slug < y.slug ? -1 : 1))
      .slice(0, limit)
      .map(([other]) => other.slug);
    result.set(a.slug, ranked);
  }
  return result;
}
