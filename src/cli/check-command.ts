// `dateline check`: everything the build rejects, plus the checks only an editor's review needs; writes nothing.
import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Article, SiteData } from "../model.ts";
import { pageFiles } from "../emit/page-files.ts";
import type { SitePaths } from "../emit/write-site.ts";
import { publicFolders, templateFolders } from "../emit/site-folders.ts";
import { buildSiteModel } from "../index/site-model.ts";
import { renderArticles } from "../markdown/render-articles.ts";
import { runPipeline } from "../pipeline.ts";
import { compareProblems, type Problem } from "../problems.ts";
import { isoInZone } from "../time/zoned.ts";
import { apDateTime } from "../format/ap-date.ts";
import { checkLengths } from "../validate/check-lengths.ts";
import { checkBodyLinks, type LinkTargets } from "../validate/check-links.ts";
import { checkRejectedReferences } from "../validate/check-references.ts";
import { selectPublished } from "../validate/select-published.ts";

/** How far ahead `dateline check` looks for articles about to expire. */
export const EXPIRING_WITHIN_DAYS = 7;

/** Problems the build only warns about but a review before merging should stop on. */
const STRICTER_IN_CHECK = new Set<Problem["kind"]>(["tag-typo"]);

export interface CheckOptions {
  now: Date;
  baseUrl?: string;
  pathPrefix?: string;
}

export interface Scheduling {
  file: string;
  slug: string;
  title: string;
  /** ISO 8601 in the site's time zone, and AP style. */
  iso: string;
  display: string;
  draft: boolean;
}

export interface CheckResult {
  ok: boolean;
  articles: number;
  problems: Problem[];
  /** Articles dated after now, soonest first. */
  scheduled: Scheduling[];
  /** Articles that expire within EXPIRING_WITHIN_DAYS, soonest first. */
  expiring: Scheduling[];
}

export async function checkCommand(paths: SitePaths, options: CheckOptions): Promise<CheckResult> {
  const { problems: found, stats, checked } = await runPipeline(paths.root, { drafts: false, future: false, now: options.now, baseUrl: options.baseUrl, pathPrefix: options.pathPrefix });
  const problems = found.map((p) => (STRICTER_IN_CHECK.has(p.kind) ? { ...p, severity: "error" as const } : p));
  const { site, articles, raws } = checked;
  let scheduled: Scheduling[] = [];
  let expiring: Scheduling[] = [];
  if (site) {
    problems.push(...checkRejectedReferences(raws, articles, problems));
    problems.push(...checkLengths(articles, raws));
    problems.push(...(await checkLinks(articles, site, checked.images, paths, options.now)));
    const tz = site.config.timeZone;
    const when = (a: Article, date: Date): Scheduling => ({ file: a.file, slug: a.slug, title: a.title, iso: isoInZone(date, tz), display: apDateTime(date, tz), draft: a.draft });
    const now = options.now.getTime();
    scheduled = articles.filter((a) => a.date.getTime() > now).sort((a, b) => a.date.getTime() - b.date.getTime()).map((a) => when(a, a.date));
    const horizon = now + EXPIRING_WITHIN_DAYS * 86_400_000;
    expiring = articles
      .filter((a) => a.expires !== undefined && a.expires.getTime() > now && a.expires.getTime() <= horizon)
      .sort((a, b) => a.expires!.getTime() - b.expires!.getTime())
      .map((a) => when(a, a.expires!));
  }
  problems.sort(compareProblems);
  return { ok: !problems.some((p) => p.severity === "error"), articles: stats.articles, problems, scheduled, expiring };
}

/**
 * Links are checked against every page a build of all the valid articles writes (drafts and
 * scheduled ones too, so that drafts may link to each other), then against what production leaves out.
 */
async function checkLinks(articles: Article[], site: SiteData, images: Set<string>, paths: SitePaths, now: Date): Promise<Problem[]> {
  const everything = renderArticles(selectPublished(articles, { drafts: true, future: true, now }));
  const model = buildSiteModel(everything, site, now);
  const files = await pageFiles(templateFolders(paths), model);
  for (const image of images) files.add(`/${image}`);
  for (const dir of publicFolders(paths)) for (const file of await listFiles(dir)) files.add(file);

  const tz = site.config.timeZone;
  const unpublished: LinkTargets["unpublished"] = new Map(
    articles.flatMap((a): [string, { why: string; gone: boolean }][] => {
      if (a.expires !== undefined && a.expires <= now) return [[a.url, { why: `that article expired on ${apDateTime(a.expires, tz)}`, gone: true }]];
      if (a.draft) return [[a.url, { why: "that article is a draft", gone: false }]];
      if (a.date > now) return [[a.url, { why: `that article is scheduled for ${apDateTime(a.date, tz)}`, gone: false }]];
      return [];
    }),
  );
  const live = new Set(selectPublished(articles, { drafts: false, future: false, now }));
  return checkBodyLinks(articles, { files, unpublished, baseUrl: site.config.baseUrl }, (a) => live.has(a));
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => `/${path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/")}`);
}
