// A fingerprint of everything a build reads, from file names, sizes and modification times:
// enough to tell in a few milliseconds per thousand files that nothing has changed since the last build.
import { createHash } from "node:crypto";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

export async function inputStamp(dirs: readonly string[], settings: unknown): Promise<string> {
  const hash = createHash("sha256");
  hash.update(JSON.stringify(settings));
  for (const dir of dirs) {
    hash.update(`\0dir ${dir}\n`);
    const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
    for (const name of entries.sort()) {
      const info = await stat(path.join(dir, name)).catch(() => undefined);
      if (info?.isFile()) hash.update(`${name}\0${info.size}\0${info.mtimeMs}\n`);
    }
  }
  return hash.digest("hex");
}
