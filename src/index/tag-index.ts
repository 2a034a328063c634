// Tag → articles carrying it, newest first: the source of topic pages and story timelines.
import type { Article } from "../model.ts";

export function buildTagIndex<T extends Article>(articlesNewestFirst: readonly T[]): Map<string, T[]> {
  const byTag = new Map<string, T[]>();
  for (const article of articlesNewestFirst) {
    for (const tag of article.tags) {
      let list = byTag.get(tag);
      if (!list) byTag.set(tag, (list = []));
      list.push(article);
    }
  }
  return byTag;
}
