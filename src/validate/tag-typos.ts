// Likely tag typos: a tag no registry entry and no other article knows, a letter or two from one that is known.
import type { Article, RawArticle, SiteData } from "../model.ts";
import { tagKey } from "../format/slug.ts";
import { problem, type Problem } from "../problems.ts";
import { closest } from "./closest.ts";

/** Short tags are left alone: un, us, uk and eu are all real and one letter apart. */
const MIN_LENGTH = 4;

export function findTagTypos(articles: readonly Article[], raws: Map<string, RawArticle>, site: SiteData): Problem[] {
  const users = new Map<string, number>();
  for (const a of articles) for (const tag of a.tags) users.set(tag, (users.get(tag) ?? 0) + 1);
  const known = new Set([...site.tags.keys(), ...site.tagAliases.keys(), ...users.keys()]);

  const problems: Problem[] = [];
  for (const article of articles) {
    for (const tag of article.tags) {
      if (site.tags.has(tag) || (users.get(tag) ?? 0) > 1 || tag.length < MIN_LENGTH) continue;
      const guess = closest(tag, [...known].filter((k) => k !== tag));
      if (guess === undefined) continue;
      const raw = raws.get(article.file);
      const written = rawTags(raw).findIndex((t) => (site.tagAliases.get(tagKey(t)) ?? tagKey(t)) === tag);
      problems.push(
        problem({
          kind: "tag-typo",
          file: article.file,
          line: raw?.frontmatter.lineOf(written < 0 ? ["tags"] : ["tags", written]) ?? 1,
          field: written < 0 ? "tags" : `tags.${written}`,
          expected: "a tag in content/tags.yaml or one another article uses",
          received: JSON.stringify(written < 0 ? tag : rawTags(raw)[written]),
          hint: `did you mean ${guess}? If ${tag} is a new topic, add it to content/tags.yaml`,
        }),
      );
    }
  }
  return problems;
}

function rawTags(raw: RawArticle | undefined): string[] {
  const tags = (raw?.frontmatter.data as { tags?: unknown } | undefined)?.tags;
  return Array.isArray(tags) ? tags.map((t) => String(t)) : [];
}
