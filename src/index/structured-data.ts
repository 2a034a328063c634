// schema.org JSON-LD for article pages: NewsArticle and BreadcrumbList, typed with schema-dts.
import type { BreadcrumbList, CorrectionComment, NewsArticle, Person, WithContext } from "schema-dts";

/** Everything the markup says about one article; URLs absolute, times RFC 3339 with an offset. */
export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  image?: string;
  published: string;
  modified: string;
  /** One entry per person: Google reads each `Person` as one author. */
  authors: { name: string; url: string; sameAs?: string }[];
  publisher: { name: string; url: string; logo?: string };
  dateline?: string;
  section?: string;
  keywords: string[];
  language: string;
  corrections: { text: string; date: string }[];
}

export function newsArticleJsonLd(input: NewsArticleInput): WithContext<NewsArticle> {
  const authors = input.authors.map((a): Person => ({
    "@type": "Person",
    name: a.name,
    url: a.url,
    ...(a.sameAs ? { sameAs: a.sameAs } : {}),
  }));
  const corrections = input.corrections.map((c): CorrectionComment => ({
    "@type": "CorrectionComment",
    text: c.text,
    datePublished: c.date,
  }));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": `${input.url}#article`,
    headline: input.headline,
    description: input.description,
    ...(input.image ? { image: [input.image] } : {}),
    datePublished: input.published,
    dateModified: input.modified,
    author: authors,
    publisher: {
      "@type": "NewsMediaOrganization",
      name: input.publisher.name,
      url: input.publisher.url,
      ...(input.publisher.logo ? { logo: { "@type": "ImageObject", url: input.publisher.logo } } : {}),
    },
    ...(input.dateline ? { dateline: input.dateline } : {}),
    ...(input.section ? { articleSection: input.section } : {}),
    ...(input.keywords.length ? { keywords: input.keywords } : {}),
    inLanguage: input.language,
    mainEntityOfPage: { "@type": "WebPage", "@id": input.url },
    url: input.url,
    ...(corrections.length ? { correction: corrections } : {}),
  };
}

/** The trail from the front page to the page itself; `url`s absolute. */
export function breadcrumbJsonLd(trail: { name: string; url: string }[]): WithContext<BreadcrumbList> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((step, i) => ({ "@type": "ListItem", position: i + 1, name: step.name, item: step.url })),
  };
}
