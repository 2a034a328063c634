// A persistent memo table in one file: values from the last build by key, and what this build used.
// Entries this build did not ask for are dropped on save, so the file never outgrows the site.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { deserialize, serialize } from "node:v8";

export class MemoFile<T> {
  private used = new Map<string, T>();
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly previous: Map<string, T>,
  ) {}

  /** A missing, unreadable or foreign file is an empty cache, never an error. */
  static async open<T>(file: string, version: string): Promise<MemoFile<T>> {
    try {
      const stored = deserialize(await readFile(file)) as { version: string; entries: Map<string, T> };
      if (stored.version === version && stored.entries instanceof Map) return new MemoFile(file, stored.entries);
    } catch {
      // Fall through to an empty cache.
    }
    return new MemoFile(file, new Map());
  }

  get(key: string, compute: () => T): T {
    let value = this.used.get(key) ?? this.previous.get(key);
    if (value === undefined) {
      value = compute();
      this.changed = true;
    }
    this.used.set(key, value);
    return value;
  }

  async save(version: string): Promise<void> {
    if (!this.changed && this.used.size === this.previous.size) return;
    await mkdir(path.dirname(this.file), { recursive: true });
    await writeFile(`${this.file}.tmp`, serialize({ version, entries: this.used }));
    await rename(`${this.file}.tmp`, this.file);
  }
}
