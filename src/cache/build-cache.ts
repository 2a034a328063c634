// The build cache in .cache/dateline/: parsed frontmatter, rendered article bodies, related reading,
// page fingerprints, and what the last build saw (written here; read by build-command.ts before
// anything else). Any of it missing or stale only makes a build slower, never wrong.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { PageManifest } from "../emit/page-fingerprints.ts";
import type { StoredYaml } from "../load/parse-yaml.ts";
import type { RenderedBody } from "../markdown/render-articles.ts";
import { CACHE_VERSION } from "./cache-version.ts";
import { cacheDir, writeBuildState, type BuildState } from "./build-state.ts";
import { MemoFile } from "./memo-file.ts";
import type { RelatedLists } from "./related-memo.ts";

export class BuildCache {
  private constructor(
    private readonly dir: string,
    readonly root: string,
    readonly frontmatter: MemoFile<StoredYaml>,
    readonly bodies: MemoFile<RenderedBody>,
    readonly related: MemoFile<RelatedLists>,
    readonly pages: PageManifest | undefined,
  ) {}

  static async open(root: string): Promise<BuildCache> {
    const dir = cacheDir(root);
    return new BuildCache(
      dir,
      root,
      await MemoFile.open<StoredYaml>(path.join(dir, "frontmatter.v8"), CACHE_VERSION),
      await MemoFile.open<RenderedBody>(path.join(dir, "bodies.v8"), CACHE_VERSION),
      await MemoFile.open<RelatedLists>(path.join(dir, "related.v8"), CACHE_VERSION),
      await readManifest(path.join(dir, "pages.v8")),
    );
  }

  async save(pages: PageManifest, state: BuildState): Promise<void> {
    await this.frontmatter.save(CACHE_VERSION);
    await this.bodies.save(CACHE_VERSION);
    await this.related.save(CACHE_VERSION);
    await mkdir(this.dir, { recursive: true });
    const file = path.join(this.dir, "pages.v8");
    await writeFile(`${file}.tmp`, serialize({ version: CACHE_VERSION, pages }));
    await rename(`${file}.tmp`, file);
    await writeBuildState(this.root, state);
  }
}

async function readManifest(file: string): Promise<PageManifest | undefined> {
  try {
    const stored = deserialize(await readFile(file)) as { version: string; pages: PageManifest };
    return stored.version === CACHE_VERSION ? stored.pages : undefined;
  } catch {
    return undefined;
  }
}
