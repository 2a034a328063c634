// What the last search index was made from, kept in the build cache (.cache/dateline/search.json),
// so that a build keeps each part of the last index whose searchable pages read as before instead
// of making it again.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

export interface SearchState {
  /** Dateline's and Pagefind's versions and the indexing settings: any change means indexing again. */
  version: string;
  /** The output folder whose pagefind/ folder this describes. */
  out: string;
  /** Each part of the index (src/index/search-parts.ts), by its path under pagefind/. */
  parts: Record<string, SearchPartState>;
}

export interface SearchPartState {
  /** SHA-256 of the part's pagefind-entry.json, so an index made by another build is never taken for this one. */
  entry: string;
  /** How many files the part holds (not counting the parts inside it): one gone means indexing again. */
  files: number;
  /** Each indexed page (`articles/x/index.html`) with the hash of its bytes from the page manifest. */
  pages: Record<string, string>;
}

const FILE = "search.json";

export async function readSearchState(cacheDir: string): Promise<SearchState | undefined> {
  try {
    const state = JSON.parse(await readFile(path.join(cacheDir, FILE), "utf8")) as SearchState;
    const parts = Object.values(state.parts ?? {});
    const valid = typeof state.version === "string" && typeof state.out === "string" && parts.length > 0 && parts.every((p) => typeof p.entry === "string" && typeof p.files === "number" && typeof p.pages === "object" && p.pages !== null);
    return valid ? state : undefined;
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
