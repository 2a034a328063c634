// Every key of content/site.yaml: its type, default and meaning. The README's configuration
// reference is generated from this list (`npm run docs:config`) and a test keeps the two equal; the
// validator warns about any key not listed here, and a test checks each default against it.
import { RELATED_DEFAULTS } from "../related/options.ts";

export interface Setting {
  /** The type as the reference shows it: `text`, `URL`, `mapping`. */
  type: string;
  /** JSON Schema type of the value. */
  json: "string" | "number" | "integer" | "boolean" | "object" | "array";
  /** The value used when the key is absent; undefined when there is none. */
  default?: unknown;
  /** The default column when it is not a plain value (`required`, `the site's title`). */
  defaultText?: string;
  notes: string;
  /** The keys of a mapping, or of each entry of a list of mappings. */
  keys?: Record<string, Setting>;
}

const weight = (notes: string, key: keyof typeof RELATED_DEFAULTS.weights): Setting => ({
  type: "number, 0–100",
  json: "number",
  default: RELATED_DEFAULTS.weights[key],
  notes,
});

export const SITE_SETTINGS: Record<string, Setting> = {
  title: { type: "text", json: "string", defaultText: "required", notes: "Site name." },
  baseUrl: {
    type: "URL",
    json: "string",
    defaultText: "required",
    notes: "Absolute URL the site is served from, used for canonical links, feeds and sitemaps. Overridden by `--base-url` or `BASE_URL`.",
  },
  pathPrefix: {
    type: "URL path",
    json: "string",
    defaultText: "the path of `baseUrl` (`/`)",
    notes: "The folder the host serves the site from, e.g. `/news/` for `https://org.github.io/news/`. Every internal link gets it, and absolute URLs are `baseUrl`'s host followed by it. Overridden by `--path-prefix` or `PATH_PREFIX`. See [Deploying](#deploying).",
  },
  description: { type: "text", json: "string", default: "", notes: "Default page description." },
  language: { type: "language tag", json: "string", default: "en", notes: "`<html lang>`." },
  timeZone: { type: "IANA zone", json: "string", default: "UTC", notes: "Times are shown in this zone (`America/New_York`); date-only values are read in it." },
  permalink: {
    type: "pattern",
    json: "string",
    default: "/articles/:slug/",
    notes: "Article URLs; tokens `:year`, `:month`, `:day` (in the site's time zone), `:slug`, `:section`. Must contain `:slug`. Every link follows it.",
  },
  pageSize: { type: "number, 1–500", json: "integer", default: 20, notes: "Stories per topic, section and author page." },
  publisher: {
    type: "mapping",
    json: "object",
    defaultText: "`{name: title}`",
    notes: "The publication in the news sitemap and the publisher in JSON-LD.",
    keys: {
      name: { type: "text", json: "string", defaultText: "the site's `title`", notes: "The publisher's name." },
      logo: {
        type: "image path or URL",
        json: "string",
        notes: "A path under `content/images/` (e.g. `images/logo.svg`) or an `https://` URL; the file must exist. Shown in the masthead, the feeds and JSON-LD.",
      },
    },
  },
  defaultImage: {
    type: "mapping",
    json: "object",
    notes: "The social card and JSON-LD image of stories without one. Use a JPEG or PNG at least 1200 px wide (social networks and Google ignore SVG).",
    keys: {
      src: { type: "image path or URL", json: "string", defaultText: "required", notes: "Like an article's `image.src`." },
      alt: { type: "text", json: "string", defaultText: "required", notes: "Describes the image." },
    },
  },
  sections: {
    type: "list",
    json: "array",
    default: [],
    notes: "The site's sections, in the order the navigation shows them.",
    keys: {
      id: { type: "slug", json: "string", defaultText: "required", notes: "Used in `section:` and in `/sections/<id>/`." },
      name: { type: "text", json: "string", defaultText: "required", notes: "Shown in the navigation and kickers." },
      description: { type: "text", json: "string", notes: "The intro on the section page." },
    },
  },
  related: {
    type: "mapping",
    json: "object",
    notes: "Related-reading settings (see [Related reading](#related-reading)).",
    keys: {
      weights: {
        type: "mapping",
        json: "object",
        notes: "How much each signal counts.",
        keys: {
          tags: weight("Shared tags, each weighted by rarity.", "tags"),
          text: weight("Similarity of headline, dek and body.", "text"),
          section: weight("Same section.", "section"),
          author: weight("An author in common.", "author"),
          recency: weight("Closeness in time.", "recency"),
          explainer: weight("An older explainer as background.", "explainer"),
        },
      },
      halfLifeDays: { type: "number, 0.01–36500", json: "number", default: RELATED_DEFAULTS.halfLifeDays, notes: "Days apart at which the recency signal halves." },
      limit: { type: "number, 1–100", json: "integer", default: RELATED_DEFAULTS.limit, notes: "Items per article, besides editor's picks." },
      minScore: { type: "number, 0–100", json: "number", default: RELATED_DEFAULTS.minScore, notes: "Below this, a candidate is not related." },
      fallback: { type: "number, 0–100", json: "integer", default: RELATED_DEFAULTS.fallback, notes: "Top up from the section when fewer than this." },
      duplicateSimilarity: { type: "number, 0–1", json: "number", default: RELATED_DEFAULTS.duplicateSimilarity, notes: "Text cosine at which two items are near-duplicates." },
      diversity: { type: "number, 0–1", json: "number", default: RELATED_DEFAULTS.diversity, notes: "Maximal marginal relevance trade-off: 1 ranks by score only." },
    },
  },
  search: {
    type: "mapping",
    json: "object",
    notes: "Split the search index into parts by age, for a large archive (see [Performance](#performance)).",
    keys: {
      partSize: { type: "number, 1–1000000", json: "integer", defaultText: "none: one index", notes: "Stories in each of the newest parts: a new story means indexing only its part again." },
      blockSize: { type: "number, 1–1000000", json: "integer", defaultText: "10 × `partSize`", notes: "Stories in each older part, counted from the oldest: fewer parts for the browser to merge." },
    },
  },
};

