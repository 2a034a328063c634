// Checks across articles: unique slugs and URLs, and links between articles that resolve.
import type { Article, RawArticle } from "../model.ts";
import { problem, type Problem } from "../problems.ts";
import { closest } from "./closest.ts";

/** Paths the site itself uses; an article URL equal to one would overwrite that page. */
export const RESERVED_PATHS = new Set(["/", "/tags/", "/sections/", "/authors/", "/corrections/", "/search/", "/series/", "/feeds/", "/images/", "/pagefind/", "/sitemaps/"]);

/** The front page itself, or anything inside a folder the site's own pages live in. */
export function isReserved(url: string): boolean {
  return RESERVED_PATHS.has(url) || [...RESERVED_PATHS].some((prefix) => prefix !== "/" && url.startsWith(prefix));
}

export function validateAcrossArticles(articles: Article[], raws: Map<string, RawArticle>, problems: Problem[]): Article[] {
  const bySlug = new Map<string, Article>();
  const byUrl = new Map<string, Article>();
  const rejected = new Set<Article>();
  const lineOf = (a: Article, path: (string | number)[]) => raws.get(a.file)?.frontmatter.lineOf(path) ?? 1;

  // The article that set its slug by hand is the one reported: its file name alone would not collide.
  const explicit = (a: Article) => (raws.get(a.file)?.frontmatter.data as Record<string, unknown> | undefined)?.slug !== undefined;
  const order = [...articles].sort((a, b) => Number(explicit(a)) - Number(explicit(b)) || (a.file < b.file ? -1 : 1));
  for (const article of order) {
    const key = article.slug.toLowerCase();
    const first = bySlug.get(key);
    if (first) {
      problems.push(
        problem({
          kind: "duplicate-slug",
          file: article.file,
          line: lineOf(article, ["slug"]),
          field: "slug",
          expected: "a slug no other article uses",
          received: `${JSON.stringify(article.slug)}, already used by ${first.file}`,
          hint: "rename one of the files or give one a different slug field",
        }),
      );
      rejected.add(article);
      continue;
    }
    bySlug.set(key, article);
    const url = article.url.toLowerCase();
    const other = byUrl.get(url);
    if (other || isReserved(url)) {
      problems.push(
        problem({
          kind: "url-collision",
          file: article.file,
          line: lineOf(article, ["slug"]),
          field: "slug",
          expected: "a URL no other page uses",
          received: `${article.url}, ${other ? `also the URL of ${other.file}` : "a page the site reserves"}`,
          hint: "choose a different slug",
        }),
      );
      rejected.add(article);
      continue;
    }
    byUrl.set(url, article);
  }

  for (const article of articles) {
    article.related.forEach((slug, i) => {
      if (!bySlug.has(slug.toLowerCase())) {
        const guess = closest(slug, bySlug.keys());
        problems.push(
          problem({
            kind: "unknown-related",
            file: article.file,
            line: lineOf(article, ["related", i]),
            field: `related.${i}`,
            expected: "the slug of an existing article",
            received: JSON.stringify(slug),
            hint: guess ? `did you mean ${guess}?` : undefined,
          }),
        );
        rejected.add(article);
      }
    });
    article.furtherReading.forEach((link, i) => {
      if (link.slug === undefined) return;
      const target = bySlug.get(link.slug.toLowerCase());
      if (target) return;
      const guess = closest(link.slug, bySlug.keys());
      problems.push(
        problem({
          kind: "unknown-related",
          file: article.file,
          line: lineOf(article, ["further_reading", i]),
          field: `further_reading.${i}`,
          expected: "the slug of an existing article, or a mapping with title and url",
          received: JSON.stringify(link.slug),
          hint: guess ? `did you mean ${guess}?` : undefined,
        }),
      );
      rejected.add(article);
    });
  }
  return articles.filter((a) => !rejected.has(a));
}
