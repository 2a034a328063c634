// `_site/.dateline/manifest.json`: every output file with a hash of its bytes; and
// `_site/.dateline/changes.json`: against the manifest of the site it replaced, which files were
// added, changed and removed, so that a deploy step can upload and purge only those. The manifest
// depends on the content alone (a cold and an incremental build write the same one); the changes
// depend on what was there before.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { filesUnder } from "./files-under.ts";
import { timeSlices } from "./time-slices.ts";

export const MANIFEST_FILE = ".dateline/manifest.json";
export const CHANGES_FILE = ".dateline/changes.json";

export interface FileChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

export interface ChangesFile extends FileChanges {
  version: 1;
  /** False when the output folder held no manifest: then every file counts as added. */
  previousManifest: boolean;
}

export interface BuildManifest {
  version: 1;
  /** Absolute URL of the site's root, prefix included (`https://org.github.io/news`). */
  baseUrl: string;
  /** The path the site is served from: `/` or e.g. `/news/`. */
  pathPrefix: string;
  /** File path relative to the output folder → SHA-256 of its bytes (base64url). */
  files: Record<string, string>;
}

/** SHA-256 (base64url): the same hash the page manifest keeps for rendered pages. */
export function fileHash(bytes: string | Uint8Array): string {
  return createHash("sha256").update(bytes).digest("base64url");
}

export function diffFiles(previous: Readonly<Record<string, string>>, current: Readonly<Record<string, string>>): FileChanges {
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  for (const [file, hash] of Object.entries(current)) {
    if (!(file in previous)) added.push(file);
    else if (previous[file] !== hash) changed.push(file);
  }
  for (const file of Object.keys(previous)) if (!(file in current)) removed.push(file);
  return { added: added.sort(), changed: changed.sort(), removed: removed.sort() };
}

export interface ManifestInputs {
  /** Hashes already known, of pages just rendered: their files are not read again. */
  known?: ReadonlyMap<string, string>;
  /** The files in the folder (paths with `/`), when the caller has listed it already. */
  files?: readonly string[];
}

/**
 * Hashes every file in `dir` (reusing `known` hashes of pages just rendered), compares them with the
 * manifest in `previousOut` when there is one, and writes the manifest and the changes into `dir`.
 */
export async function writeBuildManifest(
  dir: string,
  previousOut: string,
  site: { baseUrl: string; pathPrefix?: string },
  { known = new Map(), files: listed }: ManifestInputs = {},
): Promise<{ manifest: BuildManifest; changes: ChangesFile }> {
  const names = [...(listed ?? (await filesUnder(dir)))].filter((name) => !name.startsWith(".dateline/")).sort();
  const files: Record<string, string> = {};
  const pause = timeSlices();
  for (const name of names) {
    files[name] = known.get(name) ?? fileHash(readFileSync(path.join(dir, name)));
    await pause();
  }
  const previous = await readBuildManifest(previousOut);
  const manifest: BuildManifest = { version: 1, baseUrl: site.baseUrl, pathPrefix: site.pathPrefix ?? "/", files };
  const changes: ChangesFile = { version: 1, previousManifest: previous !== undefined, ...diffFiles(previous?.files ?? {}, files) };
  await saveJson(dir, MANIFEST_FILE, manifest);
  await saveJson(dir, CHANGES_FILE, changes);
  return { manifest, changes };
}

export async function readBuildManifest(out: string): Promise<BuildManifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(path.join(out, MANIFEST_FILE), "utf8")) as BuildManifest;
    return manifest.version === 1 && typeof manifest.files === "object" ? manifest : undefined;
  } catch {
    return undefined;
  }
}

async function saveJson(dir: string, name: string, value: unknown): Promise<void> {
  const file = path.join(dir, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
}
