// Lists the files of a site folder: what `_headers` and the build manifest are made from, and what
// is deleted when an old output goes.
import { readdirSync } from "node:fs";
import path from "node:path";
import { timeSlices } from "./time-slices.ts";

/** Paths (with `/`) of the regular files under `dir`, sorted; none when it does not exist. */
export async function filesUnder(dir: string): Promise<string[]> {
  const files: string[] = [];
  await walk(dir, (file, entry) => entry.isFile() && files.push(file));
  return files.sort();
}

export interface FolderListing {
  /** Paths (with `/`) of everything that is not a folder: files, and links, which are never followed. */
  files: string[];
  /** Paths of the folders inside, each after the folder holding it. */
  folders: string[];
}

/** Everything under `dir`, in the order found; empty when it does not exist. */
export async function listFolder(dir: string): Promise<FolderListing> {
  const listing: FolderListing = { files: [], folders: [] };
  await walk(dir, (file, entry) => (entry.isDirectory() ? listing.folders : listing.files).push(file));
  return listing;
}

type Entry = { isFile(): boolean; isDirectory(): boolean };

/** Calls `visit` for every entry under `dir`, a folder before what it holds; synchronous calls in slices (src/emit/time-slices.ts). */
async function walk(dir: string, visit: (file: string, entry: Entry) => void): Promise<void> {
  const pause = timeSlices();
  const pending = [""];
  while (pending.length > 0) {
    const folder = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(path.join(dir, folder), { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (folder === "" && (code === "ENOENT" || code === "ENOTDIR")) return;
      throw error;
    }
    for (const entry of entries) {
      const file = folder === "" ? entry.name : `${folder}/${entry.name}`;
      visit(file, entry);
      if (entry.isDirectory()) pending.push(file);
    }
    await pause();
  }
}
