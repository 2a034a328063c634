// Renders every page of the site from the page templates and the site model, without Eleventy:
// the same Nunjucks templates, pagination (size 1) and permalinks, at a fraction of the cost per page.
import nunjucks from "nunjucks";
import path from "node:path";
import type { SiteModel } from "../model.ts";
import type { PageTemplate } from "./page-templates.ts";
import { templateFilters } from "./template-filters.ts";

/** Autoescape is Nunjucks' default, stated because every field an editor writes relies on it. */
export const NUNJUCKS_OPTIONS = { autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true };

export interface RenderedPage {
  /** Output path relative to the site root, e.g. `articles/x/index.html`. */
  file: string;
  content: string;
}

export function createEnvironment(templatesDir: string, model: SiteModel): nunjucks.Environment {
  const loader = new nunjucks.FileSystemLoader([path.join(templatesDir, "_includes"), templatesDir], { noCache: false });
  const env = new nunjucks.Environment(loader, NUNJUCKS_OPTIONS);
  for (const [name, filter] of Object.entries(templateFilters(model))) env.addFilter(name, filter);
  return env;
}

/** Yields pages one at a time so that a large site is never held in memory as a whole. */
export function* renderPages(templates: readonly PageTemplate[], model: SiteModel, env: nunjucks.Environment): Generator<RenderedPage> {
  for (const template of templates) {
    const page = new nunjucks.Template(template.body, env, template.name);
    const permalink = new nunjucks.Template(template.permalink, env, `${template.name} permalink`);
    const base = { ...template.data, site: model };
    const items = template.pagination ? lookup({ site: model }, template.pagination.data) : [undefined];
    if (!Array.isArray(items)) throw new Error(`templates/${template.name}: ${template.pagination!.data} is not a list`);
    for (const item of items) {
      const context = template.pagination ? { ...base, [template.pagination.alias]: item } : base;
      yield { file: outputFile(permalink.render(context)), content: page.render(context) };
    }
  }
}

function lookup(root: Record<string, unknown>, dotted: string): unknown {
  return dotted.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], root);
}

/** `/tags/x/` → `tags/x/index.html`; refuses paths that would leave the output folder. */
export function outputFile(permalink: string): string {
  const trimmed = permalink.trim();
  const withIndex = trimmed.endsWith("/") ? `${trimmed}index.html` : trimmed;
  const normal = path.posix.normalize(`/${withIndex}`).slice(1);
  if (normal === "" || normal.startsWith("..") || normal.split("/").includes("..")) throw new Error(`unsafe permalink ${JSON.stringify(permalink)}`);
  return normal;
}
