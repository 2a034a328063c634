// When a site built from unchanged files would still change: a scheduled article going live,
// an article leaving the news sitemap's two-day window, an article expiring.

const NEWS_WINDOW_MS = 2 * 86_400_000;

export interface TimedArticle {
  date: Date;
  expires?: Date;
}

export function nextTimeChange(articles: readonly TimedArticle[], now: Date): number {
  let next = Infinity;
  const consider = (ms: number | undefined) => {
    if (ms !== undefined && ms > now.getTime() && ms < next) next = ms;
  };
  for (const article of articles) {
    consider(article.date.getTime());
    consider(article.date.getTime() + NEWS_WINDOW_MS);
    consider(article.expires?.getTime());
  }
  return next;
}
