// What the last successful build saw, so an identical rebuild can finish without doing anything.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

export interface BuildState {
  /** inputStamp() of the content, templates, static files and options. */
  stamp: string;
  /** Until when (ms since 1970) the same inputs give the same site; Infinity is stored as null. */
  validUntil: number;
  /** The output folder the build wrote. */
  out: string;
}

export function cacheDir(root: string): string {
  return path.join(root, ".cache", "dateline");
}

export async function readBuildState(root: string): Promise<BuildState | undefined> {
  try {
    const state = JSON.parse(await readFile(path.join(cacheDir(root), "state.json"), "utf8")) as BuildState & { validUntil: number | null };
    return { ...state, validUntil: state.validUntil ?? Infinity };
  } catch {
    return undefined;
  }
}

export async function writeBuildState(root: string, state: BuildState): Promise<void> {
  const file = path.join(cacheDir(root), "state.json");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, JSON.stringify({ ...state, validUntil: Number.isFinite(state.validUntil) ? state.validUntil : null }));
  await rename(`${file}.tmp`, file);
}
