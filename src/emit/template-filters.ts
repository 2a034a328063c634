// The filters templates may use, shared by Dateline's renderer and Eleventy's.
import type { SiteModel } from "../model.ts";

export function templateFilters(model: SiteModel): Record<string, (...args: any[]) => unknown> {
  return {
    absoluteUrl: (path: string) => (/^https?:\/\//i.test(path) ? path : `${model.config.baseUrl}${path}`),
    json: (value: unknown) => safeJson(value),
  };
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
