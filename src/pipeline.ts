// The build as a list of stages: read → parse → validate → render → index. Only `read` does I/O.
import type { Article, BuildOptions, RawArticle, RenderedArticle, SiteData, SiteModel } from "./model.ts";
import { parseArticle } from "./load/parse-article.ts";
import { isProblem, type YamlMemo } from "./load/parse-yaml.ts";
import { readContent } from "./load/read-content.ts";
import { readImages } from "./load/read-images.ts";
import { readAssets } from "./load/read-assets.ts";
import { PACKAGE_ROOT } from "./package-root.ts";
import path from "node:path";
import { planRenditions, withRenditions } from "./index/image-rendition.ts";
import { renderArticles, type BodyMemo } from "./markdown/render-articles.ts";
import { buildSiteModel, type SiteModelCaches } from "./index/site-model.ts";
import { compareProblems, type Problem } from "./problems.ts";
import { validateArticle } from "./validate/article.ts";
import { validateArticleImages } from "./validate/inline-images.ts";
import { validateAliases } from "./validate/aliases.ts";
import { validateAcrossArticles } from "./validate/content.ts";
import { selectPublished } from "./validate/select-published.ts";
import { validateSiteData } from "./validate/site-data.ts";
import { findTagTypos } from "./validate/tag-typos.ts";

export interface PipelineResult {
  /** Undefined when any problem is an error. */
  model?: SiteModel;
  /** The articles this build publishes, rendered. */
  published: RenderedArticle[];
  problems: Problem[];
  stats: { articles: number; published: number };
  /** What `dateline check` inspects further, also when there are errors. */
  checked: { site?: SiteData; articles: Article[]; raws: Map<string, RawArticle>; images: Set<string> };
}

export interface PipelineHooks {
  /** Called as articles are read and validated, for progress on a terminal. */
  onArticle?(done: number, total: number): void;
  /** Results kept between builds (src/cache/): parsed frontmatter, rendered bodies and related reading. */
  caches?: { frontmatter?: YamlMemo; bodies?: BodyMemo; related?: SiteModelCaches["related"] };
  /** The static-file folders, the site's own first, whose CSS and JS get hashed names (default: public/, then Dateline's). */
  publicDirs?: readonly string[];
}

export async function runPipeline(root: string, options: BuildOptions, hooks: PipelineHooks = {}): Promise<PipelineResult> {
  const { sources, problems } = await readContent(root);
  const site = validateSiteData(sources, problems, { baseUrl: options.baseUrl, pathPrefix: options.pathPrefix });

  const raws = new Map<string, RawArticle>();
  for (const source of sources.articles) {
    const parsed = parseArticle(source, hooks.caches?.frontmatter);
    if (isProblem(parsed)) problems.push(parsed);
    else raws.set(parsed.file, parsed);
  }

  let articles: Article[] = [];
  if (site) {
    let done = 0;
    for (const raw of raws.values()) {
      const article = validateArticle(raw, site, sources.images, problems);
      if (article) articles.push(article);
      hooks.onArticle?.(++done, raws.size);
    }
    articles = validateAliases(validateAcrossArticles(articles, raws, problems), raws, problems);
    problems.push(...findTagTypos(articles, raws, site));
  }

  // Every local image an article shows must be a file sharp can read; its size plans the renditions.
  const imageInfo = await readImages(root, articles.flatMap((a) => validateArticleImages(a, sources.images, problems)), problems);

  problems.sort(compareProblems);
  const stats = { articles: sources.articles.length, published: 0 };
  const checked = { site, articles, raws, images: sources.images };
  if (!site || problems.some((p) => p.severity === "error")) return { problems, stats, published: [], checked };

  const selected = selectPublished(articles, options);
  const renditions = planRenditions(selected, imageInfo);
  const published = renderArticles(withRenditions(selected, renditions), renditions, hooks.caches?.bodies);
  stats.published = published.length;
  const assets = await readAssets(hooks.publicDirs ?? [path.join(root, "public"), path.join(PACKAGE_ROOT, "public")]);
  const model = { ...buildSiteModel(published, site, options.now, renditions, { related: hooks.caches?.related }), assets };
  return { model, published, problems, stats, checked };
}
