import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { hashedName, readAssets } from "../../src/load/read-assets.ts";

const digest = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 10);
let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

async function folder(files: Record<string, string>): Promise<string> {
  const base = await mkdtemp(path.join(dir, "public-"));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(base, name)), { recursive: true });
    await writeFile(path.join(base, name), text);
  }
  return base;
}

describe("readAssets", () => {
  it("readAssets([public]) names each CSS and JS file after its bytes; other files, hidden files and links are left out", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "dateline-assets-"));
    const pub = await folder({ "styles.css": "body{}", "js/search.js": "x()", "favicon.svg": "<svg/>", ".hidden.css": "a{}" });
    await symlink(path.join(pub, "styles.css"), path.join(pub, "linked.css"));
    expect(await readAssets([pub])).toEqual({
      "js/search.js": `/js/search.${digest("x()")}.js`,
      "styles.css": `/styles.${digest("body{}")}.css`,
    });
  });

  it("readAssets([own, defaults]) takes a file the site has over Dateline's, and the rest from Dateline's", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "dateline-assets-"));
    const own = await folder({ "styles.css": "body{color:red}" });
    const defaults = await folder({ "styles.css": "body{}", "search.js": "x()" });
    expect(await readAssets([own, defaults, path.join(dir, "missing")])).toEqual({
      "search.js": `/search.${digest("x()")}.js`,
      "styles.css": `/styles.${digest("body{color:red}")}.css`,
    });
  });

  it.each([
    ["styles.css", "/styles.1a2b3c4d5e.css"],
    ["css/site.min.css", "/css/site.min.1a2b3c4d5e.css"],
  ])("hashedName(%j) → %j", (name, expected) => {
    expect(`/${hashedName(name, "1a2b3c4d5e")}`).toBe(expected);
  });
});
