// The types every stage shares: raw sources in, a site model out.
import type { RelatedOptions } from "./related/options.ts";
import type { SearchPartSizes } from "./index/search-parts.ts";

export const ARTICLE_TYPES = ["news", "analysis", "explainer", "opinion", "live"] as const;
export type ArticleType = (typeof ARTICLE_TYPES)[number];

/** A file read from the content folder, with its path relative to the site root. */
export interface SourceFile {
  path: string;
  text: string;
}

/** Everything `load` reads from disk; nothing after it touches the file system. */
export interface ContentSources {
  site: SourceFile | undefined;
  authors: SourceFile | undefined;
  tags: SourceFile | undefined;
  articles: SourceFile[];
  /** Paths (relative to content/) of every file under content/images/. */
  images: Set<string>;
}

/** Where a value sits in its file: 1-based line, for error messages. */
export type LineOf = (path: readonly (string | number)[]) => number;

/** A parsed YAML document (site.yaml, authors.yaml, tags.yaml or frontmatter). */
export interface YamlData {
  file: string;
  data: unknown;
  lineOf: LineOf;
}

export interface RawArticle {
  file: string;
  /** File name without `.md`: the default slug. */
  stem: string;
  frontmatter: YamlData;
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
}

export interface Image {
  /** Path relative to content/ (e.g. `images/x.svg`) or an absolute https URL. */
  src: string;
  /** URL path on the site, or the absolute URL. */
  url: string;
  alt: string;
  caption?: string;
  credit?: string;
  /** How a local image is shown (files, sizes, formats). Remote images have none: they are shown as they are. */
  rendition?: Rendition;
}

/** What `load` learns about a local image file: enough to plan its renditions without opening it again. */
export interface ImageInfo {
  /** Path relative to content/, e.g. `images/summit.jpg`. */
  src: string;
  /** Pixels, after EXIF orientation; for SVG, the size it declares. */
  width: number;
  height: number;
  /** As sharp names it: jpeg, png, webp, avif, gif, tiff, svg, ... */
  format: string;
  hasAlpha: boolean;
  /** SHA-256 of the file's bytes (hex): a changed file gets new output names, so no cache serves it stale. */
  digest: string;
}

export type ImageFormat = "avif" | "webp" | "jpeg" | "png" | "svg";

/** One file made from a source image. */
export interface ImageOutput {
  /** URL path on the site, e.g. `/img/summit-1a2b3c4d5e-800.webp`. */
  url: string;
  width: number;
  height: number;
  format: ImageFormat;
}

/** An image as the templates show it: `<picture>` sources, the fallback `<img>`, and the files behind them. */
export interface Rendition {
  /** The source file, relative to content/. */
  src: string;
  /** Fallback `<img src>`: the largest file in the fallback format. */
  url: string;
  /** Size of `url`, for the width and height attributes, so the page does not shift as images load. */
  width: number;
  height: number;
  /** `srcset` of the fallback `<img>`; empty when there is one file (SVG). */
  srcset: string;
  /** `sizes` for every srcset; empty when there is one file. */
  sizes: string;
  /** Modern formats, best first, one `<source>` each; empty for SVG, which is shown as it is. */
  sources: { type: string; srcset: string }[];
  /** A raster (JPEG) about 1200 px wide for Open Graph and Twitter cards. */
  social: ImageOutput;
  /** Every file to make, once each. */
  outputs: ImageOutput[];
}

export interface FurtherReadingLink {
  title: string;
  url: string;
  /** Set when the entry names an article of this site. */
  slug?: string;
}

export interface Correction {
  date: Date;
  text: string;
}

