// One article as feeds carry it: full content with absolute links, and an id that never changes.
import type { FeedEntry, RenderedArticle, SiteData } from "../model.ts";
import { absolutizeLinks, absoluteUrl } from "../format/absolute-url.ts";
import { apDateTime } from "../format/ap-date.ts";
import { xmlText } from "../format/xml-text.ts";
import { isoInZone, wallTimeIn } from "../time/zoned.ts";

/**
 * `bodyHtml` is the article body as its page shows it (dateline included). The id is a tag URI
 * (RFC 4151) built from the site's host, the day of publication and the slug, so it stays the same
 * when the story is updated, when the permalink pattern changes and when the feed is re-generated.
 */
export function feedEntry(article: RenderedArticle, bodyHtml: string, site: SiteData): FeedEntry {
  const { config } = site;
  const tz = config.timeZone;
  const url = absoluteUrl(config.baseUrl, article.url);
  const image = article.image;
  const imageUrl = image ? absoluteUrl(config.baseUrl, image.rendition?.social.url ?? image.url) : undefined;
  const parts: string[] = [];
  if (image && imageUrl) {
    const caption = [image.caption, image.credit].filter(Boolean).map((t) => escapeHtml(t!)).join(" ");
    parts.push(`<figure><img src="${escapeHtml(imageUrl)}" alt="${escapeHtml(image.alt)}">${caption ? `<figcaption>${caption}</figcaption>` : ""}</figure>`);
  }
  parts.push(absolutizeLinks(bodyHtml, url, config.baseUrl));
  for (const c of article.corrections) {
    parts.push(`<p><strong>Correction, ${escapeHtml(apDateTime(c.date, tz))}:</strong> ${escapeHtml(c.text)}</p>`);
  }
  return {
    id: entryId(config.baseUrl, article.slug, article.date, tz),
    url,
    title: xmlText(article.title),
    summary: article.dek === undefined ? undefined : xmlText(article.dek),
    contentHtml: xmlText(parts.join("\n")),
    published: isoInZone(article.date, tz),
    updated: isoInZone(article.updated ?? article.date, tz),
    authors: article.authors.map((id) => ({ name: xmlText(site.authors.get(id)?.name ?? id), url: absoluteUrl(config.baseUrl, `/authors/${id}/`) })),
    categories: article.tags.map((slug) => ({ term: slug, label: xmlText(site.tags.get(slug)?.name ?? slug) })),
    image: imageUrl,
    language: article.lang ?? config.language,
  };
}

export function entryId(baseUrl: string, slug: string, date: Date, timeZone: string): string {
  const day = wallTimeIn(date, timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `tag:${new URL(baseUrl).hostname},${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}:${slug}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
