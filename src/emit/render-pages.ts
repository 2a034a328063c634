// Renders every page of the site from the page templates and the site model, without Eleventy:
// the same Nunjucks templates, pagination (size 1) and permalinks, at a fraction of the cost per page.
import nunjucks from "nunjucks";
import path from "node:path";
import type { SiteModel } from "../model.ts";
import { EMPTY_MANIFEST, Fingerprinter, recordingSite, type PageManifest } from "./page-fingerprints.ts";
import type { PageTemplate } from "./page-templates.ts";
import { templateFilters } from "./template-filters.ts";
import { prefixOutput } from "./prefix-urls.ts";

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

/** Yields pages one at a time so that a large site is never held in memory as a whole. */
export function* renderPages(templates: readonly PageTemplate[], model: SiteModel, env: nunjucks.Environment): Generator<RenderedPage> {
  for (const page of renderChangedPages(templates, model, env, EMPTY_MANIFEST, "")) yield page as RenderedPage;
}

/** A page this build renders, or one unchanged since the last build (no content: keep the old file). */
export interface PageResult {
  file: string;
  content?: string;
}

/**
 * Renders only the pages whose fingerprint differs from `previous`; `manifest` receives the new
 * fingerprints as each template is finished.
 */
export function* renderChangedPages(
  templates: readonly PageTemplate[],
  model: SiteModel,
  env: nunjucks.Environment,
  previous: PageManifest,
  templatesHash: string,
  manifest: PageManifest = { pages: new Map(), siteFields: new Map(), contents: new Map() },
): Generator<PageResult> {
  // The path prefix rewrites pages after rendering, so it counts as part of the templates.
  const prefix = model.config.pathPrefix ?? "/";
  const fingerprints = new Fingerprinter(model, prefix === "/" ? templatesHash : `${templatesHash}\0${prefix}`);
  for (const template of templates) {
    const page = new nunjucks.Template(template.body, env, template.name);
    const permalink = new nunjucks.Template(template.permalink, env, `${template.name} permalink`);
    const known = previous.siteFields.get(template.name);
    const read = new Set<string>(known);
    const site = recordingSite(model, read);
    const items = template.pagination ? lookup({ site: model }, template.pagination.data) : [undefined];
    if (!Array.isArray(items)) throw new Error(`templates/${template.name}: ${template.pagination!.data} is not a list`);
    const files: string[] = [];
    for (const item of items) {
      const context = (siteValue: SiteModel) => ({ ...template.data, site: siteValue, ...(template.pagination ? { [template.pagination.alias]: item } : {}) });
      const file = outputFile(permalink.render(context(model)));
      files.push(file);
      const unchanged = known !== undefined && previous.pages.get(file) === fingerprints.of(template, known, item);
      yield unchanged ? { file } : { file, content: prefixOutput(file, page.render(context(site)), prefix) };
    }
    // Fingerprints cover every field any page of this template read, this build or before.
    const fields = [...read].sort();
    manifest.siteFields.set(template.name, fields);
    files.forEach((file, i) => manifest.pages.set(file, fingerprints.of(template, fields, items[i])));
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
