// Wires the site model into Eleventy: global data, Nunjucks options, filters. Nothing else.
import type { UserConfig } from "@11ty/eleventy";
import type { SiteModel } from "../model.ts";

export function configureEleventy(config: UserConfig, model: SiteModel): void {
  config.addGlobalData("site", model);
  config.setTemplateFormats(["njk"]);
  // Autoescape is Nunjucks' default, stated here because every field an editor writes relies on it.
  config.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  config.addFilter("absoluteUrl", (path: string) => (/^https?:\/\//i.test(path) ? path : `${model.config.baseUrl}${path}`));
  config.addFilter("json", (value: unknown) => safeJson(value));
}

/** JSON for an inline <script>: no `<`, `>`, `&` or line separators can end or confuse the element. */
export function safeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