export interface Article {
  file: string;
  slug: string;
  title: string;
  dek?: string;
  date: Date;
  updated?: Date;
  dateline?: string;
  authors: string[];
  section?: string;
  tags: string[];
  type: ArticleType;
  image?: Image;
  related: string[];
  furtherReading: FurtherReadingLink[];
  corrections: Correction[];
  draft: boolean;
  featured: boolean;
  lang?: string;
  canonical?: string;
  noindex: boolean;
  /** Context added after publication, shown at the top; distinct from corrections. */
  editorsNote?: string;
  /** Old URL paths of a moved article; each becomes a redirect to `url`. */
  aliases?: string[];
  /** After this time the article is left out of every build. */
  expires?: Date;
  /** Name of the story series (package) the article belongs to. */
  series?: string;
  /** `type: live` only: the timestamped update entries found in the body. */
  live?: LiveSource;
  /** Markdown source of the body. */
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
  /** Site-relative URL of the article page, from the permalink pattern. */
  url: string;
}

/** A live article's body split at its update headings (`## 14:05 Headline`). */
export interface LiveSource {
  /** Markdown before the first update: the summary at the top of the live page. */
  intro: string;
  updates: { at: Date; headline: string; markdown: string; line: number }[];
}

export interface RenderedArticle extends Article {
  html: string;
  wordCount: number;
  /** Live articles: each update rendered; `html` then holds the intro only. */
  liveUpdates?: { at: Date; headline: string; headlineHtml: string; html: string }[];
}

export interface Author {
  id: string;
  name: string;
  role?: string;
  bio?: string;
  /** The author's own page elsewhere (personal site, social profile). */
  url?: string;
}

export interface Section {
  id: string;
  name: string;
  description?: string;
}

export interface TagInfo {
  slug: string;
  name: string;
  description?: string;
  aliases: string[];
}

export interface Publisher {
  name: string;
  logo?: string;
}

export interface SiteConfig {
  title: string;
  description: string;
  baseUrl: string;
  language: string;
  timeZone: string;
  /** Article URL pattern with `:year`, `:month`, `:day`, `:slug`, `:section`. */
  permalink: string;
  publisher: Publisher;
  sections: Section[];
  pageSize: number;
  related: RelatedOptions;
  /** How the search index is split into parts (src/index/search-parts.ts); undefined: one index. */
  search?: SearchPartSizes;
  /** Social cards and structured data for pages and stories without an image of their own. */
  defaultImage?: Image;
  /**
   * The folder the host serves the site from, e.g. `/news/`; unset when it is served from the root.
   * Every root-relative URL in the pages gets it (src/emit/prefix-urls.ts), and `baseUrl` ends with it.
   */
  pathPrefix?: string;
}

export interface SiteData {
  config: SiteConfig;
  authors: Map<string, Author>;
  tags: Map<string, TagInfo>;
  /** Alias or display spelling (as a slug) → canonical tag slug. */
  tagAliases: Map<string, string>;
}

export interface BuildOptions {
  drafts: boolean;
  future: boolean;
  now: Date;
  baseUrl?: string;
  /** Overrides site.yaml's `pathPrefix` (`--path-prefix`, `PATH_PREFIX`); `/` serves from the root. */
  pathPrefix?: string;
}

/** One related article and the signals that put it there (they become the reason shown). */
export interface RelatedItem {
  slug: string;
  score: number;
  pick: boolean;
  /** Older articles are background; newer ones are later coverage. */
  direction: "background" | "later";
  /** Tags both articles carry, rarest first. */
  sharedTags: string[];
  /** Words that made the texts similar, strongest first (empty when text did not count). */
  sharedTerms: string[];
  sameSection: boolean;
  sharedAuthors: string[];
  /** An older explainer: background by design. */
  explainer: boolean;
  /** Not related by any signal: a same-section story listed so the list is not empty. */
  fallback: boolean;
}

// ---- The site model: what the templates render. Plain objects and arrays only. ----

export interface TimeView {
  /** ISO 8601 with the site's offset, for `<time datetime>` and markup. */
  iso: string;
  /** AP style with the time zone, e.g. "Aug. 15, 2025, 6:30 p.m. EDT". */
  display: string;
  /** AP date alone, e.g. "Aug. 15, 2025". */
  day: string;
}

export interface LinkView {
  name: string;
  url: string;
}

export interface AuthorRef extends LinkView {
  id: string;
  role?: string;
}

export interface Teaser {
  slug: string;
  url: string;
  title: string;
  dek?: string;
  type: ArticleType;
  typeLabel: string;
  section?: LinkView;
  published: TimeView;
  image?: Image;
}

