// Absolute URLs from site paths: feeds, sitemaps, social cards and structured data are read off the site.

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** `/tags/x/` → `https://news.example.org/tags/x/`; a URL that is already absolute is kept. */
export function absoluteUrl(baseUrl: string, path: string): string {
  if (SCHEME.test(path) || path.startsWith("//")) return path;
  return `${baseUrl}${path.startsWith("/") ? "" : "/"}${path}`;
}

/**
 * Resolves every relative `href` and `src` in rendered HTML against the page's own URL, so that a
 * feed reader showing the article elsewhere still reaches the site's links and images. Values are
 * attribute text as markdown-it writes it: double-quoted, with `&` as `&amp;`. A root-relative URL
 * (`/tags/x/`) is a path on the site: with `siteBase` (a site served from a sub-path,
 * `https://org.github.io/news`) it is resolved under that path rather than the host's root.
 */
export function absolutizeLinks(html: string, pageUrl: string, siteBase?: string): string {
  return html.replace(/(\s(?:href|src))="([^"]*)"/g, (whole, attribute: string, value: string) => {
    if (SCHEME.test(value) || value.startsWith("//")) return whole;
    const raw = value.replace(/&amp;/g, "&");
    const resolved = siteBase !== undefined && raw.startsWith("/") ? new URL(`${siteBase}${raw}`).href : new URL(raw, pageUrl).href;
    return `${attribute}="${resolved.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}"`;
  });
}
