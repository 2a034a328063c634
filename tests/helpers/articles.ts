// Validated articles from frontmatter lines, for the unit tests of cross-article checks.
import { parseArticle } from "../../src/load/parse-article.ts";
import { isProblem } from "../../src/load/parse-yaml.ts";
import type { Article, RawArticle, SiteData } from "../../src/model.ts";
import type { Problem } from "../../src/problems.ts";
import { validateArticle } from "../../src/validate/article.ts";
import { validateSiteData } from "../../src/validate/site-data.ts";

/** The Harbour Gazette's settings (as in tests/fixtures/site), with tags harbour (alias harbor), budget and ferries. */
export function gazette(): SiteData {
  const problems: Problem[] = [];
  const site = validateSiteData(
    {
      site: {
        path: "content/site.yaml",
        text: "title: Harbour Gazette\nbaseUrl: https://gazette.example.com\ntimeZone: America/New_York\nsections:\n  - id: local\n    name: Local\n",
      },
      authors: { path: "content/authors.yaml", text: "ana-reyes:\n  name: Ana Reyes\n" },
      tags: { path: "content/tags.yaml", text: "harbour:\n  name: The Harbour\n  aliases: [harbor]\nbudget:\n  name: Town Budget\nferries:\n  name: Ferries\n" },
    },
    problems,
  );
  if (!site) throw new Error(JSON.stringify(problems));
  return site;
}

export interface Fixture {
  articles: Article[];
  raws: Map<string, RawArticle>;
}

/** `files` maps a file stem to its frontmatter lines and body; every article must be valid. */
export function articlesFrom(site: SiteData, files: Record<string, { fm: string[]; body?: string }>): Fixture {
  const raws = new Map<string, RawArticle>();
  const articles: Article[] = [];
  for (const [stem, { fm, body = "Body.\n" }] of Object.entries(files)) {
    const raw = parseArticle({ path: `content/articles/${stem}.md`, text: `---\n${fm.join("\n")}\n---\n${body}` });
    if (isProblem(raw)) throw new Error(raw.kind);
    raws.set(raw.file, raw);
    const problems: Problem[] = [];
    const article = validateArticle(raw, site, new Set(), problems);
    if (!article) throw new Error(JSON.stringify(problems));
    articles.push(article);
  }
  return { articles, raws };
}
