// Validates site.yaml, authors.yaml and tags.yaml into the site's settings and registries.
import type { Author, SiteConfig, SiteData, SourceFile, TagInfo } from "../model.ts";
import { baseUrlWithPrefix, normalizePathPrefix, pathPrefixOf } from "../format/path-prefix.ts";
import { isSlug, slugify, tagKey } from "../format/slug.ts";
import { isProblem, parseYaml } from "../load/parse-yaml.ts";
import { problem, type Problem } from "../problems.ts";
import { isValidTimeZone } from "../time/zoned.ts";
import { FieldReader } from "./fields.ts";
import { readRelatedOptions } from "./related-options.ts";
import { readSearchOptions } from "./search-options.ts";
import { readDefaultImage, readLogo } from "./site-image.ts";
import { unknownSiteKeys } from "./site-schema.ts";
import { closest } from "./closest.ts";

export const SITE_DEFAULTS = {
  description: "",
  language: "en",
  timeZone: "UTC",
  permalink: "/articles/:slug/",
  pageSize: 20,
} satisfies Partial<SiteConfig>;

const PERMALINK_TOKENS = new Set([":year", ":month", ":day", ":slug", ":section"]);

export interface SiteSources {
  site: SourceFile | undefined;
  authors: SourceFile | undefined;
  tags: SourceFile | undefined;
  /** Files under content/images/, to check the image paths in site.yaml (unchecked when absent). */
  images?: Set<string>;
}

export function validateSiteData(sources: SiteSources, problems: Problem[], overrides: { baseUrl?: string; pathPrefix?: string } = {}): SiteData | undefined {
  if (!sources.site) {
    problems.push(
      problem({
        kind: "missing-file",
        file: "content/site.yaml",
        expected: "a site.yaml with at least title and baseUrl",
        received: "no file",
        hint: "run the build from the site's folder, the one that holds content/",
      }),
    );
    return undefined;
  }
  const before = problems.length;
  const siteReader = readerFor(sources.site, problems);
  const config = readSiteConfig(siteReader, overrides, sources.images);
  const authors = sources.authors ? readAuthors(readerFor(sources.authors, problems)) : new Map<string, Author>();
  const tags = sources.tags ? readTags(readerFor(sources.tags, problems)) : new Map<string, TagInfo>();
  const failed = !config || problems.length > before;
  // Warnings only, so they are added after the check for errors above.
  problems.push(...unknownSettings(siteReader));
  if (failed) return undefined;

  const tagAliases = new Map<string, string>();
  for (const tag of tags.values()) {
    for (const alias of [...tag.aliases, tagKey(tag.name)]) if (alias !== tag.slug) tagAliases.set(alias, tag.slug);
  }
  return { config, authors, tags, tagAliases };
}

/** A key site.yaml does not have (src/validate/site-schema.ts lists them all) is most likely a typo. */
function unknownSettings(site: FieldReader): Problem[] {
  const warnings: Problem[] = [];
  const reader = new FieldReader(site.yaml, warnings);
  for (const { path, known } of unknownSiteKeys(site.yaml.data)) {
    const key = String(path[path.length - 1]);
    const guess = closest(key, known);
    reader.report("unknown-field", path, "a known site.yaml setting", JSON.stringify(key), guess ? `did you mean ${guess}?` : "the setting is ignored");
  }
  return warnings;
}

function readerFor(source: SourceFile, problems: Problem[]): FieldReader {
  const parsed = parseYaml(source.path, source.text);
  if (isProblem(parsed)) {
    problems.push(parsed);
    return new FieldReader({ file: source.path, data: {}, lineOf: () => 1 }, []);
  }
  if (typeof parsed.data !== "object" || parsed.data === null || Array.isArray(parsed.data)) {
    problems.push(problem({ kind: "wrong-type", file: source.path, line: 1, expected: "a mapping of `name: value` lines", received: "something else" }));
    return new FieldReader({ file: source.path, data: {}, lineOf: () => 1 }, []);
  }
  return new FieldReader(parsed, problems);
}

