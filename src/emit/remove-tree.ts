// Deletes a folder of tens of thousands of files and folders: the output a build has just replaced.
//
// `rm(dir, { recursive: true })` asks about every entry before deleting it (an lstat each, and a
// failed rmdir, a readdir and a second rmdir for each folder). Here the folder is listed once with
// synchronous calls in slices, then the files are unlinked and the folders removed, deepest first,
// a few calls at a time so that libuv's threads share the work.
import { rm, rmdir, unlink } from "node:fs/promises";
import path from "node:path";
import { listFolder } from "./files-under.ts";

/** Calls in flight at once: more than libuv's four threads, so none waits for the next call. */
const AT_ONCE = 16;

/**
 * Deletes `dir` and everything in it; nothing when it does not exist. Links inside are deleted, never
 * followed. If anything in the folder changes meanwhile, the deletion finishes the thorough way.
 */
export async function removeTree(dir: string): Promise<void> {
  try {
    const { files, folders } = await listFolder(dir);
    await eachAtOnce(files, (file) => unlink(path.join(dir, file)));
    // Everything a folder holds is one level deeper, so removing a level at a time finds each folder empty.
    const levels: string[][] = [];
    for (const folder of folders) (levels[folder.split("/").length - 1] ??= []).push(folder);
    for (const level of levels.reverse()) await eachAtOnce(level ?? [], (folder) => rmdir(path.join(dir, folder)));
  } catch {
    // A file added or removed by someone else, or one the listing could not tell apart: `rm` handles it below.
  }
  await rm(dir, { recursive: true, force: true });
}

async function eachAtOnce(items: readonly string[], task: (item: string) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, items.length) }, worker));
}
