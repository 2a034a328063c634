// Checks a built page through an HTML parser for anything content could have injected: scripts,
// event handlers, dangerous URLs, attributes that escaped their quotes, JSON-LD that ends early.
import * as cheerio from "cheerio";

/** The parts of a parsed element the checks read. */
interface ElementNode {
  tagName: string;
  attribs: Record<string, string>;
  sourceCodeLocation?: { attrs?: Record<string, { startOffset: number; endOffset: number }> };
}

/** Elements no Dateline template writes and no article may bring in. */
const FORBIDDEN_ELEMENTS = new Set(["iframe", "frame", "frameset", "object", "embed", "applet", "base", "svg", "math", "style", "template", "portal"]);

/** Attributes holding a URL (srcset holds several). */
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "poster", "cite", "data", "background", "xlink:href", "ping"]);

/** Schemes a browser would run or render as a document of their own. */
const DANGEROUS_SCHEME = /^(javascript|vbscript|data|file|blob|filesystem):/;

/** `name` or `name="value"` with the value escaped: no raw quote or angle bracket inside it. */
const SAFE_ATTRIBUTE_SOURCE = /^[a-z][a-z0-9:_.-]*(="[^"<>]*")?$/i;

export interface ElementSets {
  /** Allowed attribute names by element name. */
  [element: string]: ReadonlySet<string>;
}

export interface SafetyOptions {
  /** When given, every element and attribute must be one of these. */
  allowed?: ElementSets;
}

/** A URL as a browser reads its scheme: control characters and blanks inside it are ignored. */
export function urlScheme(url: string): string | undefined {
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
}

export function isDangerousUrl(url: string): boolean {
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  return DANGEROUS_SCHEME.test(compact);
}

/** Every problem found in one HTML page, as readable lines ("<a onclick>: event handler"). */
export function pageIssues(html: string, options: SafetyOptions = {}): string[] {
  const issues: string[] = [];
  const $ = cheerio.load(html, { sourceCodeLocationInfo: true });
  $("*").each((_, node) => {
    const el = node as unknown as ElementNode;
    const tag = el.tagName.toLowerCase();
    const where = `<${tag}${el.attribs.class ? ` class="${el.attribs.class}"` : ""}>`;
    if (FORBIDDEN_ELEMENTS.has(tag)) issues.push(`${where}: element that content could have injected`);
    if (tag === "script") issues.push(...scriptIssues(el, $(node).text(), where));
    if (tag === "meta" && el.attribs["http-equiv"]?.toLowerCase() === "refresh") {
      const target = /url=(.*)$/i.exec(el.attribs.content ?? "")?.[1] ?? "";
      if (isDangerousUrl(target.replace(/^['"]|['"]$/g, ""))) issues.push(`${where}: refresh to ${JSON.stringify(target)}`);
    }

    const locations = el.sourceCodeLocation?.attrs;
    for (const [name, value] of Object.entries(el.attribs)) {
      const lower = name.toLowerCase();
      if (lower.startsWith("on")) issues.push(`${where}: event handler ${name}=${JSON.stringify(value)}`);
      if (URL_ATTRIBUTES.has(lower) && isDangerousUrl(value)) issues.push(`${where}: ${name}=${JSON.stringify(value)}`);
      if (lower === "srcset" || lower === "imagesrcset") {
        for (const candidate of value.split(",")) {
          if (isDangerousUrl(candidate.trim())) issues.push(`${where}: ${name} candidate ${JSON.stringify(candidate.trim())}`);
        }
      }
      if (lower === "style" && /expression\(|url\(|javascript:|@import/i.test(value)) issues.push(`${where}: style=${JSON.stringify(value)}`);
      const location = locations?.[name];
      if (location) {
        const source = html.slice(location.startOffset, location.endOffset);
        if (!SAFE_ATTRIBUTE_SOURCE.test(source)) issues.push(`${where}: attribute written as ${JSON.stringify(source)}`);
      }
      const allowed = options.allowed;
      if (allowed && !allowed[tag]?.has(lower)) issues.push(`${where}: attribute ${name} outside the expected set`);
    }
    if (options.allowed && !(tag in options.allowed)) issues.push(`${where}: element outside the expected set`);
  });
  return issues;
}

/**
 * Dateline writes two kinds of script: JSON-LD data, and a module loaded from the site itself with
 * nothing inline. Anything else came from somewhere else.
 */
function scriptIssues(el: ElementNode, text: string, where: string): string[] {
  const type = (el.attribs.type ?? "").toLowerCase();
  if (type === "application/ld+json") {
    const issues: string[] = [];
    if (/<!--|<\/script|<script/i.test(text)) issues.push(`${where}: JSON-LD holds ${JSON.stringify(/<!--|<\/script|<script/i.exec(text)![0])}`);
    try {
      JSON.parse(text);
    } catch {
      issues.push(`${where}: JSON-LD is not whole JSON (ended early?): ${JSON.stringify(text.slice(-60))}`);
    }
    return issues;
  }
  const src = el.attribs.src;
  if (src !== undefined && /^\/[^/\\]/.test(src) && text.trim() === "" && (type === "" || type === "module")) return [];
  return [`${where}: script ${JSON.stringify(src ?? text.slice(0, 60))}`];
}

/** Element and attribute names used in a page, to build the expected sets from known-good pages. */
export function collectElementSets(html: string, into: Record<string, Set<string>>): void {
  const $ = cheerio.load(html);
  $("*").each((_, node) => {
    const el = node as unknown as ElementNode;
    const tag = el.tagName.toLowerCase();
    const names = (into[tag] ??= new Set());
    for (const name of Object.keys(el.attribs)) names.add(name.toLowerCase());
  });
}

/** What markdown-it writes for an article body (with Dateline's image rule), beyond the templates. */
export const MARKDOWN_ELEMENTS: Record<string, string[]> = {
  p: [], h2: [], h3: [], h4: [], h5: [], h6: [], blockquote: [], hr: [], br: [],
  ul: [], ol: ["start"], li: [], em: [], strong: [], s: [], code: ["class"], pre: [],
  a: ["href", "title"], img: ["src", "alt", "title", "loading", "decoding"],
  table: [], thead: [], tbody: [], tr: [], th: ["style"], td: ["style"],
  span: ["class"],
};

export function mergeElementSets(...sets: Record<string, Iterable<string>>[]): ElementSets {
  const merged: Record<string, Set<string>> = {};
  for (const set of sets) {
    for (const [tag, attrs] of Object.entries(set)) {
      const target = (merged[tag] ??= new Set());
      for (const attr of attrs) target.add(attr);
    }
  }
  return merged;
}
