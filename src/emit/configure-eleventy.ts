// Wires the site model into Eleventy: global data, Nunjucks options, filters. Nothing else.
import type { UserConfig } from "@11ty/eleventy";
import type { SiteModel } from "../model.ts";
import { NUNJUCKS_OPTIONS } from "./render-pages.ts";
import { templateFilters } from "./template-filters.ts";

export function configureEleventy(config: UserConfig, model: SiteModel): void {
  config.addGlobalData("site", model);
  config.setTemplateFormats(["njk"]);
  config.setNunjucksEnvironmentOptions(NUNJUCKS_OPTIONS);
  for (const [name, filter] of Object.entries(templateFilters(model))) config.addFilter(name, filter);
}
