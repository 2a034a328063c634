// Story series: articles sharing a `series` name form a package page with its own timeline.
import type { RenderedArticle, SeriesPage, SeriesRef, Teaser, TimeView } from "../model.ts";
import { slugify } from "../format/slug.ts";

export interface SeriesIndex {
  pages: SeriesPage[];
  /** Article slug → its place in its series. */
  refs: Map<string, SeriesRef>;
}

export function buildSeries(articles: readonly RenderedArticle[], teaser: (slug: string) => Teaser, time: (date: Date) => TimeView): SeriesIndex {
  const groups = new Map<string, RenderedArticle[]>();
  for (const a of articles) {
    if (a.series === undefined) continue;
    const slug = slugify(a.series);
    const group = groups.get(slug) ?? [];
    groups.set(slug, [...group, a]);
  }
  const pages: SeriesPage[] = [];
  const refs = new Map<string, SeriesRef>();
  for (const [slug, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const members = [...group].sort((a, b) => a.date.getTime() - b.date.getTime() || (a.slug < b.slug ? -1 : 1));
    // Spellings may differ in case or punctuation; the series' first story names it.
    const name = members[0]!.series!;
    const url = `/series/${slug}/`;
    const items = members.map((a) => teaser(a.slug));
    pages.push({ slug, name, url, items, first: time(members[0]!.date), latest: time(members[members.length - 1]!.date) });
    members.forEach((a, i) => refs.set(a.slug, { name, url, position: i + 1, count: members.length, items }));
  }
  return { pages, refs };
}
