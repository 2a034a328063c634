// sitemap.xml: every indexable page with its last change, split behind a sitemap index when large.
import type { SitemapEntry, SitemapFile } from "../model.ts";

export interface SitemapOptions {
  /** The sitemaps.org limit per file. */
  maxUrls: number;
  /** Also the protocol's limit: 50 MB uncompressed per file. */
  maxBytes: number;
}

export const SITEMAP_DEFAULTS = { maxUrls: 50_000, maxBytes: 50 * 1024 * 1024 } satisfies SitemapOptions;

export const SITEMAP_PATH = "/sitemap.xml";

/** Bytes of XML around the entries of a urlset and of each entry besides its text, with room to spare. */
const FILE_OVERHEAD = 300;
const ENTRY_OVERHEAD = 80;

/**
 * One `urlset` at /sitemap.xml while the site fits in one file; beyond that, /sitemap.xml becomes a
 * sitemap index of /sitemaps/sitemap-1.xml, -2.xml, … Entries keep the order given.
 */
export function buildSitemaps(entries: SitemapEntry[], absolute: (path: string) => string, options: SitemapOptions = SITEMAP_DEFAULTS): SitemapFile[] {
  const chunks: SitemapEntry[][] = [[]];
  let bytes = FILE_OVERHEAD;
  for (const entry of entries) {
    const size = entrySize(entry);
    const current = chunks[chunks.length - 1]!;
    if (current.length > 0 && (current.length >= options.maxUrls || bytes + size > options.maxBytes)) {
      chunks.push([entry]);
      bytes = FILE_OVERHEAD + size;
    } else {
      current.push(entry);
      bytes += size;
    }
  }
  if (chunks.length === 1) return [{ path: SITEMAP_PATH, kind: "urlset", entries: chunks[0]! }];
  const files = chunks.map((chunk, i): SitemapFile => ({ path: `/sitemaps/sitemap-${i + 1}.xml`, kind: "urlset", entries: chunk }));
  const index: SitemapFile = {
    path: SITEMAP_PATH,
    kind: "index",
    entries: files.map((file) => ({ loc: absolute(file.path), lastmod: latest(file.entries) })),
  };
  return [index, ...files];
}

function entrySize(entry: SitemapEntry): number {
  // `&` is the one character a URL keeps that XML must escape, as `&amp;`.
  const loc = Buffer.byteLength(entry.loc) + 4 * (entry.loc.match(/&/g)?.length ?? 0);
  return ENTRY_OVERHEAD + loc + (entry.lastmod?.length ?? 0);
}

function latest(entries: SitemapEntry[]): string | undefined {
  let best: string | undefined;
  for (const e of entries) if (e.lastmod && (!best || Date.parse(e.lastmod) > Date.parse(best))) best = e.lastmod;
  return best;
}