export interface RelatedView {
  teaser: Teaser;
  reason: string;
  pick: boolean;
  direction: "background" | "later";
}

export interface ArticleView extends Teaser {
  relatedUrl: string;
  authors: AuthorRef[];
  dateline?: string;
  updated?: TimeView;
  html: string;
  readingMinutes: number;
  tags: LinkView[];
  corrections: { date: TimeView; text: string }[];
  furtherReading: { title: string; url: string; internal: boolean }[];
  /** The first few related items, shown at the foot of the article. */
  relatedTop: RelatedView[];
  picks: RelatedView[];
  background: RelatedView[];
  later: RelatedView[];
  timeline?: { tag: LinkView; items: Teaser[] };
  canonical: string;
  noindex: boolean;
  lang: string;
  draft: boolean;
  /** Set when the article is dated after the build time (only built with --future or in dev). */
  scheduled?: TimeView;
  editorsNote?: string;
  series?: SeriesRef;
  live?: LiveView;
  meta: ArticleMeta;
}

/** An article's place in its series, for the box linking it to the package page. */
export interface SeriesRef extends LinkView {
  position: number;
  count: number;
  items: Teaser[];
}

export interface LiveUpdateView {
  /** Anchor on the live page, e.g. `update-202508151405`. */
  id: string;
  time: TimeView;
  /** AP clock time, e.g. "2:05 p.m. AKDT". */
  clock: string;
  /** Plain text, and as rendered Markdown (emphasis, curly quotes). */
  headline: string;
  headlineHtml: string;
  html: string;
}

export interface LiveView {
  /** Newest first. */
  updates: LiveUpdateView[];
  /** schema.org LiveBlogPosting, serialised by the template. */
  jsonLd: Record<string, unknown>;
}

export interface SeriesPage {
  slug: string;
  name: string;
  url: string;
  /** Oldest first: the series' own timeline. */
  items: Teaser[];
  first: TimeView;
  latest: TimeView;
}

export interface CorrectionEntry {
  date: TimeView;
  text: string;
  article: Teaser;
}

/** A redirect from an old URL (an article's `aliases`) to the article. */
export interface Redirect {
  from: string;
  /** Output file for the redirect page, e.g. `/2024/old-slug/index.html`; undefined when none can be written. */
  file?: string;
  to: string;
  title: string;
}

/** A content problem shown on every page of the preview while it lasts (`dateline dev` only). */
export interface PreviewError {
  where: string;
  field?: string;
  message: string;
}

export interface ListingPage {
  kind: "tag" | "section" | "author";
  key: string;
  title: string;
  description?: string;
  /** Author pages: the author's role and own link. */
  role?: string;
  externalUrl?: string;
  url: string;
  firstUrl: string;
  pageNumber: number;
  totalPages: number;
  prevUrl?: string;
  nextUrl?: string;
  items: Teaser[];
  /** The listing's own Atom feed. */
  feed?: FeedLink;
}

export interface SiteModel {
  config: SiteConfig & { logoUrl?: string };
  builtAt: TimeView;
  articles: ArticleView[];
  tagPages: ListingPage[];
  sectionPages: ListingPage[];
  authorPages: ListingPage[];
  tagIndex: (LinkView & { slug: string; count: number })[];
  sections: (LinkView & { id: string })[];
  front: {
    featured: Teaser[];
    latest: Teaser[];
    bySection: { section: LinkView; items: Teaser[] }[];
  };
  /** Every correction on the site, newest first, for /corrections/. */
  correctionsLog: CorrectionEntry[];
  seriesPages: SeriesPage[];
  /** Every alias, for `_redirects`. */
  redirects: Redirect[];
  /** The aliases a redirect page can be written for (not `/story.php`). */
  redirectPages: Redirect[];
  /** Only in the dev preview, while the content has errors. */
  previewErrors?: PreviewError[];
  /** Every local image the articles show (lead and inline), once each: the emit stage makes their files. */
  images: Rendition[];
  syndication: Syndication;
  search: {
    /** The search index in parts by age (src/index/search-parts.ts). */
    parts: SearchPart[];
    /** Every part's path under pagefind/ but the first: the search page merges them into it. */
    more: string[];
  };
  /**
   * Static files served under a name that holds a hash of their bytes, by path in public/:
   * `{"styles.css": "/styles.3f2a9c1b0d.css"}`. Such a file can be cached for a year.
   */
  assets?: Record<string, string>;
}

