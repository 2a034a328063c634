// Tidies up after a build that was killed part-way: its staging folder, and the old site if the
// kill came between the two renames of the swap.
import { readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";

/** `<out>.staging-<pid>` and `<out>.previous-<pid>`, as write-site.ts names them. */
const LEFTOVER = /^\.(staging|previous)-(\d+)$/;

export interface Recovery {
  /** The `.previous-*` folder put back as the output, when the output was missing. */
  restored?: string;
  /** Leftover folders removed. */
  removed: string[];
}

/**
 * Call before building into `out`. Folders of a build that is still running (another process:
 * a second terminal, the dev server) are left alone; this process has none in flight when it calls.
 * If `out` is missing but a `.previous-*` folder exists, the last build was killed after moving the
 * old site aside and before moving the new one in: the old site is whole, so it is put back.
 */
export async function recoverInterruptedBuild(out: string): Promise<Recovery> {
  const dir = path.dirname(path.resolve(out));
  const base = path.basename(path.resolve(out));
  const recovery: Recovery = { removed: [] };
  const names = await readdir(dir).catch(() => [] as string[]);
  const leftovers = names.flatMap((name) => {
    if (!name.startsWith(base)) return [];
    const match = LEFTOVER.exec(name.slice(base.length));
    if (!match || isRunning(Number(match[2]))) return [];
    return [{ name, kind: match[1] as "staging" | "previous" }];
  });
  if (leftovers.length === 0) return recovery;

  if (!(await exists(path.join(dir, base)))) {
    const previous = await newest(dir, leftovers.filter((l) => l.kind === "previous").map((l) => l.name));
    if (previous !== undefined) {
      await rename(path.join(dir, previous), path.join(dir, base));
      recovery.restored = previous;
    }
  }
  for (const { name } of leftovers) {
    if (name === recovery.restored) continue;
    await rm(path.join(dir, name), { recursive: true, force: true });
    recovery.removed.push(name);
  }
  return recovery;
}

function isRunning(pid: number): boolean {
  // Our own pid: a folder from an earlier build of this process, which has finished or failed.
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(() => true, () => false);
}

/** The most recently modified of `names` (one, unless several builds died mid-swap). */
async function newest(dir: string, names: string[]): Promise<string | undefined> {
  let best: { name: string; time: number } | undefined;
  for (const name of names.sort()) {
    const time = (await stat(path.join(dir, name))).mtimeMs;
    if (!best || time > best.time) best = { name, time };
  }
  return best?.name;
}
