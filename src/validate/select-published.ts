// Which articles this build publishes: drafts and future-dated ones only when asked; expired ones never.
import type { Article, BuildOptions } from "../model.ts";

export function selectPublished<T extends Article>(articles: T[], options: Pick<BuildOptions, "drafts" | "future" | "now">): T[] {
  const now = options.now.getTime();
  return articles.filter(
    (a) => (options.drafts || !a.draft) && (options.future || a.date.getTime() <= now) && (a.expires === undefined || a.expires.getTime() > now),
  );
}
