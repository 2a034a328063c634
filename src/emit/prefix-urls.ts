// Serves a site from a sub-path (https://org.github.io/news/) without touching a template: after a
// page is rendered, every root-relative URL in it (`/tags/x/`) gets the prefix (`/news/tags/x/`), as
// Eleventy's HTML base plugin does. Absolute URLs (feeds, sitemaps, JSON-LD, canonical links) are
// built from `baseUrl`, which already ends with the prefix, and are left alone.

/** Attributes whose whole value is one URL. */
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "poster", "cite", "data", "manifest", "background"]);
/** Attributes holding a list of `url descriptor` candidates. */
const SRCSET_ATTRIBUTES = new Set(["srcset", "imagesrcset"]);
/** `<meta>` whose `content` is a URL, named by `property` or `name` (Open Graph, X cards). */
const URL_META = /^(og:(url|image|image:url|image:secure_url|audio|audio:url|audio:secure_url|video|video:url|video:secure_url)|twitter:(image|url|player)|msapplication-(tileimage|config))$/i;

/** A comment, a script or style element (whose text is not HTML), or a start tag. */
const TOKENS = /<!--[\s\S]*?-->|<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>|<[a-zA-Z][^>]*>/gi;
/** One attribute of a start tag, with its value double-quoted, single-quoted or bare. */
const ATTRIBUTE = /(\s)([^\s"'<>\/=]+)(\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;

/** `/news/` applied to one URL: only root-relative ones (`/x`, not `//cdn.example/x` or `x`) change. */
export function prefixUrl(url: string, prefix: string): string {
  return url.startsWith("/") && !url.startsWith("//") ? `${prefix}${url.slice(1)}` : url;
}

/** Prefixes root-relative URLs in rendered HTML; `/` (no prefix) returns the page as it is. */
export function prefixHtmlUrls(html: string, prefix: string): string {
  if (prefix === "/") return html;
  return html.replace(TOKENS, (token: string, element?: string, attributes?: string) => {
    if (token.startsWith("<!--")) return token;
    // A script's or style's text is left as it is; only its start tag (`src`) is rewritten.
    if (element !== undefined) {
      const start = `<${element}${attributes ?? ""}>`;
      return `<${element}${prefixAttributes(`<${element}`, attributes ?? "", prefix)}>${token.slice(start.length)}`;
    }
    const name = /^<([a-zA-Z][^\s/>]*)/.exec(token)![1]!;
    return `<${name}${prefixAttributes(`<${name}`, token.slice(name.length + 1, -1), prefix)}>`;
  });
}

function prefixAttributes(tagStart: string, attributes: string, prefix: string): string {
  const isMeta = /^<meta$/i.test(tagStart);
  const metaKind = isMeta ? metaName(attributes) : undefined;
  return attributes.replace(ATTRIBUTE, (whole, space: string, name: string, equals: string, dq?: string, sq?: string, bare?: string) => {
    const value = dq ?? sq ?? bare ?? "";
    const lower = name.toLowerCase();
    let changed = value;
    if (URL_ATTRIBUTES.has(lower)) changed = prefixUrl(value, prefix);
    else if (SRCSET_ATTRIBUTES.has(lower)) changed = prefixSrcset(value, prefix);
    else if (lower === "data-pagefind-meta") changed = prefixPagefindMeta(value, prefix);
    else if (lower.startsWith("data-") && /^\/(?!\/)/.test(value)) changed = prefixUrl(value, prefix);
    else if (lower === "content" && metaKind === "refresh") changed = value.replace(/(;\s*url\s*=\s*['"]?)(\/(?!\/)[^'"]*)/i, (_, lead: string, url: string) => `${lead}${prefixUrl(url, prefix)}`);
    else if (lower === "content" && metaKind === "url") changed = prefixUrl(value, prefix);
    if (changed === value) return whole;
    const quote = dq !== undefined ? '"' : sq !== undefined ? "'" : "";
    return `${space}${name}${equals}${quote}${changed}${quote}`;
  });
}

/** `refresh` for `<meta http-equiv="refresh">`, `url` for a URL-valued Open Graph or card tag. */
function metaName(attributes: string): "refresh" | "url" | undefined {
  const values = new Map<string, string>();
  for (const m of attributes.matchAll(ATTRIBUTE)) values.set(m[2]!.toLowerCase(), m[4] ?? m[5] ?? m[6] ?? "");
  if (values.get("http-equiv")?.toLowerCase() === "refresh") return "refresh";
  const key = values.get("property") ?? values.get("name");
  return key !== undefined && URL_META.test(key) ? "url" : undefined;
}

/** `/a.jpg 480w, /b.jpg 800w` → each candidate's URL prefixed, descriptors and spacing kept. */
function prefixSrcset(value: string, prefix: string): string {
  return value.replace(/(^|,)(\s*)([^\s,]+)/g, (_, comma: string, space: string, url: string) => `${comma}${space}${prefixUrl(url, prefix)}`);
}

/** Pagefind meta such as `image:/img/x.jpg, title`: a root-relative value is a URL on this site. */
function prefixPagefindMeta(value: string, prefix: string): string {
  return value.replace(/(^|,)(\s*[^:,\[\]]+:)(\/(?!\/)[^,]*)/g, (_, comma: string, key: string, url: string) => `${comma}${key}${prefixUrl(url, prefix)}`);
}

/** `_redirects` lines are `from to [status]`: both paths live under the prefix. */
export function prefixRedirects(text: string, prefix: string): string {
  if (prefix === "/") return text;
  return text
    .split("\n")
    .map((line) => {
      if (/^\s*(#|$)/.test(line)) return line;
      const [from, to, ...rest] = line.trim().split(/\s+/);
      return [prefixUrl(from!, prefix), to === undefined ? undefined : prefixUrl(to, prefix), ...rest].filter((part) => part !== undefined).join(" ");
    })
    .join("\n");
}

/** The transform for one output file, by its kind: HTML pages and `_redirects`; anything else as it is. */
export function prefixOutput(file: string, content: string, prefix: string | undefined): string {
  if (prefix === undefined || prefix === "/") return content;
  if (/\.html?$/i.test(file)) return prefixHtmlUrls(content, prefix);
  if (file === "_redirects" || file.endsWith("/_redirects")) return prefixRedirects(content, prefix);
  return content;
}
