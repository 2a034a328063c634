// The frontmatter memo (.cache/dateline/frontmatter.v8): a rebuild that reuses parsed frontmatter
// writes the bytes and reports the problems a build without it does; a corrupt memo is ignored.
import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, it } from "vitest";
import { buildSite, fixtureCopies, outputHashes, type TempSite } from "../helpers/fixture-site.ts";

const fixture = fixtureCopies("site");

async function snapshot(out: string): Promise<Map<string, string>> {
  const files = await outputHashes(out);
  // The list of what changed since the last build differs between a rebuild and a first build by design.
  files.delete("/.dateline/changes.json");
  return files;
}

const memoFile = (site: TempSite) => path.join(site.root, ".cache", "dateline", "frontmatter.v8");
const articleFile = (site: TempSite, name: string) => path.join(site.root, "content", "articles", name);

/** Edits one article's body, so that the rebuild does not stop at "nothing changed". */
async function editBody(site: TempSite): Promise<void> {
  const file = articleFile(site, "ferry-timetable-changes.md");
  await writeFile(file, (await readFile(file, "utf8")).replace("The first ferry", "The earliest ferry"));
}

/** Edits a body in the built `warm` site, rebuilds it, and compares it with a build of the same content without a cache. */
async function expectRebuildAsUncached(warm: TempSite): Promise<void> {
  await editBody(warm);
  expect((await buildSite(warm)).ok).toBe(true);
  const cold = await fixture();
  await editBody(cold);
  expect((await buildSite(cold, {}, { cache: false })).ok).toBe(true);
  expect(await snapshot(warm.out)).toEqual(await snapshot(cold.out));
}

it("a rebuild with the memo writes the same bytes as a build of the same content without a cache", async () => {
  const warm = await fixture();
  expect((await buildSite(warm)).ok).toBe(true);
  expect((await stat(memoFile(warm))).size).toBeGreaterThan(0);
  await expectRebuildAsUncached(warm);
});

it("a corrupt memo is ignored: the rebuild writes what a build without a cache writes", async () => {
  const warm = await fixture();
  expect((await buildSite(warm)).ok).toBe(true);
  await writeFile(memoFile(warm), "not a memo");
  await expectRebuildAsUncached(warm);
});

it("a problem in an article whose frontmatter came from the memo → the same report, line and field as without a cache", async () => {
  // Removing an author makes the unchanged articles that name her wrong; their lines come from a parse the memo skipped.
  const dropAuthor = async (site: TempSite) => {
    const file = path.join(site.root, "content", "authors.yaml");
    await writeFile(file, (await readFile(file, "utf8")).replace(/^tom-birch:\n(?: {2}.*\n)*/m, ""));
  };
  const warm = await fixture();
  expect((await buildSite(warm)).ok).toBe(true);
  await dropAuthor(warm);
  const rebuilt = await buildSite(warm);

  const cold = await fixture();
  await dropAuthor(cold);
  const fresh = await buildSite(cold, {}, { cache: false });
  expect(rebuilt.ok).toBe(false);
  expect(rebuilt.report).toContain("content/articles/ferry-timetable-changes.md:4  authors.0");
  expect(rebuilt.report).toBe(fresh.report);
});
