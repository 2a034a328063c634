// The types every stage shares: raw sources in, a site model out.
import type { RelatedOptions } from "./related/options.ts";

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
  /** Markdown source of the body. */
  body: string;
  /** Line in the file where the body starts. */
  bodyLine: number;
  /** Site-relative URL of the article page, from the permalink pattern. */
  url: string;
}

export interface RenderedArticle extends Article {
  html: string;
  wordCount: number;
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
}
