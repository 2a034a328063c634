// A fingerprint of everything a build reads, from file names, sizes and modification times:
// enough to tell in a few milliseconds per thousand files that nothing has changed since the last build.
import { createHash } from "node:crypto";
import { statSync, type Stats } from "node:fs";
import path from "node:path";
import { listFolder } from "../emit/files-under.ts";

export async function inputStamp(dirs: readonly string[], settings: unknown): Promise<string> {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(settings));
  for (const dir of dirs) {
    // listFolder rather than readdir's own `recursive`, which took 150–200 ms for 10,000 files
    // (against about 15 ms); one hash update per folder rather than per file.
    let lines = `\0dir ${dir}\n`;
    for (const name of (await listFolder(dir)).files.sort()) {
      const info = statIfAny(path.join(dir, name));
      if (info?.isFile()) lines += `${name}\0${info.size}\0${info.mtimeMs}\n`;
    }
    hash.update(lines);
  }
  return hash.digest("hex");
}

/** In-line rather than awaited: a thread-pool round trip per file more than doubled the time to stamp 10,000 articles. */
function statIfAny(file: string): Stats | undefined {
  try {
    return statSync(file, { throwIfNoEntry: false });
  } catch {
    // Gone since readdir, or unreadable: the build that follows reports it if it matters.
    return undefined;
  }
}
