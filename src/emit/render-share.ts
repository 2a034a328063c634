// One thread's share of the pages: it claims runs of pages, renders those that changed, writes or
// links them, and records what the manifest needs. The main thread and a worker (src/workers/) run
// the same loop over the same templates and model, so a page's bytes do not depend on who made it.
import type nunjucks from "nunjucks";
import type { SiteModel } from "../model.ts";
import { contentHash, Fingerprinter, type PageManifest } from "./page-fingerprints.ts";
import type { PageTemplate } from "./page-templates.ts";
import { PageWriter } from "./page-writer.ts";
import { TemplatePages } from "./render-pages.ts";

export interface ShareOptions {
  /** The staging folder pages go into. */
  into: string;
  /** The previous output, where unchanged pages are linked from. */
  from: string;
  /** The last build's manifest (EMPTY_MANIFEST on a cold build). */
  previous: PageManifest;
  /** Hash of every template file (src/emit/write-site.ts). */
  templatesHash: string;
}

export interface PageRecord {
  /** Index of the template in the list, and of the page's item in the template's list. */
  template: number;
  index: number;
  file: string;
  /** Hash of the page's item, for its fingerprint. */
  item: string;
  /** Hash of the page's bytes, when known. */
  hash?: string;
  /** True when this build wrote the file, false when it was linked from the previous output. */
  written: boolean;
}

export interface ShareResult {
  records: PageRecord[];
  /** By template: the site fields its pages read in this share. */
  read: string[][];
  /** An unchanged page was missing from the previous output. */
  missing: boolean;
}

/** Hands out pages: the next run `[start, end)` of the template's `count` pages, or undefined when none is left. */
export type Claim = (template: number, count: number) => readonly [number, number] | undefined;

/** Every page of every template, for a thread working alone. */
export function claimAll(): Claim {
  const claimed = new Set<number>();
  return (template, count) => {
    if (claimed.has(template)) return undefined;
    claimed.add(template);
    return [0, count];
  };
}

/** The path prefix rewrites pages after rendering, so it counts as part of the templates. */
export function effectiveTemplatesHash(model: SiteModel, templatesHash: string): string {
  const prefix = model.config.pathPrefix ?? "/";
  return prefix === "/" ? templatesHash : `${templatesHash}\0${prefix}`;
}

export async function renderShare(
  templates: readonly PageTemplate[],
  model: SiteModel,
  env: nunjucks.Environment,
  options: ShareOptions,
  claim: Claim,
  hooks: { onPage?(): void; stop?(): void; fingerprints?: Fingerprinter } = {},
): Promise<ShareResult> {
  const { previous } = options;
  const fingerprints = hooks.fingerprints ?? new Fingerprinter(model, effectiveTemplatesHash(model, options.templatesHash));
  const writer = new PageWriter(options.into, options.from);
  const records: PageRecord[] = [];
  const seen = new Set<string>();
  const read: string[][] = [];
  try {
    for (const [t, template] of templates.entries()) {
    const pages = new TemplatePages(template, model, env);
    const known = previous.siteFields.get(template.name);
    const knownKey = known && fingerprints.templateKey(template.name, known);
    for (let range = claim(t, pages.items.length); range; range = claim(t, pages.items.length)) {
      for (let index = range[0]; index < range[1]; index++) {
        hooks.stop?.();
        const file = pages.file(index);
        if (seen.has(file)) throw new Error(`two pages would be written to ${file}`);
        seen.add(file);
        const item = fingerprints.item(pages.items[index]);
        const unchanged = knownKey !== undefined && previous.pages.get(file) === Fingerprinter.combine(knownKey, item);
        const content = unchanged ? undefined : pages.render(index, file);
        const hash = content === undefined ? previous.contents.get(file) : contentHash(content);
        const written = content !== undefined && hash !== previous.contents.get(file);
        await writer.put(file, written ? content : undefined);
        records.push({ template: t, index, file, item, hash, written });
        hooks.onPage?.();
      }
    }
    read.push([...pages.read]);
    }
  } catch (error) {
    // No write may still be running when the caller removes the staging folder.
    await writer.flush().catch(() => {});
    throw error;
  }
  await writer.flush();
  return { records, read, missing: writer.missing };
}
