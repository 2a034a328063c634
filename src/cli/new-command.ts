// `dateline new "Headline"`: writes content/articles/<slug>.md with every field an editor fills in, as a draft.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import { ARTICLE_TYPES, type SiteData } from "../model.ts";
import { isSlug, slugify, tagKey } from "../format/slug.ts";
import { parseArticle } from "../load/parse-article.ts";
import { isProblem } from "../load/parse-yaml.ts";
import { readContent } from "../load/read-content.ts";
import { isoInZone } from "../time/zoned.ts";
import { closest } from "../validate/closest.ts";
import { validateSiteData } from "../validate/site-data.ts";
import { formatReport } from "./report.ts";

export interface NewArticleRequest {
  headline: string;
  /** The file name (and URL) to use instead of one made from the headline; slugified as tags are. */
  slug?: string;
  section?: string;
  tags: string[];
  type?: string;
  now: Date;
}

export interface NewOutcome {
  ok: boolean;
  message: string;
  /** Path of the new file relative to the site root. */
  file?: string;
}

export async function newCommand(root: string, request: NewArticleRequest): Promise<NewOutcome> {
  const { sources, problems } = await readContent(root);
  const site = validateSiteData(sources, problems);
  if (!site) return { ok: false, message: formatReport(problems) };

  const slug = slugify(request.slug ?? request.headline);
  if (!slug && request.slug !== undefined) return { ok: false, message: `dateline new: --slug ${JSON.stringify(request.slug)} has no Latin letters or digits; a slug is lower-case a-z, 0-9 and hyphens.` };
  if (!slug) {
    return {
      ok: false,
      message: `dateline new: the headline ${JSON.stringify(request.headline)} has no Latin letters or digits to make a file name from; give one with --slug, e.g. --slug typhoon-makes-landfall.`,
    };
  }
  const type = request.type ?? "news";
  if (!(ARTICLE_TYPES as readonly string[]).includes(type)) {
    return { ok: false, message: `dateline new: --type must be one of ${ARTICLE_TYPES.join(", ")}, got ${JSON.stringify(type)}.` };
  }
  const sectionIds = site.config.sections.map((s) => s.id);
  if (request.section !== undefined && !sectionIds.includes(request.section)) {
    const guess = closest(request.section, sectionIds);
    return {
      ok: false,
      message: `dateline new: --section must be one of the sections in content/site.yaml (${sectionIds.join(", ") || "none defined"}), got ${JSON.stringify(request.section)}${guess ? `; did you mean ${guess}?` : "."}`,
    };
  }

  // Slugs must be unique ignoring case, whether they come from a file name or a slug field.
  for (const source of sources.articles) {
    const parsed = parseArticle(source);
    const explicit = isProblem(parsed) ? undefined : (parsed.frontmatter.data as { slug?: unknown }).slug;
    const existing = typeof explicit === "string" ? explicit : slugify(path.basename(source.path).replace(/\.(md|markdown)$/i, ""));
    if (existing.toLowerCase() === slug) {
      return { ok: false, message: `dateline new: ${source.path} already uses the slug ${slug}; nothing was written. Choose another headline or --slug, or edit that article.` };
    }
  }

  const file = `content/articles/${slug}.md`;
  await mkdir(path.join(root, "content", "articles"), { recursive: true });
  try {
    // "wx" fails if the file appeared meanwhile: never overwrite an article.
    await writeFile(path.join(root, file), newArticleText(request.headline, type, tagsFor(request.tags, site), request, site), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return { ok: false, message: `dateline new: ${file} already exists; nothing was written.` };
    throw error;
  }
  return { ok: true, file, message: `Created ${file} (a draft dated ${isoInZone(request.now, site.config.timeZone)}).` };
}

/** Tags as the build will read them: slugs, with aliases from tags.yaml mapped to their tag. */
function tagsFor(written: string[], site: SiteData): string[] {
  // A tag in another script that tags.yaml does not name is kept as written: dateline check then says what to do.
  const tags = written.flatMap((tag) => {
    const key = tagKey(tag);
    return key ? [site.tagAliases.get(key) ?? (isSlug(key) ? key : tag.trim())] : [];
  });
  return [...new Set(tags)];
}

export function newArticleText(headline: string, type: string, tags: string[], request: Pick<NewArticleRequest, "section" | "now">, site: SiteData): string {
  const scalar = (value: string) => stringify(value, { lineWidth: 0 }).trimEnd();
  return `---
title: ${scalar(headline.trim())}
dek: ""
date: ${isoInZone(request.now, site.config.timeZone)}
dateline: ""
authors: []
section: ${request.section ? scalar(request.section) : '""'}
tags: [${tags.map((tag) => (isSlug(tag) ? tag : scalar(tag))).join(", ")}]
type: ${type}
draft: true
---

Write the story here. Remove \`draft: true\` when it is ready to publish.
`;
}
