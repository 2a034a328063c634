// Everything beside the HTML pages: Atom and JSON feeds, sitemap.xml, the news sitemap, robots.txt.
import type { ArticleView, FeedEntry, ListingPage, RenderedArticle, SiteData, SitemapEntry, Syndication } from "../model.ts";
import { absoluteUrl } from "../format/absolute-url.ts";
import { isoInZone } from "../time/zoned.ts";
import { feedEntry } from "./feed-entry.ts";
import { atomFeed, jsonFeed, listingFeeds, SITE_ATOM_PATH, SITE_JSON_PATH, siteFeedLinks } from "./feeds.ts";
import { buildNewsSitemap } from "./news-sitemap.ts";
import { buildSitemaps, SITEMAP_PATH } from "./sitemaps.ts";

export interface SyndicationInput {
  /** Newest first. */
  articles: RenderedArticle[];
  /** The article pages, for the body each shows (dateline included). */
  views: ArticleView[];
  listings: ListingPage[];
  /** Other indexable pages (series, corrections), with the stories each shows, for sitemap.xml. */
  otherPages: IndexablePage[];
  site: SiteData;
  now: Date;
}

export function buildSyndication({ articles, views, listings, otherPages, site, now }: SyndicationInput): Syndication {
  const { config } = site;
  const abs = (path: string) => absoluteUrl(config.baseUrl, path);
  const bodies = new Map(views.map((v) => [v.slug, v.html]));
  const entries = new Map<string, FeedEntry>(articles.map((a) => [a.slug, feedEntry(a, bodies.get(a.slug) ?? a.html, site)]));
  const entriesOf = (list: RenderedArticle[]) => list.map((a) => entries.get(a.slug)!);
  const members = membersByListing(articles);

  const siteFeed = atomFeed({ path: SITE_ATOM_PATH, page: "/", title: config.title, subtitle: config.description || undefined, entries: entriesOf(articles) }, config, now);
  const newsSitemap = buildNewsSitemap(articles, isIndexable(config.baseUrl), config, now);
  const sitemaps = buildSitemaps(sitemapEntries(articles, listings, otherPages, site), abs);
  return {
    siteFeeds: siteFeedLinks(config),
    atomFeeds: [siteFeed, ...listingFeeds(listings, (l) => entriesOf(members.get(`${l.kind}:${l.key}`) ?? []), config, now)],
    jsonFeeds: [{ path: SITE_JSON_PATH, document: jsonFeed(entriesOf(articles), config) }],
    sitemaps,
    newsSitemaps: newsSitemap ? [newsSitemap] : [],
    robotsSitemaps: [abs(SITEMAP_PATH), ...(newsSitemap ? [abs(newsSitemap.path)] : [])],
  };
}

/** The articles each listing shows, keyed `tag:alaska`, `section:world`, `author:maria-okafor`; order kept. */
function membersByListing(articles: RenderedArticle[]): Map<string, RenderedArticle[]> {
  const members = new Map<string, RenderedArticle[]>();
  const add = (key: string, a: RenderedArticle) => {
    const list = members.get(key);
    if (list) list.push(a);
    else members.set(key, [a]);
  };
  for (const a of articles) {
    for (const tag of a.tags) add(`tag:${tag}`, a);
    if (a.section) add(`section:${a.section}`, a);
    for (const author of a.authors) add(`author:${author}`, a);
  }
  return members;
}

/** Search engines may list an article unless it says `noindex` or names another page as canonical. */
export function isIndexable(baseUrl: string): (article: RenderedArticle) => boolean {
  return (a) => !a.noindex && (a.canonical === undefined || a.canonical === absoluteUrl(baseUrl, a.url));
}

export interface IndexablePage {
  url: string;
  /** The stories the page shows: its `lastmod` is the newest change among them. */
  slugs: string[];
}

/**
 * The pages worth crawling: the front page, the topic index, every listing page, the other pages
 * given, and every indexable article. Pages that say `noindex` (related reading, search, 404) are
 * left out. `lastmod` is the newest change among the stories a page shows (none for an empty one).
 */
export function sitemapEntries(articles: RenderedArticle[], listings: ListingPage[], otherPages: IndexablePage[], site: SiteData): SitemapEntry[] {
  const { baseUrl, timeZone } = site.config;
  const modified = new Map(articles.map((a) => [a.slug, (a.updated ?? a.date).getTime()]));
  const lastmod = (slugs: string[]): string | undefined => {
    let newest: number | undefined;
    for (const slug of slugs) {
      const t = modified.get(slug);
      if (t !== undefined && (newest === undefined || t > newest)) newest = t;
    }
    return newest === undefined ? undefined : isoInZone(new Date(newest), timeZone);
  };
  const entry = (path: string, slugs: string[]): SitemapEntry => {
    const mod = lastmod(slugs);
    return mod ? { loc: absoluteUrl(baseUrl, path), lastmod: mod } : { loc: absoluteUrl(baseUrl, path) };
  };
  const all = articles.map((a) => a.slug);
  const indexable = isIndexable(baseUrl);
  return [
    entry("/", all),
    entry("/tags/", all),
    ...listings.map((l) => entry(l.url, l.items.map((t) => t.slug))),
    ...otherPages.map((p) => entry(p.url, p.slugs)),
    ...articles.filter(indexable).map((a) => entry(a.url, [a.slug])),
  ];
}
