// Assembles the site model the templates render: articles with their related reading, listings, front page.
import type {
  ArticleView, AuthorRef, LinkView, ListingPage, RelatedItem, RenderedArticle, Rendition, SiteData, SiteModel, Teaser, TimeView,
} from "../model.ts";
import { apDate, apDateTime } from "../format/ap-date.ts";
import { apDateline } from "../format/ap-dateline.ts";
import { relatedUrl } from "../format/permalink.ts";
import type { RelatedOptions } from "../related/options.ts";
import { relatedReading, type RelatedInput } from "../related/related-reading.ts";
import { isoInZone } from "../time/zoned.ts";
import { buildCorrectionsLog } from "./corrections-log.ts";
import { insertDateline } from "./insert-dateline.ts";
import { buildLiveView } from "./live-blog.ts";
import { buildRedirects } from "./redirects.ts";
import { buildSeries } from "./series-pages.ts";
import { paginate } from "./paginate.ts";
import { reasonFor } from "./reason.ts";
import { buildTagIndex } from "./tag-index.ts";
import { articleMeta, logoPath } from "./article-meta.ts";
import { listingFeedLink } from "./feeds.ts";
import { buildSyndication } from "./syndication.ts";
import { searchParts, type SearchPartSizes } from "./search-parts.ts";

const TYPE_LABELS = { news: "News", analysis: "Analysis", explainer: "Explainer", opinion: "Opinion", live: "Live" } as const;
const RELATED_ON_ARTICLE = 5;
const WORDS_PER_MINUTE = 230;

/** `renditions`: how each local image is shown, by content path (src/index/image-rendition.ts). */
export interface SiteModelCaches {
  /** Related reading, possibly memoized by the build cache. */
  related?: (articles: readonly RelatedInput[], options: RelatedOptions) => Map<string, RelatedItem[]>;
}

