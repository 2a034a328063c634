// Names the site's stylesheets and scripts after their bytes (`styles.css` → `/styles.3f2a9c1b0d.css`),
// so that hosts can let browsers keep them for a year: a changed file gets a new name.
import { createHash } from "node:crypto";
import { lstat, readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** The files worth a hashed name: the ones every page (or the search page) loads. */
const HASHED = /\.(css|js|mjs)$/i;

/** Hex digits of SHA-256 in a name: 40 bits, enough to tell versions of one file apart. */
const DIGEST_LENGTH = 10;

/**
 * Public folders, the site's own first: a file in an earlier folder hides the same path in a later
 * one, as it does when they are copied. Returns `{ "styles.css": "/styles.<hash>.css" }`.
 */
export async function readAssets(publicDirs: readonly string[]): Promise<Record<string, string>> {
  const assets: Record<string, string> = {};
  for (const dir of publicDirs) {
    for (const name of await assetFiles(dir)) {
      if (name in assets) continue;
      const digest = createHash("sha256").update(await readFile(path.join(dir, name))).digest("hex").slice(0, DIGEST_LENGTH);
      assets[name] = `/${hashedName(name, digest)}`;
    }
  }
  return Object.fromEntries(Object.entries(assets).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** `css/site.css` + `3f2a9c1b0d` → `css/site.3f2a9c1b0d.css`. */
export function hashedName(name: string, digest: string): string {
  const ext = path.posix.extname(name);
  return `${name.slice(0, name.length - ext.length)}.${digest}${ext}`;
}

/** Paths (with `/`) of the CSS and JS files under `dir`; hidden files and symbolic links are never published. */
async function assetFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const names: string[] = [];
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name);
    const name = path.relative(dir, full).split(path.sep).join("/");
    if (!HASHED.test(name) || name.split("/").some((part) => part.startsWith("."))) continue;
    if (!(await isPlainFileWithin(dir, full))) continue;
    names.push(name);
  }
  return names.sort();
}

/** A regular file reached without a symbolic link on the way (copying skips those too). */
async function isPlainFileWithin(dir: string, file: string): Promise<boolean> {
  for (let at = file; at !== dir && at.startsWith(dir); at = path.dirname(at)) {
    const info = await lstat(at).catch(() => undefined);
    if (!info || info.isSymbolicLink()) return false;
    if (at === file && !info.isFile()) return false;
  }
  return true;
}
