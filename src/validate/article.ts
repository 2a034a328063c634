// Turns one article's frontmatter into a typed Article, recording every mistake with its line.
import { ARTICLE_TYPES, type Article, type Correction, type FurtherReadingLink, type Image, type RawArticle, type SiteData } from "../model.ts";
import { articleUrl } from "../format/permalink.ts";
import { isSlug, slugify, tagKey } from "../format/slug.ts";
import { problem, type Problem } from "../problems.ts";
import { closest } from "./closest.ts";
import { readEditorialFields } from "./editorial-fields.ts";
import { FieldReader } from "./fields.ts";
import { readLiveUpdates } from "./live-updates.ts";

export const ARTICLE_FIELDS = [
  "title", "dek", "date", "updated", "dateline", "authors", "section", "tags", "type", "image", "related",
  "further_reading", "corrections", "draft", "featured", "slug", "lang", "canonical", "noindex",
  "editors_note", "aliases", "expires", "series",
] as const;

const LANG_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const ABSOLUTE_URL = /^https?:\/\/[^\s/]/i;

export function validateArticle(raw: RawArticle, site: SiteData, images: Set<string>, problems: Problem[]): Article | undefined {
  const before = problems.filter((p) => p.severity === "error").length;
  const fm = new FieldReader(raw.frontmatter, problems);
  const { timeZone, permalink } = site.config;

  for (const key of Object.keys(fm.record)) {
    if (!(ARTICLE_FIELDS as readonly string[]).includes(key)) {
      const guess = closest(key, ARTICLE_FIELDS);
      fm.report("unknown-field", [key], "a known frontmatter field", JSON.stringify(key), guess ? `did you mean ${guess}?` : "the field is ignored");
    }
  }

  const title = fm.string("title", { required: true });
  const date = fm.date("date", timeZone, { required: true });
  const updated = fm.date("updated", timeZone);
  if (date && updated && updated < date) fm.report("invalid-date", ["updated"], "a time after the article's date", "a time before it");

  const slug = readSlug(fm, raw);
  const authors = fm.stringList("authors", "author ids");
  authors.forEach((id, i) => {
    if (!site.authors.has(id)) {
      const guess = closest(id, [...site.authors.keys()]);
      fm.report("unknown-author", ["authors", i], "an author id defined in content/authors.yaml", JSON.stringify(id), guess ? `did you mean ${guess}?` : `add ${id} to content/authors.yaml`);
    }
  });
  const section = fm.string("section");
  const sectionIds = site.config.sections.map((s) => s.id);
  if (section !== undefined && !sectionIds.includes(section)) {
    const guess = closest(section, sectionIds);
    fm.report("unknown-section", ["section"], `one of the sections in content/site.yaml (${sectionIds.join(", ") || "none defined"})`, JSON.stringify(section), guess ? `did you mean ${guess}?` : undefined);
  }

  const tags = readTags(fm, site);
  const related = fm.stringList("related", "article slugs");
  const image = fm.has("image") ? readImage(fm, images) : undefined;
  const furtherReading = readFurtherReading(fm);
  const corrections = readCorrections(fm, timeZone);
  const canonical = fm.string("canonical");
  if (canonical !== undefined && !ABSOLUTE_URL.test(canonical)) fm.report("invalid-value", ["canonical"], "an absolute http(s) URL", JSON.stringify(canonical));
  const lang = fm.string("lang");
  if (lang !== undefined && !LANG_TAG.test(lang)) fm.report("invalid-value", ["lang"], "a language tag such as en, en-GB or uk", JSON.stringify(lang));
  const type = fm.oneOf("type", ARTICLE_TYPES, "news");
  const editorial = readEditorialFields(fm, timeZone, date);
  const live = type === "live" && date ? readLiveUpdates({ file: raw.file, body: raw.body, bodyLine: raw.bodyLine, date }, timeZone, problems) : undefined;

  const article: Partial<Article> = {
    file: raw.file,
    slug,
    title,
    dek: fm.string("dek"),
    date,
    updated,
    dateline: fm.string("dateline"),
    authors: [...new Set(authors)],
    section,
    tags,
    type,
    image,
    related: [...new Set(related)],
    furtherReading,
    corrections,
    draft: fm.boolean("draft", false),
    featured: fm.boolean("featured", false),
    lang,
    canonical,
    noindex: fm.boolean("noindex", false),
    ...editorial,
    live,
    body: raw.body,
    bodyLine: raw.bodyLine,
  };
  const after = problems.filter((p) => p.severity === "error").length;
  if (after > before || !title || !date || !slug) return undefined;
  return { ...article, url: articleUrl(permalink, { slug, date, section }, timeZone) } as Article;
}