/** Each setting with its dotted name (`related.weights.tags`, `sections[].id`), parents first. */
export function flatSettings(settings: Record<string, Setting> = SITE_SETTINGS, parent = ""): { key: string; setting: Setting }[] {
  return Object.entries(settings).flatMap(([name, setting]) => {
    const key = `${parent}${name}`;
    const childPrefix = setting.json === "array" ? `${key}[].` : `${key}.`;
    return [{ key, setting }, ...(setting.keys ? flatSettings(setting.keys, childPrefix) : [])];
  });
}

/** The README's configuration table. */
export function configReference(): string {
  const rows = flatSettings().map(({ key, setting }) => {
    const fallback = setting.defaultText ?? (setting.default === undefined ? "—" : `\`${shown(setting.default)}\``);
    return `| \`${key}\` | ${setting.type} | ${fallback} | ${setting.notes} |`;
  });
  return ["| key | type | default | notes |", "|---|---|---|---|", ...rows].join("\n");
}

/** `en`, `""`, `20`, `[]`: a default as YAML would write it. */
function shown(value: unknown): string {
  return typeof value === "string" && value !== "" ? value : JSON.stringify(value);
}

/** A JSON Schema (draft-07) of site.yaml: for editors, and for tests that check a site.yaml by it. */
export function siteJsonSchema(): Record<string, unknown> {
  const schemaOf = (setting: Setting): Record<string, unknown> => {
    const base: Record<string, unknown> = { type: setting.json, description: setting.notes };
    if (setting.default !== undefined) base.default = setting.default;
    if (!setting.keys) return base;
    const object = {
      type: "object",
      additionalProperties: false,
      properties: Object.fromEntries(Object.entries(setting.keys).map(([k, s]) => [k, schemaOf(s)])),
      required: Object.entries(setting.keys).filter(([, s]) => s.defaultText === "required").map(([k]) => k),
    };
    return setting.json === "array" ? { ...base, items: object } : { ...base, ...object, description: setting.notes };
  };
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "Dateline site.yaml",
    ...schemaOf({ type: "mapping", json: "object", notes: "content/site.yaml", keys: SITE_SETTINGS }),
    required: Object.entries(SITE_SETTINGS).filter(([, s]) => s.defaultText === "required").map(([k]) => k),
  };
}

/** Keys in the data that site.yaml does not have, with where they are and the keys that would fit there. */
export function unknownSiteKeys(data: unknown, settings: Record<string, Setting> = SITE_SETTINGS, at: (string | number)[] = []): { path: (string | number)[]; known: string[] }[] {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return [];
  const found: { path: (string | number)[]; known: string[] }[] = [];
  for (const [key, value] of Object.entries(data)) {
    const setting = settings[key];
    if (!setting) {
      found.push({ path: [...at, key], known: Object.keys(settings) });
      continue;
    }
    if (!setting.keys) continue;
    if (setting.json === "array" && Array.isArray(value)) value.forEach((entry, i) => found.push(...unknownSiteKeys(entry, setting.keys!, [...at, key, i])));
    else found.push(...unknownSiteKeys(value, setting.keys, [...at, key]));
  }
  return found;
}
