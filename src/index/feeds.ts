// Atom feeds (site, sections, tags, authors) and the site's JSON Feed, newest stories first.
import type { AtomFeed, FeedEntry, FeedLink, JsonFeed, ListingPage, SiteConfig } from "../model.ts";
import { absoluteUrl } from "../format/absolute-url.ts";
import { xmlText } from "../format/xml-text.ts";
import { isoInZone } from "../time/zoned.ts";

export interface FeedOptions {
  /** Entries per feed: readers poll often, so a feed holds only the newest stories. */
  limit: number;
}

export const FEED_DEFAULTS = { limit: 50 } satisfies FeedOptions;

export const SITE_ATOM_PATH = "/feed.xml";
export const SITE_JSON_PATH = "/feed.json";

/** `/tags/alaska/` → `/tags/alaska/feed.xml`: a listing's feed sits beside its first page. */
export function listingFeedPath(firstUrl: string): string {
  return `${firstUrl}feed.xml`;
}

export function listingFeedLink(config: SiteConfig, firstUrl: string, title: string): FeedLink {
  return { type: "application/atom+xml", title: `${title} | ${config.title}`, url: absoluteUrl(config.baseUrl, listingFeedPath(firstUrl)) };
}

export function siteFeedLinks(config: SiteConfig): FeedLink[] {
  return [
    { type: "application/atom+xml", title: config.title, url: absoluteUrl(config.baseUrl, SITE_ATOM_PATH) },
    { type: "application/feed+json", title: `${config.title} (JSON Feed)`, url: absoluteUrl(config.baseUrl, SITE_JSON_PATH) },
  ];
}

interface FeedSource {
  path: string;
  /** The HTML page the feed belongs to, as a site path. */
  page: string;
  title: string;
  subtitle?: string;
  /** Newest first. */
  entries: FeedEntry[];
}

export function atomFeed(source: FeedSource, config: SiteConfig, now: Date, options: FeedOptions = FEED_DEFAULTS): AtomFeed {
  const entries = source.entries.slice(0, options.limit);
  const selfUrl = absoluteUrl(config.baseUrl, source.path);
  return {
    path: source.path,
    // The feed's own URL is its id: a feed moves only when the site does.
    id: selfUrl,
    title: xmlText(source.title),
    subtitle: source.subtitle === undefined ? undefined : xmlText(source.subtitle),
    selfUrl,
    pageUrl: absoluteUrl(config.baseUrl, source.page),
    updated: latestUpdate(entries) ?? isoInZone(now, config.timeZone),
    language: config.language,
    entries,
  };
}

/** One feed per listing (its first page), holding the stories that listing shows. */
export function listingFeeds(listings: ListingPage[], entriesOf: (listing: ListingPage) => FeedEntry[], config: SiteConfig, now: Date): AtomFeed[] {
  return listings
    .filter((l) => l.pageNumber === 1)
    .map((l) =>
      atomFeed({ path: listingFeedPath(l.firstUrl), page: l.firstUrl, title: `${l.title} | ${config.title}`, subtitle: l.description, entries: entriesOf(l) }, config, now),
    );
}

export function jsonFeed(entries: FeedEntry[], config: SiteConfig, options: FeedOptions = FEED_DEFAULTS): JsonFeed {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: config.title,
    home_page_url: absoluteUrl(config.baseUrl, "/"),
    feed_url: absoluteUrl(config.baseUrl, SITE_JSON_PATH),
    ...(config.description ? { description: config.description } : {}),
    language: config.language,
    authors: [{ name: config.publisher.name, url: absoluteUrl(config.baseUrl, "/") }],
    items: entries.slice(0, options.limit).map((e) => ({
      id: e.id,
      url: e.url,
      title: e.title,
      content_html: e.contentHtml,
      ...(e.summary !== undefined ? { summary: e.summary } : {}),
      ...(e.image ? { image: e.image } : {}),
      date_published: e.published,
      date_modified: e.updated,
      ...(e.authors.length ? { authors: e.authors } : {}),
      ...(e.categories.length ? { tags: e.categories.map((c) => c.label) } : {}),
      language: e.language,
    })),
  };
}

/** The newest `updated` among the entries, as written (offsets differ, so compare instants). */
function latestUpdate(entries: FeedEntry[]): string | undefined {
  let best: FeedEntry | undefined;
  for (const e of entries) if (!best || Date.parse(e.updated) > Date.parse(best.updated)) best = e;
  return best?.updated;
}
