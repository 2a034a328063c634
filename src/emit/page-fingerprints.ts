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
  /** Template name → the `site` fields its pages have read (`front`, or `syndication.siteFeeds` within a plain object). */
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

/** Lists of this many objects or more (story timelines, feed entries) are hashed from their elements' hashes. */
const LONG_LIST = 32;
/** Stands in a hashed value for a long list; no list in the model starts with it. */
const LIST_MARK = "\u0000list";

/**
 * Hashes each value once however many pages read it. A value is hashed through V8's serializer,
 * lossless and several times cheaper than JSON for these large, string-heavy items, except that a
 * long list of objects is replaced by the hash of its elements' hashes, each remembered: a story
 * timeline or a feed's entries are shared by many items and hashed once, not once per item that
 * shows them. The same content built the same way hashes alike; where it did not, a page would
 * only be rendered again and found unchanged, never kept stale.
 */
export class Fingerprinter {
  private readonly fieldHashes = new Map<string, string>();
  private readonly hashes = new WeakMap<object, string>();
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

  /** A field's hash: `name` is a top-level field of the model, or `field.part` (see recordingSite). */
  private field(name: string): string {
    let value = this.fieldHashes.get(name);
    if (value === undefined) {
      // Split at the first dot only: a part's own name may hold dots (`assets./css/site.css`).
      const dot = name.indexOf(".");
      const field = (this.model as unknown as Record<string, unknown>)[dot === -1 ? name : name.slice(0, dot)];
      value = this.item(dot === -1 ? field : isObject(field) ? (field as Record<string, unknown>)[name.slice(dot + 1)] : undefined);
      this.fieldHashes.set(name, value);
    }
    return value;
  }

  /** An item's hash: an article's is computed once, though its article page and related page both use it. */
  item(item: unknown): string {
    if (typeof item !== "object" || item === null) return digest(serialize(item));
    let value = this.hashes.get(item);
    if (value === undefined) {
      value = isLongList(item) ? digest(`[${item.map((element) => this.item(element)).join(",")}]`) : digest(serialize(this.outline(item)));
      this.hashes.set(item, value);
    }
    return value;
  }

  /** A hash another thread computed for the same item (src/emit/render-share.ts): not computed again. */
  remember(item: unknown, hash: string): void {
    if (typeof item === "object" && item !== null) this.hashes.set(item, hash);
  }

  /** The value with every long list of objects in it replaced by its hash. */
  private outline(value: unknown): unknown {
    if (typeof value !== "object" || value === null) return value;
    if (Array.isArray(value)) {
      if (isLongList(value)) return [LIST_MARK, this.item(value)];
      // Rebuilt element by element: V8 serializes an array made by `map` (holey) unlike its copy in
      // a worker (packed), and both threads must hash the same list alike.
      const outline: unknown[] = [];
      for (const element of value) outline.push(this.outline(element));
      return outline;
    }
    // Anything else is cloned as a plain object, whatever its prototype (null, a class): outlined as one.
    if (value instanceof Date || value instanceof Map || value instanceof Set || value instanceof RegExp || value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return value;
    const outline: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) outline[key] = this.outline(field);
    return outline;
  }
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

function isLongList(value: object): value is unknown[] {
  return Array.isArray(value) && value.length >= LONG_LIST && value.every(isObject);
}

/**
 * The model seen through a proxy that notes what a template reads: a top-level field, or for a
 * field that is a plain object (`site.syndication`), each of its fields (`syndication.siteFeeds`).
 * Every page's layout reads the feed links, and a fingerprint over all of `syndication` (every feed
 * entry) would change with any article and render every page again. Listing a part's keys (a
 * `for` over it) counts as reading all of it.
 */
export function recordingSite(model: SiteModel, into: Set<string>): SiteModel {
  const parts = new Map<string, object>();
  return new Proxy(model, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof key !== "string") return value;
      if (!isPlainObject(value)) {
        into.add(key);
        return value;
      }
      let part = parts.get(key);
      if (part === undefined) parts.set(key, (part = recordingPart(value, key, into)));
      return part;
    },
    ownKeys(target) {
      for (const key of Reflect.ownKeys(target)) if (typeof key === "string") into.add(key);
      return Reflect.ownKeys(target);
    },
  });
}

function recordingPart(part: object, name: string, into: Set<string>): object {
  return new Proxy(part, {
    get(target, key, receiver) {
      if (typeof key === "string") into.add(`${name}.${key}`);
      return Reflect.get(target, key, receiver);
    },
    ownKeys(target) {
      into.add(name);
      return Reflect.ownKeys(target);
    },
  });
}

function isPlainObject(value: unknown): value is object {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
