// Wires the site model into Eleventy: global data, Nunjucks options, filters, the path-prefix transform.
import type { UserConfig } from "@11ty/eleventy";
import type { SiteModel } from "../model.ts";
import { NUNJUCKS_OPTIONS } from "./render-pages.ts";
import { templateFilters } from "./template-filters.ts";
import { prefixOutput } from "./prefix-urls.ts";
import path from "node:path";

export function configureEleventy(config: UserConfig, model: SiteModel): void {
  config.addGlobalData("site", model);
  config.setTemplateFormats(["njk"]);
  config.setNunjucksEnvironmentOptions(NUNJUCKS_OPTIONS);
  for (const [name, filter] of Object.entries(templateFilters(model))) config.addFilter(name, filter);
  // The same post-render step Dateline's renderer applies: a site served from a sub-path.
  const prefix = model.config.pathPrefix;
  if (prefix !== undefined) {
    config.addTransform("dateline-path-prefix", function (content) {
      return typeof this.page.outputPath === "string" ? prefixOutput(path.basename(this.page.outputPath), content, prefix) : content;
    });
  }
}
