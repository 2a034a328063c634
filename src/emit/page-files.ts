// The files a build would write, from the page templates' permalinks alone: what `dateline check` checks links against.
import path from "node:path";
import type { SiteModel } from "../model.ts";
import { readPageTemplates } from "./page-templates.ts";
import { createEnvironment, outputFile } from "./render-pages.ts";
import nunjucks from "nunjucks";

/** Site paths such as `/articles/x/index.html`, without rendering a single page body. */
export async function pageFiles(templatesDir: string | readonly string[], model: SiteModel): Promise<Set<string>> {
  const env = createEnvironment(templatesDir, model);
  const files = new Set<string>();
  for (const template of await readPageTemplates(templatesDir)) {
    const permalink = new nunjucks.Template(template.permalink, env, `${template.name} permalink`);
    const items = template.pagination ? lookup(model, template.pagination.data) : [undefined];
    if (!Array.isArray(items)) continue;
    for (const item of items) {
      const context = { ...template.data, site: model, ...(template.pagination ? { [template.pagination.alias]: item } : {}) };
      files.add(`/${outputFile(permalink.render(context)).split(path.sep).join("/")}`);
    }
  }
  return files;
}

function lookup(model: SiteModel, dotted: string): unknown {
  return dotted.split(".").reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], { site: model });
}
