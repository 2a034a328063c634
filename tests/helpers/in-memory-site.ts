// Site settings and rendered articles built in memory from YAML text, for tests of pure stages.
import { parseArticle } from "../../src/load/parse-article.ts";
import { isProblem } from "../../src/load/parse-yaml.ts";
import { renderArticles } from "../../src/markdown/render-articles.ts";
import type { RenderedArticle, SiteData } from "../../src/model.ts";
import type { Problem } from "../../src/problems.ts";
import { validateArticle } from "../../src/validate/article.ts";
import { validateSiteData } from "../../src/validate/site-data.ts";

/** Throws with the problems when the YAML does not validate: these inputs are meant to be valid. */
export function siteFrom(siteYaml: string, authorsYaml = "", tagsYaml = "", images: string[] = []): SiteData {
  const problems: Problem[] = [];
  const site = validateSiteData(
    {
      site: { path: "content/site.yaml", text: siteYaml },
      authors: { path: "content/authors.yaml", text: authorsYaml },
      tags: { path: "content/tags.yaml", text: tagsYaml },
      images: new Set(images),
    },
    problems,
  );
  if (!site || problems.length) throw new Error(JSON.stringify(problems, null, 2));
  return site;
}

export function articleFrom(site: SiteData, stem: string, frontmatter: string[], body = "Text.\n", images: string[] = []): RenderedArticle {
  const raw = parseArticle({ path: `content/articles/${stem}.md`, text: `---\n${frontmatter.join("\n")}\n---\n${body}` });
  if (isProblem(raw)) throw new Error(raw.kind);
  const problems: Problem[] = [];
  const article = validateArticle(raw, site, new Set(images), problems);
  if (!article || problems.length) throw new Error(JSON.stringify(problems, null, 2));
  return renderArticles([article])[0]!;
}