function readSiteConfig(site: FieldReader, overrides: { baseUrl?: string; pathPrefix?: string }, images?: Set<string>): SiteConfig | undefined {
  const title = site.string("title", { required: true });
  const baseUrlRaw = overrides.baseUrl ?? site.string("baseUrl", { required: true, what: "an absolute http(s) URL" });
  let baseUrl: string | undefined;
  if (baseUrlRaw !== undefined) {
    if (/^https?:\/\/[^\s/]+/i.test(baseUrlRaw) && URL.canParse(baseUrlRaw)) baseUrl = baseUrlRaw.replace(/\/+$/, "");
    else site.report("invalid-value", ["baseUrl"], "an absolute http(s) URL, e.g. https://news.example.org", JSON.stringify(baseUrlRaw));
  }
  const timeZone = site.string("timeZone") ?? SITE_DEFAULTS.timeZone;
  if (!isValidTimeZone(timeZone)) {
    site.report("invalid-value", ["timeZone"], "an IANA time zone, e.g. America/New_York", JSON.stringify(timeZone));
  }
  const permalink = site.string("permalink") ?? SITE_DEFAULTS.permalink;
  const permalinkProblem = checkPermalink(permalink);
  if (permalinkProblem) site.report("invalid-value", ["permalink"], permalinkProblem, JSON.stringify(permalink));

  const publisher = site.has("publisher") ? site.child("publisher", "a mapping with name and logo") : undefined;
  const sections = site.list("sections", "sections").flatMap((_, i) => {
    const entry = new FieldReader(site.yaml, site.problems, ["sections", i]);
    if (typeof entry.record !== "object" || Array.isArray(entry.record)) return [];
    const id = entry.string("id", { required: true, what: "a slug" });
    const name = entry.string("name", { required: true });
    if (id !== undefined && !isSlug(id)) entry.report("invalid-slug", ["id"], "a slug of lower-case letters, digits and hyphens", JSON.stringify(id));
    return id && name ? [{ id, name, description: entry.string("description") }] : [];
  });

  const language = site.string("language") ?? SITE_DEFAULTS.language;
  const pageSize = site.record.pageSize ?? SITE_DEFAULTS.pageSize;
  if (typeof pageSize !== "number" || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > 500) {
    site.report("invalid-value", ["pageSize"], "a whole number of stories per listing page, from 1 to 500", pageSize);
  }
  const pathPrefix = readPathPrefix(site, overrides.pathPrefix, baseUrl);
  const search = readSearchOptions(site);
  if (!title || !baseUrl) return undefined;
  return {
    title,
    description: site.string("description") ?? SITE_DEFAULTS.description,
    baseUrl: baseUrlWithPrefix(baseUrl, pathPrefix),
    language,
    timeZone,
    permalink,
    publisher: { name: publisher?.string("name") ?? title, logo: publisher ? readLogo(publisher, images) : undefined },
    sections,
    related: readRelatedOptions(site),
    ...(search !== undefined ? { search } : {}),
    defaultImage: readDefaultImage(site, images),
    pageSize: typeof pageSize === "number" && Number.isInteger(pageSize) && pageSize >= 1 && pageSize <= 500 ? pageSize : SITE_DEFAULTS.pageSize,
    ...(pathPrefix !== "/" ? { pathPrefix } : {}),
  };
}

/** `pathPrefix` (or the override), else the path of `baseUrl`: `/` for a site served from its host's root. */
function readPathPrefix(site: FieldReader, override: string | undefined, baseUrl: string | undefined): string {
  const raw = override ?? site.string("pathPrefix");
  if (raw !== undefined) {
    const prefix = normalizePathPrefix(raw);
    if (prefix !== undefined) return prefix;
    site.report("invalid-value", ["pathPrefix"], "a URL path such as /news/ (letters, digits, - . _ ~ % + between slashes)", JSON.stringify(raw));
  }
  return baseUrl === undefined ? "/" : pathPrefixOf(baseUrl);
}

export function checkPermalink(pattern: string): string | undefined {
  const expected = "a URL path starting and ending with / that contains :slug, e.g. /:year/:month/:slug/";
  if (!pattern.startsWith("/") || !pattern.endsWith("/") || !pattern.includes(":slug")) return expected;
  for (const token of pattern.match(/:[a-z]+/g) ?? []) {
    if (!PERMALINK_TOKENS.has(token)) return `${expected} (known tokens: ${[...PERMALINK_TOKENS].join(", ")})`;
  }
  if (pattern.split("/").some((part) => part === ".." || part === ".")) return expected;
  return undefined;
}

function readAuthors(file: FieldReader): Map<string, Author> {
  const authors = new Map<string, Author>();
  for (const id of Object.keys(file.record).sort()) {
    if (!isSlug(id)) {
      file.report("invalid-slug", [id], "an author id of lower-case letters, digits and hyphens", JSON.stringify(id));
      continue;
    }
    const entry = file.child(id, "a mapping with name, role, bio and url");
    if (!entry) continue;
    const name = entry.string("name", { required: true });
    const url = entry.string("url");
    if (url !== undefined && !/^https?:\/\//i.test(url)) entry.report("invalid-value", ["url"], "an absolute http(s) URL", JSON.stringify(url));
    if (name) authors.set(id, { id, name, role: entry.string("role"), bio: entry.string("bio"), url: url && /^https?:\/\//i.test(url) ? url : undefined });
  }
  return authors;
}

function readTags(file: FieldReader): Map<string, TagInfo> {
  const tags = new Map<string, TagInfo>();
  for (const key of Object.keys(file.record).sort()) {
    const slug = slugify(key);
    if (slug !== key) {
      file.report("invalid-slug", [key], "a tag slug of lower-case letters, digits and hyphens", JSON.stringify(key), slug ? `write it as ${slug}` : undefined);
      continue;
    }
    const entry = file.record[key] === null ? undefined : file.child(key, "a mapping with name, description and aliases");
    tags.set(slug, {
      slug,
      name: entry?.string("name") ?? key,
      description: entry?.string("description"),
      aliases: (entry?.stringList("aliases", "tag spellings") ?? []).map(tagKey).filter(Boolean),
    });
  }
  return tags;
}
