// Article URLs from the site's permalink pattern, e.g. /:year/:month/:slug/.
import { wallTimeIn } from "../time/zoned.ts";

export interface PermalinkInput {
  slug: string;
  date: Date;
  section?: string;
}

export function articleUrl(pattern: string, article: PermalinkInput, timeZone: string): string {
  const wall = wallTimeIn(article.date, timeZone);
  const values: Record<string, string> = {
    ":year": String(wall.year),
    ":month": String(wall.month).padStart(2, "0"),
    ":day": String(wall.day).padStart(2, "0"),
    ":slug": article.slug,
    ":section": article.section ?? "news",
  };
  return pattern.replace(/:[a-z]+/g, (token) => values[token] ?? token);
}

/** The page listing an article's related reading sits below the article itself. */
export function relatedUrl(articleUrl: string): string {
  return `${articleUrl}related/`;
}
