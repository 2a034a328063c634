// Which articles this build publishes: drafts and future-dated ones only when asked.
import type { Article, BuildOptions } from "../model.ts";

export function selectPublished<T extends Article>(articles: T[], options: Pick<BuildOptions, "drafts" | "future" | "now">): T[] {
  return articles.filter((a) => (options.drafts || !a.draft) && (options.future || a.date.getTime() <= options.now.getTime()));
}
