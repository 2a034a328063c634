// A fingerprint of everything a build reads, from file names, sizes and modification times:
// enough to tell in a few milliseconds per thousand files that nothing has changed since the last build.
import { createHash } from "node:crypto";
import { statSync, type Stats } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";

export async function inputStamp(dirs: readonly string[], settings: unknown): Promise<string> {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(settings));
  for (const dir of dirs) {
    hash.update(`\0dir ${dir}\n`);
    const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
    for (const name of entries.sort()) {
      const info = statIfAny(path.join(dir, name));
      if (info?.isFile()) hash.update(`${name}\0${info.size}\0${info.mtimeMs}\n`);
    }
  }
  return hash.digest("hex");
}

/** In-line rather than awaited: a thread-pool round trip per file more than doubled the time to stamp 10,000 articles. */
function statIfAny(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    // Gone since readdir, or unreadable: the build that follows reports it if it matters.
    return undefined;
  }
}
