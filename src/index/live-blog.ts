// A live article's updates, newest first, and its schema.org LiveBlogPosting markup.
import type { LiveView, RenderedArticle, TimeView } from "../model.ts";
import { apTime } from "../format/ap-date.ts";
import { wallTimeIn } from "../time/zoned.ts";

export function buildLiveView(article: RenderedArticle, pageUrl: string, timeZone: string, time: (date: Date) => TimeView): LiveView | undefined {
  if (!article.liveUpdates) return undefined;
  const seen = new Map<string, number>();
  const updates = article.liveUpdates
    .map((u, order) => ({ ...u, order }))
    // Newest first; two updates in the same minute keep the order they were written in.
    .sort((a, b) => b.at.getTime() - a.at.getTime() || a.order - b.order)
    .map((u) => {
      const base = `update-${stamp(u.at, timeZone)}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const headline = plainText(u.headlineHtml);
      return { id: n === 1 ? base : `${base}-${n}`, time: time(u.at), clock: apTime(u.at, timeZone), headline, headlineHtml: u.headlineHtml, html: u.html };
    });
  const latest = article.liveUpdates.reduce((max, u) => (u.at > max ? u.at : max), article.updated ?? article.date);
  const jsonLd: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "LiveBlogPosting",
    "@id": `${pageUrl}#live`,
    url: pageUrl,
    headline: article.title,
    ...(article.dek ? { description: article.dek } : {}),
    datePublished: time(article.date).iso,
    dateModified: time(latest).iso,
    coverageStartTime: time(article.date).iso,
    liveBlogUpdate: updates.map((u) => ({
      "@type": "BlogPosting",
      "@id": `${pageUrl}#${u.id}`,
      url: `${pageUrl}#${u.id}`,
      headline: u.headline || article.title,
      datePublished: u.time.iso,
      articleBody: plainText(u.html),
    })),
  };
  return { updates, jsonLd };
}

/** `202508151405` in the site's time zone: a stable anchor an editor can link to. */
function stamp(date: Date, timeZone: string): string {
  const w = wallTimeIn(date, timeZone);
  return [w.year, w.month, w.day, w.hour, w.minute].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0")).join("");
}

/** The text of rendered Markdown, for `articleBody`. */
export function plainText(html: string): string {
  return html
    // Tags go without a trace ("<strong>70</strong> mph"); blocks are already on lines of their own.
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
