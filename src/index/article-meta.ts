// What an article page tells search engines and social networks: absolute URLs, JSON-LD, card image.
import type { ArticleMeta, Image, RenderedArticle, SiteData } from "../model.ts";
import { absoluteUrl } from "../format/absolute-url.ts";
import { apDateline } from "../format/ap-dateline.ts";
import { ogLocale } from "../format/locale.ts";
import { isoInZone } from "../time/zoned.ts";
import { breadcrumbJsonLd, newsArticleJsonLd } from "./structured-data.ts";

export function articleMeta(article: RenderedArticle, site: SiteData): ArticleMeta {
  const { config } = site;
  const abs = (path: string) => absoluteUrl(config.baseUrl, path);
  const iso = (date: Date) => isoInZone(date, config.timeZone);
  const url = abs(article.url);
  const description = article.dek ?? config.description;
  const image = cardImage(article.image ?? config.defaultImage, abs);
  const section = config.sections.find((s) => s.id === article.section);
  const authors = article.authors.map((id) => {
    const author = site.authors.get(id);
    return { name: author?.name ?? id, url: abs(`/authors/${id}/`), sameAs: author?.url };
  });
  const lang = article.lang ?? config.language;
  const modified = iso(article.updated ?? article.date);

  const newsArticle = newsArticleJsonLd({
    url,
    headline: article.title,
    description,
    image: image?.url,
    published: iso(article.date),
    modified,
    authors,
    publisher: { name: config.publisher.name, url: abs("/"), logo: config.publisher.logo ? abs(logoPath(config.publisher.logo)) : undefined },
    // schema.org's dateline is the place alone; the dash belongs to the printed story.
    dateline: article.dateline ? apDateline(article.dateline).replace(/\s*—$/, "") : undefined,
    section: section?.name,
    keywords: article.tags.map((slug) => site.tags.get(slug)?.name ?? slug),
    language: lang,
    corrections: article.corrections.map((c) => ({ text: c.text, date: iso(c.date) })),
  });
  const trail = [{ name: config.title, url: abs("/") }];
  if (section) trail.push({ name: section.name, url: abs(`/sections/${section.id}/`) });
  trail.push({ name: article.title, url });

  return {
    url,
    description,
    image,
    locale: ogLocale(lang),
    modified,
    authorUrls: authors.map((a) => a.url),
    jsonLd: [newsArticle, breadcrumbJsonLd(trail)],
  };
}

/** The card image: the raster made for social cards when there is one (networks ignore SVG). */
function cardImage(image: Image | undefined, abs: (path: string) => string): ArticleMeta["image"] {
  if (!image) return undefined;
  return { url: abs(image.rendition?.social.url ?? image.url), alt: image.alt };
}

/** `images/logo.svg` in site.yaml → `/images/logo.svg`; an https URL stays as it is. */
export function logoPath(logo: string): string {
  return /^https?:\/\//i.test(logo) ? logo : `/${logo.replace(/^\/+/, "")}`;
}
