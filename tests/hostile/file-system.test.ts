// Symbolic links in the content folder are refused, never followed: nothing outside content/,
// public/ and the output folder is read or published.
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { listOutput } from "../helpers/fixture-site.ts";
import { articleText } from "./corpus.ts";
import { buildHostile, hostileSite, type HostileSite } from "./hostile-site.ts";

const SECRET = "TOP-SECRET-MARKER-7f3a";
let site: HostileSite;
afterEach(() => site?.cleanup());

/** A folder beside the site (inside the test's own temporary folder) with things worth stealing. */
async function outside(): Promise<string> {
  const dir = path.join(site.jail, "outside");
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "secret.md"), articleText([`dek: ${SECRET}`], SECRET, [`title: ${SECRET}`, "date: 2025-03-12T10:00:00-03:00"]));
  await writeFile(path.join(dir, "secret.svg"), `<svg xmlns="http://www.w3.org/2000/svg"><title>${SECRET}</title></svg>`);
  await writeFile(path.join(dir, "site.yaml"), `title: ${SECRET}\nbaseUrl: https://courier.example.com\n`);
  return dir;
}

const linkProblems = (outcome: Awaited<ReturnType<typeof buildHostile>>) =>
  outcome.problems.filter((p) => p.severity === "error").map((p) => `${p.file} ${p.kind}: expected ${p.expected}, received ${p.received}`);

describe("symbolic links in content/", () => {
  it("an article that links to a file outside content/ → refused, its text never read", async () => {
    site = await hostileSite();
    await symlink(path.join(await outside(), "secret.md"), path.join(site.root, "content", "articles", "leak.md"));
    const outcome = await buildHostile(site);
    expect(linkProblems(outcome)).toEqual(["content/articles/leak.md invalid-value: expected a regular file or folder, received a symbolic link"]);
    expect(outcome.report).not.toContain(SECRET);
    expect(existsSync(site.out)).toBe(false);
  });

  it("content/articles itself a link to a folder outside → refused", async () => {
    site = await hostileSite();
    await rm(path.join(site.root, "content", "articles"), { recursive: true });
    await symlink(await outside(), path.join(site.root, "content", "articles"));
    const outcome = await buildHostile(site);
    expect(linkProblems(outcome)).toEqual(["content/articles invalid-value: expected a regular file or folder, received a symbolic link"]);
    expect(outcome.report).not.toContain(SECRET);
  });

  it("an image that links outside content/images/ → refused", async () => {
    site = await hostileSite();
    await symlink(path.join(await outside(), "secret.svg"), path.join(site.root, "content", "images", "secret.svg"));
    const outcome = await buildHostile(site);
    expect(linkProblems(outcome)).toEqual(["content/images/secret.svg invalid-value: expected a regular file or folder, received a symbolic link"]);
  });

  it("content/images itself a link to a folder outside → refused", async () => {
    site = await hostileSite();
    await rm(path.join(site.root, "content", "images"), { recursive: true });
    await symlink(await outside(), path.join(site.root, "content", "images"));
    const outcome = await buildHostile(site);
    // The images are not read through the link, so the article's lead image is missing too.
    expect(linkProblems(outcome)).toEqual([
      'content/articles/ferry-terminal-opens.md missing-image: expected an image file in content/images/, received "images/pier.svg"',
      "content/images invalid-value: expected a regular file or folder, received a symbolic link",
    ]);
    expect(outcome.ok).toBe(false);
  });

  it("site.yaml a link to a file outside → refused", async () => {
    site = await hostileSite();
    await rm(path.join(site.root, "content", "site.yaml"));
    await symlink(path.join(await outside(), "site.yaml"), path.join(site.root, "content", "site.yaml"));
    const outcome = await buildHostile(site);
    expect(linkProblems(outcome)[0]).toBe("content/site.yaml invalid-value: expected a regular file, received a folder or link");
    expect(outcome.report).not.toContain(SECRET);
  });
});

describe("symbolic links in public/", () => {
  it("a static file that links outside public/ is not published; the build goes on", async () => {
    site = await hostileSite();
    const publicDir = path.join(site.root, "public");
    await mkdir(publicDir);
    await writeFile(path.join(publicDir, "styles.css"), "body { color: black; }\n");
    await symlink(path.join(await outside(), "secret.md"), path.join(publicDir, "leak.txt"));
    await symlink(await outside(), path.join(publicDir, "leaked-folder"));
    const outcome = await buildHostile(site, publicDir);
    expect(outcome.ok).toBe(true);
    const files = await listOutput(site.out);
    expect(files).toContain("/styles.css");
    expect(files.filter((f) => f.startsWith("/leak"))).toEqual([]);
    for (const file of files) expect((await readFile(path.join(site.out, file))).includes(SECRET), file).toBe(false);
  });
});
