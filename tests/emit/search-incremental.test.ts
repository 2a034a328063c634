// The search index: made from the article pages alone, the same as Pagefind makes from the whole
// site; kept from the last build when nothing searchable changed, made again when something did;
// and left out with --no-search.
import { createHash } from "node:crypto";
import { cp, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, it } from "vitest";
import { buildCommand, type BuildRun } from "../../src/cli/build-command.ts";
import { buildSearchIndex } from "../../src/emit/search-index.ts";
import { BUILD_TIME, fixtureCopies, listOutput, REPO, type TempSite } from "../helpers/fixture-site.ts";

const fixture = fixtureCopies("site");

async function build(site: TempSite, run: BuildRun = {}, publicDir = path.join(REPO, "public")) {
  const outcome = await buildCommand(
    { root: site.root, templates: path.join(REPO, "templates"), public: publicDir, out: site.out },
    { drafts: false, future: false, now: BUILD_TIME },
    { timings: true, ...run },
  );
  expect(outcome.ok).toBe(true);
  return outcome;
}

const searchNote = (outcome: Awaited<ReturnType<typeof build>>) => outcome.timings?.find((t) => t.stage === "search index")?.note;

/** The index folder's files and their SHA-256, by path under pagefind/. */
async function indexFiles(out: string): Promise<Map<string, string>> {
  const dir = path.join(out, "pagefind");
  const files = new Map<string, string>();
  for (const file of await listOutput(dir)) files.set(file, createHash("sha256").update(await readFile(path.join(dir, file))).digest("hex"));
  return files;
}

/** A copy of Dateline's public/ with one more rule in the stylesheet: every page links to it under a new name. */
async function restyledPublic(site: TempSite): Promise<string> {
  const dir = path.join(site.root, "restyled");
  await cp(path.join(REPO, "public"), dir, { recursive: true });
  await writeFile(path.join(dir, "styles.css"), `${await readFile(path.join(dir, "styles.css"), "utf8")}\n.masthead { color: #123; }\n`);
  return dir;
}

const entryInode = async (out: string) => (await stat(path.join(out, "pagefind", "pagefind-entry.json"))).ino;
const article = (site: TempSite, file: string) => path.join(site.root, "content", "articles", file);

it("indexes the article pages alone, and gets the index Pagefind makes from every page of the site", async () => {
  const site = await fixture();
  expect(searchNote(await build(site))).toBe("indexed 4 pages");
  const whole = path.join(site.root, "whole");
  await cp(site.out, whole, { recursive: true });
  await rm(path.join(whole, "pagefind"), { recursive: true });
  expect((await listOutput(whole)).filter((f) => f.endsWith(".html")).length).toBeGreaterThan(20);
  await buildSearchIndex(whole);
  expect(await indexFiles(site.out)).toEqual(await indexFiles(whole));
});

it("keeps the last index when the pages change only outside what is searched (a new stylesheet)", async () => {
  const site = await fixture();
  await build(site);
  const before = await entryInode(site.out);
  const restyled = await restyledPublic(site);
  const rebuilt = await build(site, {}, restyled);
  expect(rebuilt.written).toContain("articles/fish-market-reopens/index.html");
  expect(searchNote(rebuilt)).toBe("reused 4 pages");
  expect(await entryInode(site.out)).toBe(before);

  // The same as a cold build of the same content.
  const cold = await fixture();
  await build(cold, {}, restyled);
  expect(await indexFiles(site.out)).toEqual(await indexFiles(cold.out));
});

it("makes the index again when an article's text changes, an article is added, or the last index lost a file", async () => {
  const site = await fixture();
  await build(site);
  const edited = article(site, "ferry-timetable-changes.md");
  await writeFile(edited, (await readFile(edited, "utf8")).replace("The first ferry", "The earliest ferry"));
  expect(searchNote(await build(site))).toBe("indexed 4 pages");

  await writeFile(article(site, "harbour-master-retires.md"), "---\ntitle: Harbour master retires\ndate: 2025-03-10T10:00:00-05:00\nauthors: [ana-reyes]\nsection: local\n---\nThe harbour master hands over the keys on Friday.\n");
  expect(searchNote(await build(site))).toBe("indexed 5 pages");

  const fragment = (await listOutput(path.join(site.out, "pagefind"))).find((f) => f.startsWith("/fragment/"))!;
  await rm(path.join(site.out, "pagefind", fragment));
  await writeFile(edited, `${await readFile(edited, "utf8")}\n`); // a change that reaches no page, so that the build runs
  expect(searchNote(await build(site))).toBe("indexed 5 pages");
  expect(await listOutput(path.join(site.out, "pagefind"))).toContain(fragment);
});

it("writes no index with search off, and builds again with search on", async () => {
  const site = await fixture();
  const off = await build(site, { search: false });
  expect(searchNote(off)).toBe("off");
  const files = await listOutput(site.out);
  expect(files.filter((f) => f.startsWith("/pagefind/"))).toEqual([]);
  expect(files).toContain("/search/index.html");

  const on = await build(site);
  expect(on.report).toMatch(/^Built 4 articles/);
  expect(searchNote(on)).toBe("indexed 4 pages");
  expect(await listOutput(site.out)).toContain("/pagefind/pagefind.js");
});

it("in parts, indexes again only the parts whose stories changed, and ends with a cold build's index", async () => {
  const parted = async () => {
    const site = await fixture();
    await writeFile(path.join(site.root, "content", "site.yaml"), `${await readFile(path.join(site.root, "content", "site.yaml"), "utf8")}\nsearch:\n  partSize: 1\n  blockSize: 2\n`);
    return site;
  };
  const site = await parted();
  // Oldest first: two blocks of two stories.
  expect(searchNote(await build(site))).toBe("indexed 4 pages in 2 parts");
  const newest = "---\ntitle: Harbour master retires\ndate: 2025-03-10T10:00:00-05:00\nauthors: [ana-reyes]\nsection: local\n---\nThe harbour master hands over the keys on Friday.\n";
  await writeFile(article(site, "harbour-master-retires.md"), newest);
  expect(searchNote(await build(site))).toBe("indexed 1 pages, reused 4 in 3 parts");
  const oldest = article(site, "fish-market-reopens.md");
  await writeFile(oldest, `${await readFile(oldest, "utf8")}\nStalls open at dawn.\n`);
  expect(searchNote(await build(site))).toBe("indexed 2 pages, reused 3 in 3 parts");

  const cold = await parted();
  await writeFile(article(cold, "harbour-master-retires.md"), newest);
  await writeFile(article(cold, "fish-market-reopens.md"), await readFile(oldest, "utf8"));
  await build(cold);
  expect(await indexFiles(site.out)).toEqual(await indexFiles(cold.out));
  expect([...(await indexFiles(site.out)).keys()].filter((f) => f.endsWith("pagefind-entry.json")).sort()).toEqual(["/pagefind-entry.json", "/part-2/pagefind-entry.json", "/part-3/pagefind-entry.json"]);
});
