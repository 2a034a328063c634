// The site-wide corrections log: every correction with its article, newest first.
import type { CorrectionEntry, RenderedArticle, Teaser, TimeView } from "../model.ts";

export function buildCorrectionsLog(articles: readonly RenderedArticle[], teaser: (slug: string) => Teaser, time: (date: Date) => TimeView): CorrectionEntry[] {
  return articles
    .flatMap((a) => a.corrections.map((c) => ({ at: c.date.getTime(), slug: a.slug, text: c.text, date: c.date })))
    .sort((x, y) => y.at - x.at || (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0))
    .map((c) => ({ date: time(c.date), text: c.text, article: teaser(c.slug) }));
}
