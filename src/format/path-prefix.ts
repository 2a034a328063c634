// The folder a host serves the site from (`/news/` for https://org.github.io/news/), and the
// absolute base URL that follows from it.

/** Letters, digits and `- . _ ~ % +` between slashes: nothing that needs escaping in HTML or a URL. */
const SEGMENT = /^[A-Za-z0-9._~%+-]+$/;

/**
 * `/news/`, `/news`, `news/` → `/news/`; `/` and `""` → `/`. Undefined when it is not a plain URL
 * path (a scheme, a query, `..`, spaces or quotes), so the caller can report it.
 */
export function normalizePathPrefix(raw: string): string | undefined {
  const segments = raw.trim().split("/").filter((s) => s !== "");
  if (segments.some((s) => !SEGMENT.test(s) || s === "." || s === "..")) return undefined;
  return segments.length === 0 ? "/" : `/${segments.join("/")}/`;
}

/** The path of a base URL as a prefix: `https://org.github.io/news` → `/news/`. */
export function pathPrefixOf(baseUrl: string): string {
  return normalizePathPrefix(new URL(baseUrl).pathname) ?? "/";
}

/**
 * The base every absolute URL starts with, without a trailing slash: the prefix replaces whatever
 * path `baseUrl` had (`https://org.github.io` + `/news/` → `https://org.github.io/news`).
 */
export function baseUrlWithPrefix(baseUrl: string, prefix: string): string {
  const url = new URL(baseUrl);
  const current = normalizePathPrefix(url.pathname) ?? "/";
  if (current === prefix) return baseUrl.replace(/\/+$/, "");
  return `${url.origin}${prefix.replace(/\/$/, "")}`;
}
