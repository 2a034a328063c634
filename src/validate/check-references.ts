// `related` and `further_reading` slugs of articles rejected for another mistake: the build never
// gets as far as them, but an editor should see every mistake in one run of `dateline check`.
import type { Article, RawArticle } from "../model.ts";
import { slugify } from "../format/slug.ts";
import { problem, type Problem } from "../problems.ts";
import { closest } from "./closest.ts";

export function checkRejectedReferences(raws: Map<string, RawArticle>, articles: readonly Article[], reported: readonly Problem[]): Problem[] {
  const valid = new Set(articles.map((a) => a.file));
  const slugOf = (raw: RawArticle) => {
    const explicit = (raw.frontmatter.data as { slug?: unknown }).slug;
    return typeof explicit === "string" ? explicit : slugify(raw.stem);
  };
  const known = new Set([...articles.map((a) => a.slug), ...[...raws.values()].map(slugOf)].map((s) => s.toLowerCase()));
  const already = new Set(reported.map((p) => `${p.file}\n${p.field}`));

  const problems: Problem[] = [];
  for (const raw of raws.values()) {
    if (valid.has(raw.file)) continue;
    const data = raw.frontmatter.data as { related?: unknown; further_reading?: unknown };
    const check = (field: "related" | "further_reading", slug: unknown, i: number) => {
      if (typeof slug !== "string" || slug.trim() === "" || known.has(slug.trim().toLowerCase()) || already.has(`${raw.file}\n${field}.${i}`)) return;
      const guess = closest(slug.trim(), known);
      problems.push(
        problem({
          kind: "unknown-related",
          file: raw.file,
          line: raw.frontmatter.lineOf([field, i]),
          field: `${field}.${i}`,
          expected: field === "related" ? "the slug of an existing article" : "the slug of an existing article, or a mapping with title and url",
          received: JSON.stringify(slug.trim()),
          hint: guess ? `did you mean ${guess}?` : undefined,
        }),
      );
    };
    if (Array.isArray(data.related)) data.related.forEach((slug, i) => check("related", slug, i));
    if (Array.isArray(data.further_reading)) data.further_reading.forEach((entry, i) => check("further_reading", entry, i));
  }
  return problems;
}