function readSlug(fm: FieldReader, raw: RawArticle): string | undefined {
  const explicit = fm.string("slug", { what: "a slug" });
  if (explicit !== undefined) {
    if (isSlug(explicit)) return explicit;
    const suggestion = slugify(explicit);
    fm.report("invalid-slug", ["slug"], "a slug of lower-case letters, digits and single hyphens", JSON.stringify(explicit), suggestion ? `use ${suggestion}` : undefined);
    return undefined;
  }
  // File names are not content: "Anchorage Summit.md" becomes anchorage-summit.
  const fromName = slugify(raw.stem);
  if (fromName) return fromName;
  fm.problems.push(problem({ kind: "invalid-slug", file: raw.file, line: 1, field: "slug", expected: "a file name with letters or digits, or a slug field", received: JSON.stringify(raw.stem) }));
  return undefined;
}

function readTags(fm: FieldReader, site: SiteData): string[] {
  const tags: string[] = [];
  fm.stringList("tags", "tags").forEach((written, i) => {
    const key = tagKey(written);
    if (!key) {
      fm.report("invalid-value", ["tags", i], "a tag with letters or digits", JSON.stringify(written));
      return;
    }
    const slug = site.tagAliases.get(key) ?? key;
    // A tag in another script becomes a URL only through tags.yaml, where it gets a Latin slug.
    if (!isSlug(slug)) {
      fm.report("invalid-value", ["tags", i], "a tag with Latin letters or digits, or one named in content/tags.yaml", JSON.stringify(written), `tag URLs are Latin (/tags/<slug>/): add the tag to content/tags.yaml with a Latin slug and this as its name, e.g. <latin-slug>: { name: ${JSON.stringify(written.trim())} }`);
      return;
    }
    tags.push(slug);
  });
  return [...new Set(tags)];
}

function readImage(fm: FieldReader, images: Set<string>): Image | undefined {
  const image = fm.child("image", "a mapping with src and alt");
  if (!image) return undefined;
  const src = image.string("src", { required: true, what: "an image path under images/ or an https URL" });
  const alt = image.string("alt");
  if (alt === undefined && !image.has("alt")) {
    image.report("missing-alt", ["alt"], "alt text describing the image for readers who cannot see it", undefined, 'write alt: "" only for a purely decorative image');
  }
  if (src === undefined) return undefined;
  let url: string;
  if (/^https:\/\//i.test(src)) {
    url = src;
  } else {
    const normal = src.replace(/^\/+/, "");
    if (normal.split("/").some((part) => part === ".." || part === ".") || !normal.startsWith("images/") || /^[a-z][a-z0-9+.-]*:/i.test(src)) {
      image.report("invalid-value", ["src"], "a path inside content/images/ (e.g. images/summit.jpg) or an https URL", JSON.stringify(src));
      return undefined;
    }
    if (!images.has(normal)) {
      image.report("missing-image", ["src"], "an image file in content/images/", JSON.stringify(src), `no file content/${normal}`);
      return undefined;
    }
    url = `/${normal}`;
  }
  return { src, url, alt: alt ?? "", caption: image.string("caption"), credit: image.string("credit") };
}

function readFurtherReading(fm: FieldReader): FurtherReadingLink[] {
  const links: FurtherReadingLink[] = [];
  fm.list("further_reading", "links").forEach((entry, i) => {
    if (typeof entry === "string") {
      links.push({ title: entry, url: "", slug: entry.trim() });
      return;
    }
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      fm.report("wrong-type", ["further_reading", i], "an article slug or a mapping with title and url", entry);
      return;
    }
    const reader = new FieldReader(fm.yaml, fm.problems, ["further_reading", i]);
    const title = reader.string("title", { required: true });
    const url = reader.string("url", { required: true, what: "an absolute http(s) URL" });
    if (url !== undefined && !ABSOLUTE_URL.test(url)) {
      reader.report("invalid-value", ["url"], "an absolute http(s) URL", JSON.stringify(url));
      return;
    }
    if (title && url) links.push({ title, url });
  });
  return links;
}

function readCorrections(fm: FieldReader, timeZone: string): Correction[] {
  const corrections: Correction[] = [];
  fm.list("corrections", "corrections").forEach((_, i) => {
    const entry = new FieldReader(fm.yaml, fm.problems, ["corrections", i]);
    const date = entry.date("date", timeZone, { required: true });
    const text = entry.string("text", { required: true });
    if (date && text) corrections.push({ date, text });
  });
  return corrections.sort((a, b) => a.date.getTime() - b.date.getTime());
}
