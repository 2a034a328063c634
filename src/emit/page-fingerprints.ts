// Which pages need rendering: a page's fingerprint hashes everything it is rendered from — the
// templates, its own item, and the parts of the site model its template reads — so a page whose
// fingerprint matches the last build's is unchanged and is neither rendered nor written.
import { createHash } from "node:crypto";
import type { SiteModel } from "../model.ts";
import type { PageTemplate } from "./page-templates.ts";

export interface PageManifest {
  /** Output file → fingerprint. */
  pages: Map<string, string>;
  /** Template name → the top-level `site` fields its pages have read. */
  siteFields: Map<string, string[]>;
  /** Output file → hash of its bytes: a re-rendered page that came out the same is not rewritten. */
  contents: Map<string, string>;
}

export const EMPTY_MANIFEST: PageManifest = { pages: new Map(), siteFields: new Map(), contents: new Map() };

export function contentHash(content: string): string {
  return createHash("sha256").update(content).digest("base64url");
}

export class Fingerprinter {
  private readonly fieldHashes = new Map<string, string>();
  private readonly itemHashes = new WeakMap<object, string>();

  constructor(
    private readonly model: SiteModel,
    /** Hash of every template file, includes too: any template edit re-renders every page. */
    private readonly templatesHash: string,
  ) {}

  of(template: PageTemplate, fields: readonly string[], item: unknown): string {
    const hash = createHash("sha256").update(this.templatesHash).update(template.name);
    for (const field of [...fields].sort()) hash.update(`\0${field}=`).update(this.field(field));
    hash.update("\0item=").update(this.item(item));
    return hash.digest("base64url");
  }

  private field(name: string): string {
    let value = this.fieldHashes.get(name);
    if (value === undefined) {
      value = digest(JSON.stringify((this.model as unknown as Record<string, unknown>)[name]) ?? "undefined");
      this.fieldHashes.set(name, value);
    }
    return value;
  }

  /** An article's item is hashed once, though its article page and related page both use it. */
  private item(item: unknown): string {
    if (typeof item !== "object" || item === null) return JSON.stringify(item) ?? "undefined";
    let value = this.itemHashes.get(item);
    if (value === undefined) {
      value = digest(JSON.stringify(item));
      this.itemHashes.set(item, value);
    }
    return value;
  }
}

/** The model seen through a proxy that notes every top-level field a template reads. */
export function recordingSite(model: SiteModel, into: Set<string>): SiteModel {
  return new Proxy(model, {
    get(target, key, receiver) {
      if (typeof key === "string") into.add(key);
      return Reflect.get(target, key, receiver);
    },
  });
}

function digest(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}
