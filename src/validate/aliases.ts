// Old URLs (`aliases`) must lead to one article only and must not shadow a page the site writes.
import type { Article, RawArticle } from "../model.ts";
import { redirectFile } from "../format/redirect-file.ts";
import { problem, type Problem } from "../problems.ts";
import { RESERVED_PATHS } from "./content.ts";

/** Returns the articles whose aliases are all usable; the others are reported and left out. */
export function validateAliases(articles: Article[], raws: Map<string, RawArticle>, problems: Problem[]): Article[] {
  // Hosts match paths case-insensitively often enough that /Old/ and /old/ must not both exist.
  const key = (path: string) => (redirectFile(path) ?? path).toLowerCase();
  const taken = new Map<string, string>();
  for (const a of articles) {
    taken.set(key(a.url), `the URL of ${a.file}`);
    taken.set(key(`${a.url}related/`), `the related-reading page of ${a.file}`);
  }
  const reserved = [...RESERVED_PATHS, "/series/"].filter((p) => p !== "/");
  for (const page of ["/index.html", "/404.html"]) taken.set(page, "a page the site reserves");

  const rejected = new Set<Article>();
  const sorted = [...articles].sort((a, b) => (a.file < b.file ? -1 : 1));
  for (const article of sorted) {
    (article.aliases ?? []).forEach((alias, i) => {
      const lower = alias.toLowerCase();
      const clash = taken.get(key(alias)) ?? (reserved.some((r) => lower === r || lower.startsWith(r)) ? "a page the site reserves" : undefined);
      if (clash === undefined) {
        taken.set(key(alias), `an alias of ${article.file}`);
        return;
      }
      problems.push(
        problem({
          kind: "url-collision",
          file: article.file,
          line: raws.get(article.file)?.frontmatter.lineOf(["aliases", i]) ?? 1,
          field: `aliases.${i}`,
          expected: "an old URL no other page or alias uses",
          received: `${alias}, ${clash}`,
          hint: "remove the alias, or the redirect would replace that page",
        }),
      );
      rejected.add(article);
    });
  }
  return articles.filter((a) => !rejected.has(a));
}
