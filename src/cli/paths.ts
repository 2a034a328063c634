// Where a site's templates and static files come from: its own folders, else Dateline's defaults.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SitePaths } from "../emit/write-site.ts";

/** Dateline's own folder: the nearest one above this module holding templates/ (from src/ or dist/). */
export const PACKAGE_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));

function findPackageRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "templates")) && existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, "..", "..");
  }
}

export function sitePaths(root: string, out: string): SitePaths {
  const own = (name: string) => (existsSync(path.join(root, name)) ? path.join(root, name) : path.join(PACKAGE_ROOT, name));
  return { root, templates: own("templates"), public: own("public"), out: path.resolve(root, out) };
}
