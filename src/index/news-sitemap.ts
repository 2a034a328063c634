// The Google News sitemap: only stories from the two days before the build, at most 1,000.
import type { NewsSitemap, RenderedArticle, SiteConfig } from "../model.ts";
import { absoluteUrl } from "../format/absolute-url.ts";
import { newsLanguage } from "../format/locale.ts";
import { xmlText } from "../format/xml-text.ts";
import { isoInZone } from "../time/zoned.ts";

export interface NewsSitemapOptions {
  /** Google News reads only articles published within this window before the build. */
  windowHours: number;
  /** Google's limit per news sitemap. */
  maxUrls: number;
}

export const NEWS_SITEMAP_DEFAULTS = { windowHours: 48, maxUrls: 1000 } satisfies NewsSitemapOptions;

export const NEWS_SITEMAP_PATH = "/news-sitemap.xml";

/**
 * Undefined when no story qualifies: a `urlset` needs at least one `url`, so an empty news
 * sitemap would not be a valid sitemap. `indexable` tells which articles search engines may list.
 */
export function buildNewsSitemap(
  articles: readonly RenderedArticle[],
  indexable: (article: RenderedArticle) => boolean,
  config: SiteConfig,
  now: Date,
  options: NewsSitemapOptions = NEWS_SITEMAP_DEFAULTS,
): NewsSitemap | undefined {
  const from = now.getTime() - options.windowHours * 3_600_000;
  const recent = articles
    .filter((a) => a.date.getTime() >= from && a.date.getTime() <= now.getTime() && indexable(a))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || (a.slug < b.slug ? -1 : 1))
    .slice(0, options.maxUrls);
  if (recent.length === 0) return undefined;
  return {
    path: NEWS_SITEMAP_PATH,
    publicationName: xmlText(config.publisher.name),
    entries: recent.map((a) => ({
      loc: absoluteUrl(config.baseUrl, a.url),
      language: newsLanguage(a.lang ?? config.language),
      published: isoInZone(a.date, config.timeZone),
      title: xmlText(a.title),
    })),
  };
}
