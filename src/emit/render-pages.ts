// Renders every page of the site from the page templates and the site model, without Eleventy:
// the same Nunjucks templates, pagination (size 1) and permalinks, at a fraction of the cost per page.
import nunjucks from "nunjucks";
import path from "node:path";
import type { SiteModel } from "../model.ts";
import { recordingSite } from "./page-fingerprints.ts";
import type { PageTemplate } from "./page-templates.ts";
import { templateFilters } from "./template-filters.ts";
import { prefixOutput } from "./prefix-urls.ts";
import "./nunjucks-frame.ts";

/** Autoescape is Nunjucks' default, stated because every field an editor writes relies on it. */
export const NUNJUCKS_OPTIONS = { autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true };

export interface RenderedPage {
  /** Output path relative to the site root, e.g. `articles/x/index.html`. */
  file: string;
  content: string;
}

/** `templatesDir`: one folder, or the site's own followed by Dateline's (the first that has a file wins). */
export function createEnvironment(templatesDir: string | readonly string[], model: SiteModel): nunjucks.Environment {
  const dirs = typeof templatesDir === "string" ? [templatesDir] : templatesDir;
  const loader = new nunjucks.FileSystemLoader(dirs.flatMap((dir) => [path.join(dir, "_includes"), dir]), { noCache: false });
  const env = new nunjucks.Environment(loader, NUNJUCKS_OPTIONS);
  for (const [name, filter] of Object.entries(templateFilters(model))) env.addFilter(name, filter);
  return env;
}

/**
 * One page template ready to render any of its pages: compiled once, with its list of items (one
 * page each) and the set of site fields its pages have read so far (see recordingSite).
 */
export class TemplatePages {
  readonly items: readonly unknown[];
  /** Site fields read while rendering this template's pages (the fingerprints cover them). */
  readonly read = new Set<string>();
  private readonly page: nunjucks.Template;
  private readonly permalink: nunjucks.Template;
  private readonly site: SiteModel;
  private readonly prefix: string;

  constructor(
    readonly template: PageTemplate,
    private readonly model: SiteModel,
    env: nunjucks.Environment,
  ) {
    this.page = new nunjucks.Template(template.body, env, template.name);
    this.permalink = new nunjucks.Template(template.permalink, env, `${template.name} permalink`);
    this.items = pageItems(template, model);
    this.site = recordingSite(model, this.read);
    // The path prefix rewrites pages after rendering (src/emit/prefix-urls.ts).
    this.prefix = model.config.pathPrefix ?? "/";
  }

  /** The output file of the page for `items[index]`. */
  file(index: number): string {
    return outputFile(this.permalink.render(this.context(this.model, index)));
  }

  /** The bytes of that page, its site-relative URLs prefixed. */
  render(index: number, file: string): string {
    return prefixOutput(file, this.page.render(this.context(this.site, index)), this.prefix);
  }

  private context(site: SiteModel, index: number): Record<string, unknown> {
    const { template } = this;
    const context: Record<string, unknown> = { ...template.data, site };
    if (template.pagination) context[template.pagination.alias] = this.items[index];
    return context;
  }
}

/** Yields pages one at a time so that a large site is never held in memory as a whole. */
export function* renderPages(templates: readonly PageTemplate[], model: SiteModel, env: nunjucks.Environment): Generator<RenderedPage> {
  for (const template of templates) {
    const pages = new TemplatePages(template, model, env);
    for (let i = 0; i < pages.items.length; i++) {
      const file = pages.file(i);
      yield { file, content: pages.render(i, file) };
    }
  }
}

/** One item per page: the list the template is paginated over, or a single page. */
export function pageItems(template: PageTemplate, model: SiteModel): readonly unknown[] {
  const items = template.pagination ? lookup({ site: model }, template.pagination.data) : [undefined];
  if (!Array.isArray(items)) throw new Error(`templates/${template.name}: ${template.pagination!.data} is not a list`);
  return items;
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
