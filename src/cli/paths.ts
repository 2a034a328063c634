// Where a site's templates and static files come from: its own folders over Dateline's defaults.
import { existsSync } from "node:fs";
import path from "node:path";
import type { SitePaths } from "../emit/write-site.ts";
import { PACKAGE_ROOT } from "../package-root.ts";

export { PACKAGE_ROOT };

/**
 * A site may have its own templates/ and public/, holding only the files it changes: each file there
 * replaces Dateline's of the same name, and every other file comes from Dateline's folders.
 */
export function sitePaths(root: string, out: string): SitePaths {
  const own = (name: string) => (existsSync(path.join(root, name)) ? path.join(root, name) : path.join(PACKAGE_ROOT, name));
  return {
    root,
    templates: own("templates"),
    public: own("public"),
    out: path.resolve(root, out),
    defaults: { templates: path.join(PACKAGE_ROOT, "templates"), public: path.join(PACKAGE_ROOT, "public") },
  };
}
