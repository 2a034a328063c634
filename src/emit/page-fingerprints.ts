// Which pages need rendering: a page's fingerprint hashes everything it is rendered from — the
// templates, its own item, and the parts of the site model its template reads — so a page whose
// fingerprint matches the last build's is unchanged and is neither rendered nor written.
import * as crypto from "node:crypto";
import { serialize } from "node:v8";
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

/** SHA-256, base64url. One-shot `crypto.hash` where Node has it (20.12+): no Hash object per page. */
export const digest: (data: string | NodeJS.ArrayBufferView) => string =
  typeof (crypto as { hash?: unknown }).hash === "function"
    ? (data) => crypto.hash("sha256", data, "base64url")
    : (data) => crypto.createHash("sha256").update(data).digest("base64url");

export function contentHash(content: string): string {
  return digest(content);
}

/**
 * Hashes each value once however many pages read it. Values are hashed through V8's serializer,
 * which is lossless (two values hashing alike are equal) and several times cheaper than JSON for
 * the large, string-heavy items here; the same content built the same way gives the same bytes, and
 * where it did not, a page would only be rendered again and found unchanged, never kept stale.
 */
export class Fingerprinter {
  private readonly fieldHashes = new Map<string, string>();
  private readonly itemHashes = new WeakMap<object, string>();
  private readonly templateKeys = new Map<string, string>();

  constructor(
    private readonly model: SiteModel,
    /** Hash of every template file, includes too: any template edit re-renders every page. */
    private readonly templatesHash: string,
  ) {}

  of(template: PageTemplate, fields: readonly string[], item: unknown): string {
    return Fingerprinter.combine(this.templateKey(template.name, fields), this.item(item));
  }

  /** A page's fingerprint from its template's key and its item's hash. */
  static combine(templateKey: string, itemHash: string): string {
    return digest(`${templateKey}\0item=${itemHash}`);
  }

  /** The templates, the template's name and the site fields its pages read, hashed once per template. */
  templateKey(name: string, fields: readonly string[]): string {
    const sorted = [...fields].sort();
    const memo = `${name}\0${sorted.join("\0")}`;
    let key = this.templateKeys.get(memo);
    if (key === undefined) {
      key = digest(`${this.templatesHash}\0${name}${sorted.map((field) => `\0${field}=${this.field(field)}`).join("")}`);
      this.templateKeys.set(memo, key);
    }
    return key;
  }

  /** A list is hashed from its elements' hashes, which the pages listing them (articles, topics) share. */
  private field(name: string): string {
    let value = this.fieldHashes.get(name);
    if (value === undefined) {
      const field = (this.model as unknown as Record<string, unknown>)[name];
      value = Array.isArray(field) ? digest(`[${field.map((element) => this.item(element)).join(",")}]`) : hashValue(field);
      this.fieldHashes.set(name, value);
    }
    return value;
  }

  /** An article's item is hashed once, though its article page and related page both use it. */
  item(item: unknown): string {
    if (typeof item !== "object" || item === null) return hashValue(item);
    let value = this.itemHashes.get(item);
    if (value === undefined) {
      value = hashValue(item);
      this.itemHashes.set(item, value);
    }
    return value;
  }
}

function hashValue(value: unknown): string {
  return digest(serialize(value));
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
