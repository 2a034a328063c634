// Writes the hashed copies of stylesheets and scripts that pages link to (`styles.3f2a9c1b0d.css`),
// beside the files as named in public/, which stay for anything that links to them directly.
import { copyFile } from "node:fs/promises";
import path from "node:path";

/** `assets`: path in public/ → hashed URL path (SiteModel.assets), both already copied or named under `dir`. */
export async function writeHashedAssets(assets: Readonly<Record<string, string>>, dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const [name, url] of Object.entries(assets)) {
    const target = url.replace(/^\/+/, "");
    // A stylesheet that changed after the build read it would be missing here: its page link then fails loudly.
    await copyFile(path.join(dir, name), path.join(dir, target)).then(
      () => written.push(target),
      () => undefined,
    );
  }
  return written;
}
