// Puts rendered pages into the staging folder: a new page is written, an unchanged one hard-linked
// from the previous output. Folders are made once each and writes overlap, a batch at a time.
import { link, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/** Files written at once: enough to keep the disk busy, few enough to bound memory. */
const WRITE_BATCH = 64;

export class PageWriter {
  /** True once an unchanged page was missing from the previous output (it cannot be linked). */
  missing = false;
  private readonly dirs = new Map<string, Promise<unknown>>();
  private batch: Promise<unknown>[] = [];

  private readonly into: string;

  constructor(
    into: string,
    /** The previous output, which is never written to. */
    private readonly from: string,
  ) {
    this.into = path.resolve(into);
  }

  /** Writes `content` to `file`, or links the previous build's file when there is none. */
  async put(file: string, content: string | undefined): Promise<void> {
    const target = path.join(this.into, file);
    const ready = this.folder(path.dirname(target));
    const done =
      content === undefined
        ? ready.then(() => link(path.join(this.from, file), target)).catch(() => void (this.missing = true))
        : ready.then(() => writeFile(target, content));
    // Observed here so that a failure while an earlier batch is awaited is not reported as unhandled.
    done.catch(() => {});
    this.batch.push(done);
    if (this.batch.length >= WRITE_BATCH) await this.flush();
  }

  /** Waits for every write so far; throws the first that failed. */
  async flush(): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    await Promise.all(batch);
  }

  /**
   * Each folder is made once, after its parent, with one `mkdir` each (a recursive one tries the
   * folder first, fails, and makes the parent: three calls for two folders, and they are slow on
   * some disks). The other rendering thread may have made it first.
   */
  private folder(dir: string): Promise<unknown> {
    if (dir === this.into || path.dirname(dir) === dir) return DONE;
    let made = this.dirs.get(dir);
    if (made === undefined) {
      made = this.folder(path.dirname(dir)).then(() => mkdir(dir).catch(ignoreExisting));
      made.catch(() => {});
      this.dirs.set(dir, made);
    }
    return made;
  }
}

const DONE = Promise.resolve();

function ignoreExisting(error: NodeJS.ErrnoException): void {
  if (error.code !== "EEXIST") throw error;
}
