// A site's templates and static files: its own folders over Dateline's, file by file.
import type { SitePaths } from "./write-site.ts";

/** Template folders, the site's own first: a template it has replaces Dateline's of the same name. */
export function templateFolders(paths: SitePaths): string[] {
  return unique([paths.templates, paths.defaults?.templates]);
}

/** Static-file folders, the site's own first: its files replace Dateline's of the same path. */
export function publicFolders(paths: SitePaths): string[] {
  return unique([paths.public, paths.defaults?.public]);
}

function unique(dirs: (string | undefined)[]): string[] {
  return [...new Set(dirs.filter((d): d is string => d !== undefined))];
}