/** One part of the search index: its folder under pagefind/ ("" for pagefind/ itself) and its articles' URLs. */
export interface SearchPart {
  path: string;
  urls: string[];
}

// ---- Feeds, sitemaps and search-engine markup. Every URL in these types is absolute. ----

/** A feed a page advertises with `<link rel="alternate">`. */
export interface FeedLink {
  type: "application/atom+xml" | "application/feed+json";
  title: string;
  url: string;
}

export interface FeedPerson {
  name: string;
  url?: string;
}

/** One article as every feed carries it. */
export interface FeedEntry {
  /** A tag URI from the site's host, the publication day and the slug: it survives updates and URL changes. */
  id: string;
  url: string;
  title: string;
  summary?: string;
  /** The whole article: lead image, body (links made absolute) and corrections. */
  contentHtml: string;
  /** RFC 3339 with the site's offset. */
  published: string;
  /** The article's `updated`, or its date when it was never updated. */
  updated: string;
  authors: FeedPerson[];
  /** `term` is the tag slug, `label` its display name. */
  categories: { term: string; label: string }[];
  image?: string;
  language: string;
}

export interface AtomFeed {
  /** Output path, e.g. `/tags/alaska/feed.xml`. */
  path: string;
  id: string;
  title: string;
  subtitle?: string;
  selfUrl: string;
  /** The HTML page the feed belongs to. */
  pageUrl: string;
  updated: string;
  language: string;
  entries: FeedEntry[];
}

export interface SitemapEntry {
  loc: string;
  lastmod?: string;
}

export interface SitemapFile {
  path: string;
  /** A `urlset` lists pages; an `index` lists the sitemap files that do. */
  kind: "urlset" | "index";
  entries: SitemapEntry[];
}

export interface NewsSitemapEntry {
  loc: string;
  /** Google News language code: `en`, `uk`, `zh-cn`. */
  language: string;
  published: string;
  title: string;
}

export interface NewsSitemap {
  path: string;
  publicationName: string;
  entries: NewsSitemapEntry[];
}

export interface Syndication {
  /** The site-wide feeds, advertised on every page. */
  siteFeeds: FeedLink[];
  atomFeeds: AtomFeed[];
  /** One file (`/feed.json`); a list so that the template can take its path from the model. */
  jsonFeeds: { path: string; document: JsonFeed }[];
  sitemaps: SitemapFile[];
  /** Empty when no article is recent enough: an empty news sitemap is not a valid sitemap. */
  newsSitemaps: NewsSitemap[];
  /** Sitemaps named in robots.txt. */
  robotsSitemaps: string[];
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), the fields Dateline writes. */
export interface JsonFeed {
  version: "https://jsonfeed.org/version/1.1";
  title: string;
  home_page_url: string;
  feed_url: string;
  description?: string;
  language: string;
  icon?: string;
  authors: { name: string; url?: string }[];
  items: {
    id: string;
    url: string;
    title: string;
    content_html: string;
    summary?: string;
    image?: string;
    date_published: string;
    date_modified: string;
    authors?: { name: string; url?: string }[];
    tags?: string[];
    language: string;
  }[];
}

/** What an article page tells search engines and social networks, beyond what readers see. */
export interface ArticleMeta {
  /** The page's own absolute URL (`og:url` uses the canonical URL instead). */
  url: string;
  description: string;
  /** Lead image, or the site's default image; a raster rendition when there is one. */
  image?: { url: string; alt: string };
  /** Open Graph locale, e.g. `en_US`. */
  locale: string;
  modified: string;
  authorUrls: string[];
  /** `NewsArticle` and `BreadcrumbList`, serialised by the template with the `json` filter. */
  jsonLd: object[];
}
