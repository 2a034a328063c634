// Cached results are only valid for the code that computed them: the package version, and in a
// checkout being edited, the sources' sizes and times as well.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { PACKAGE_ROOT } from "../package-root.ts";

export const CACHE_VERSION: string = (() => {
  const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string };
  const hash = createHash("sha256");
  for (const dir of ["src", "dist"]) {
    let names: string[] = [];
    try {
      names = readdirSync(path.join(PACKAGE_ROOT, dir), { recursive: true }) as string[];
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const info = statSync(path.join(PACKAGE_ROOT, dir, name));
      if (info.isFile()) hash.update(`${dir}/${name}\0${info.size}\0${info.mtimeMs}\n`);
    }
  }
  return `dateline ${pkg.version} ${hash.digest("hex").slice(0, 16)}`;
})();
