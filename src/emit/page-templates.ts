// Reads the page templates in templates/: their frontmatter (permalink, pagination) and their body.
// The same files Eleventy renders; Dateline renders them itself for speed (see the README).
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";

export interface PageTemplate {
  /** Path relative to the templates folder, e.g. `article.njk`. */
  name: string;
  /** The template text after its frontmatter. */
  body: string;
  permalink: string;
  /** Paginated templates render one page per item of `data` (a dotted path such as `site.articles`). */
  pagination?: { data: string; alias: string };
  /** Other frontmatter values, passed to the template as variables (e.g. `kindLabel`). */
  data: Record<string, unknown>;
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n?/;

/** `dir`: one folder, or the site's own followed by Dateline's: a page template in the site's folder replaces Dateline's of the same name. */
export async function readPageTemplates(dir: string | readonly string[]): Promise<PageTemplate[]> {
  const from = new Map<string, string>();
  for (const folder of typeof dir === "string" ? [dir] : dir) {
    const names = (await readdir(folder, { recursive: true }))
      .map((name) => name.split(path.sep).join("/"))
      .filter((name) => name.endsWith(".njk") && !name.split("/").some((part) => part.startsWith("_")));
    for (const name of names) if (!from.has(name)) from.set(name, folder);
  }
  const names = [...from.keys()].sort();
  return Promise.all(names.map(async (name) => parsePageTemplate(name, await readFile(path.join(from.get(name)!, name), "utf8"))));
}

export function parsePageTemplate(name: string, source: string): PageTemplate {
  const text = source.replace(/\r\n?/g, "\n");
  const match = FRONTMATTER.exec(text);
  const front = (match ? parseYaml(match[1]!) : {}) as Record<string, unknown>;
  const { permalink, pagination, eleventyExcludeFromCollections: _, ...data } = front;
  if (typeof permalink !== "string") throw new Error(`templates/${name}: a page template needs a permalink`);
  let paged: PageTemplate["pagination"];
  if (pagination !== undefined) {
    const p = pagination as { data?: unknown; size?: unknown; alias?: unknown };
    if (typeof p.data !== "string" || typeof p.alias !== "string" || (p.size ?? 1) !== 1) {
      throw new Error(`templates/${name}: pagination needs data, alias and size 1`);
    }
    paged = { data: p.data, alias: p.alias };
  }
  // The body starts right after the frontmatter, as in Eleventy: an XML page must begin with `<?xml`.
  const body = match ? text.slice(match[0].length) : text;
  return { name, body, permalink, pagination: paged, data };
}
