// What the last search index was made from, kept in the build cache (.cache/dateline/search.json),
// so that a build whose searchable pages read as before keeps the last index instead of making it again.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

export interface SearchState {
  /** Dateline's and Pagefind's versions and the indexing settings: any change means indexing again. */
  version: string;
  /** The output folder whose pagefind/ folder this describes. */
  out: string;
  /** SHA-256 of that folder's pagefind-entry.json, so a pagefind/ folder made by another build is never taken for this one. */
  entry: string;
  /** How many files that folder holds: one gone means indexing again. */
  files: number;
  /** Each indexed page (`articles/x/index.html`) with the hash of its bytes from the page manifest. */
  pages: Record<string, string>;
}

const FILE = "search.json";

export async function readSearchState(cacheDir: string): Promise<SearchState | undefined> {
  try {
    const state = JSON.parse(await readFile(path.join(cacheDir, FILE), "utf8")) as SearchState;
    return typeof state.version === "string" && typeof state.entry === "string" && typeof state.files === "number" && typeof state.pages === "object" && state.pages !== null ? state : undefined;
  } catch {
    return undefined;
  }
}

export async function writeSearchState(cacheDir: string, state: SearchState): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const file = path.join(cacheDir, FILE);
  await writeFile(`${file}.tmp`, JSON.stringify(state));
  await rename(`${file}.tmp`, file);
}

/** The hash `SearchState.entry` holds; undefined when the folder has no index. */
export async function entryHash(pagefindDir: string): Promise<string | undefined> {
  const entry = await readFile(path.join(pagefindDir, "pagefind-entry.json")).catch(() => undefined);
  return entry && createHash("sha256").update(entry).digest("base64url");
}
