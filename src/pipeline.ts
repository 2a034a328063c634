// The build as a list of stages: read → parse → validate → render → index. Only `read` does I/O.
import type { Article, BuildOptions, RawArticle, RenderedArticle, SiteModel } from "./model.ts";
import { parseArticle } from "./load/parse-article.ts";
import { isProblem } from "./load/parse-yaml.ts";
import { readContent } from "./load/read-content.ts";
import { renderArticles } from "./markdown/render-articles.ts";
import { buildSiteModel } from "./index/site-model.ts";
import { compareProblems, type Problem } from "./problems.ts";
import { validateArticle } from "./validate/article.ts";
import { validateAcrossArticles } from "./validate/content.ts";
import { selectPublished } from "./validate/select-published.ts";
import { validateSiteData } from "./validate/site-data.ts";

export interface PipelineResult {
  /** Undefined when any problem is an error. */
  model?: SiteModel;
  /** The articles this build publishes, rendered. */
  published: RenderedArticle[];
  problems: Problem[];
  stats: { articles: number; published: number };
}

export async function runPipeline(root: string, options: BuildOptions): Promise<PipelineResult> {
  const { sources, problems } = await readContent(root);
  const site = validateSiteData(sources, problems, { baseUrl: options.baseUrl });

  const raws = new Map<string, RawArticle>();
  for (const source of sources.articles) {
    const parsed = parseArticle(source);
    if (isProblem(parsed)) problems.push(parsed);
    else raws.set(parsed.file, parsed);
  }

  let articles: Article[] = [];
  if (site) {
    for (const raw of raws.values()) {
      const article = validateArticle(raw, site, sources.images, problems);
      if (article) articles.push(article);
    }
    articles = validateAcrossArticles(articles, raws, problems);
  }

  problems.sort(compareProblems);
  const stats = { articles: sources.articles.length, published: 0 };
  if (!site || problems.some((p) => p.severity === "error")) return { problems, stats, published: [] };

  const published = renderArticles(selectPublished(articles, options));
  stats.published = published.length;
  return { model: buildSiteModel(published, site, options.now), published, problems, stats };
}