export function buildSiteModel(
  published: RenderedArticle[],
  site: SiteData,
  now: Date,
  renditions: ReadonlyMap<string, Rendition> = new Map(),
  caches: SiteModelCaches = {},
): SiteModel {
  const { config } = site;
  const tz = config.timeZone;
  const articles = [...published].sort(newestFirst);
  const time = (date: Date): TimeView => ({ iso: isoInZone(date, tz), display: apDateTime(date, tz), day: apDate(date, tz) });
  const sectionLink = new Map(config.sections.map((s) => [s.id, { name: s.name, url: `/sections/${s.id}/` }]));
  const tagLink = (slug: string): LinkView => ({ name: site.tags.get(slug)?.name ?? slug, url: `/tags/${slug}/` });

  const teasers = new Map<string, Teaser>();
  for (const a of articles) {
    teasers.set(a.slug, {
      slug: a.slug,
      url: a.url,
      title: a.title,
      dek: a.dek,
      type: a.type,
      typeLabel: TYPE_LABELS[a.type],
      section: a.section ? sectionLink.get(a.section) : undefined,
      published: time(a.date),
      image: a.image,
    });
  }
  const teaser = (slug: string) => teasers.get(slug)!;
  const byTag = buildTagIndex(articles);
  const related = (caches.related ?? relatedReading)(articles, config.related);
  const names = {
    tag: (slug: string) => tagLink(slug).name,
    author: (id: string) => site.authors.get(id)?.name ?? id,
    section: (id: string) => sectionLink.get(id)?.name ?? id,
  };
  const relatedView = (a: RenderedArticle) => (item: RelatedItem) => ({
    teaser: teaser(item.slug),
    reason: reasonFor(item, a.section, names),
    pick: item.pick,
    direction: item.direction,
  });

  // One timeline per tag, shared by every article whose timeline it is: built and held once, not once per article.
  const timelines = new Map<string, Timeline>();
  const series = buildSeries(articles, teaser, time);
  const redirects = buildRedirects(articles);
  const articleViews: ArticleView[] = articles.map((a) => {
    const items = (related.get(a.slug) ?? []).map(relatedView(a));
    return {
      ...teaser(a.slug),
      relatedUrl: relatedUrl(a.url),
      authors: a.authors.map((id): AuthorRef => {
        const author = site.authors.get(id)!;
        return { id, name: author.name, role: author.role, url: `/authors/${id}/` };
      }),
      dateline: a.dateline ? apDateline(a.dateline) : undefined,
      updated: a.updated ? time(a.updated) : undefined,
      html: a.dateline ? insertDateline(a.html, apDateline(a.dateline)) : a.html,
      readingMinutes: Math.max(1, Math.round(a.wordCount / WORDS_PER_MINUTE)),
      tags: a.tags.map(tagLink),
      corrections: a.corrections.map((c) => ({ date: time(c.date), text: c.text })),
      furtherReading: a.furtherReading.flatMap((link): { title: string; url: string; internal: boolean }[] => {
        if (link.slug === undefined) return [{ title: link.title, url: link.url, internal: false }];
        const target = teasers.get(link.slug);
        return target ? [{ title: target.title, url: target.url, internal: true }] : [];
      }),
      relatedTop: items.slice(0, RELATED_ON_ARTICLE),
      picks: items.filter((i) => i.pick),
      background: items.filter((i) => !i.pick && i.direction === "background"),
      later: items.filter((i) => !i.pick && i.direction === "later"),
      timeline: timelineFor(a, byTag, teaser, tagLink, timelines),
      canonical: a.canonical ?? `${config.baseUrl}${a.url}`,
      noindex: a.noindex,
      lang: a.lang ?? config.language,
      draft: a.draft,
      scheduled: a.date > now ? time(a.date) : undefined,
      editorsNote: a.editorsNote,
      series: series.refs.get(a.slug),
      live: buildLiveView(a, `${config.baseUrl}${a.url}`, tz, time),
      meta: articleMeta(a, site),
    };
  });

  const listing = (kind: ListingPage["kind"], key: string, base: string, title: string, list: RenderedArticle[], extra: Partial<ListingPage> = {}) =>
    paginate(list.map((a) => teaser(a.slug)), config.pageSize, base).map((page) => ({ kind, key, title, ...extra, ...page, feed: listingFeedLink(config, base, title) }));

  const tagPages = [...byTag.keys()].sort().flatMap((slug) => {
    const info = site.tags.get(slug);
    return listing("tag", slug, `/tags/${slug}/`, info?.name ?? slug, byTag.get(slug)!, { description: info?.description });
  });
  const sectionPages = config.sections.flatMap((s) =>
    listing("section", s.id, `/sections/${s.id}/`, s.name, articles.filter((a) => a.section === s.id), { description: s.description }),
  );
  const authorPages = [...site.authors.values()].flatMap((author) =>
    listing("author", author.id, `/authors/${author.id}/`, author.name, articles.filter((a) => a.authors.includes(author.id)), {
      description: author.bio,
      role: author.role,
      externalUrl: author.url,
    }),
  );

  const featured = articles.filter((a) => a.featured).slice(0, 3);
  const featuredSlugs = new Set(featured.map((a) => a.slug));
  return {
    config: { ...config, logoUrl: config.publisher.logo ? logoPath(config.publisher.logo) : undefined },
    builtAt: time(now),
    articles: articleViews,
    tagPages,
    sectionPages,
    authorPages,
    tagIndex: [...byTag]
      .map(([slug, list]) => ({ slug, ...tagLink(slug), count: list.length }))
      .sort((a, b) => a.name.localeCompare(b.name, "en") || (a.slug < b.slug ? -1 : 1)),
    sections: config.sections.map((s) => ({ id: s.id, ...sectionLink.get(s.id)! })),
    front: {
      featured: featured.map((a) => teaser(a.slug)),
      latest: articles.filter((a) => !featuredSlugs.has(a.slug)).slice(0, 10).map((a) => teaser(a.slug)),
      bySection: config.sections
        .map((s) => ({ section: sectionLink.get(s.id)!, items: articles.filter((a) => a.section === s.id).slice(0, 5).map((a) => teaser(a.slug)) }))
        .filter((group) => group.items.length > 0),
    },
    correctionsLog: buildCorrectionsLog(articles, teaser, time),
    seriesPages: series.pages,
    redirects,
    redirectPages: redirects.filter((r) => r.file !== undefined),
    images: [...renditions.values()],
    search: searchModel(articles, config.search),
    syndication: buildSyndication({
      articles,
      views: articleViews,
      listings: [...sectionPages, ...tagPages, ...authorPages],
      otherPages: [
        { url: "/corrections/", slugs: articles.filter((a) => a.corrections.length > 0).map((a) => a.slug) },
        ...series.pages.map((p) => ({ url: p.url, slugs: p.items.map((t) => t.slug) })),
      ],
      site,
      now,
    }),
  };
}

function searchModel(articles: readonly RenderedArticle[], sizes: SearchPartSizes | undefined): SiteModel["search"] {
  const parts = searchParts(articles, sizes);
  return { parts, more: parts.slice(1).map((part) => part.path) };
}

function newestFirst(a: RenderedArticle, b: RenderedArticle): number {
  return b.date.getTime() - a.date.getTime() || (a.slug < b.slug ? -1 : 1);
}

type Timeline = NonNullable<ArticleView["timeline"]>;

/**
 * The story timeline: every article sharing this one's most specific tag (the one on the fewest
 * articles, but on more than this one), oldest first.
 */
function timelineFor(
  article: RenderedArticle,
  byTag: Map<string, RenderedArticle[]>,
  teaser: (slug: string) => Teaser,
  tagLink: (slug: string) => LinkView,
  timelines: Map<string, Timeline>,
): Timeline | undefined {
  let best: string | undefined;
  for (const tag of article.tags) {
    const count = byTag.get(tag)?.length ?? 0;
    if (count < 2) continue;
    if (best === undefined || count < byTag.get(best)!.length || (count === byTag.get(best)!.length && tag < best)) best = tag;
  }
  if (best === undefined) return undefined;
  let timeline = timelines.get(best);
  if (timeline === undefined) {
    const items = [...byTag.get(best)!].sort((a, b) => a.date.getTime() - b.date.getTime() || (a.slug < b.slug ? -1 : 1));
    timeline = { tag: tagLink(best), items: items.map((a) => teaser(a.slug)) };
    timelines.set(best, timeline);
  }
  return timeline;
}
