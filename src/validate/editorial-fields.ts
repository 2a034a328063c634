// Reads the newsroom fields added after publication or for packaging: editors_note, aliases, expires, series.
import type { Article } from "../model.ts";
import { slugify } from "../format/slug.ts";
import type { FieldReader } from "./fields.ts";

export type EditorialFields = Pick<Article, "editorsNote" | "aliases" | "expires" | "series">;

/** Characters a redirect source may hold: a plain path, so it is safe in `_redirects` and in a file name. */
const URL_PATH = /^\/(?:[A-Za-z0-9._~%+-]+\/?)*$/;

export function readEditorialFields(fm: FieldReader, timeZone: string, date: Date | undefined): EditorialFields {
  const expires = fm.date("expires", timeZone);
  if (date && expires && expires <= date) fm.report("invalid-date", ["expires"], "a time after the article's date", "a time at or before it");

  const series = fm.string("series");
  if (series !== undefined && !slugify(series)) fm.report("invalid-value", ["series"], "a series name with letters or digits", JSON.stringify(series));

  const aliases: string[] = [];
  fm.stringList("aliases", "old URL paths").forEach((alias, i) => {
    const problem = aliasProblem(alias);
    if (problem) fm.report("invalid-value", ["aliases", i], "a URL path on this site, starting with /, e.g. /2024/05/old-slug/", JSON.stringify(alias), problem);
    else aliases.push(alias);
  });

  return {
    editorsNote: fm.string("editors_note"),
    aliases: aliases.length > 0 ? [...new Set(aliases)] : undefined,
    expires,
    series: series && slugify(series) ? series : undefined,
  };
}

/** Why an alias cannot be used, as a hint; undefined when it is a usable path. */
function aliasProblem(alias: string): string | undefined {
  const absolute = /^https?:\/\/[^/]+(\/.*)?$/i.exec(alias);
  if (absolute) return `write the path alone: ${absolute[1] ?? "/"}`;
  if (alias === "/") return "the front page cannot be an old address of an article";
  if (!URL_PATH.test(alias)) return "use letters, digits, - . _ ~ % + and / only; no spaces, ? or #";
  if (alias.split("/").some((part) => part === "." || part === "..")) return "a path cannot contain . or .. segments";
  return undefined;
}
