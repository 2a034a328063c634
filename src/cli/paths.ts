// Where a site's templates and static files come from: its own folders, else Dateline's defaults.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SitePaths } from "../emit/write-site.ts";

export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export function sitePaths(root: string, out: string): SitePaths {
  const own = (name: string) => (existsSync(path.join(root, name)) ? path.join(root, name) : path.join(PACKAGE_ROOT, name));
  return { root, templates: own("templates"), public: own("public"), out: path.resolve(root, out) };
}
