// Incremental builds: a rebuild writes exactly the files whose bytes changed, and its output is
// byte for byte what a cold build of the same content writes.
import { readFile, rm, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { expect, it, vi } from "vitest";
import { BuildCache } from "../../src/cache/build-cache.ts";
import { buildSite, fixtureCopies, listOutput, outputHashes, REPO, type TempSite } from "../helpers/fixture-site.ts";

const fixture = fixtureCopies("site");


function changedFiles(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([file, hash]) => before.get(file) !== hash).map(([file]) => file.slice(1)).sort();
}

const article = (file: string, site: TempSite) => path.join(site.root, "content", "articles", file);

const NEW_ARTICLE = `---
title: Harbour master retires after 30 years
date: 2025-03-10T10:00:00-05:00
authors: [ana-reyes]
section: local
tags: [harbour]
---
The harbour master hands over the keys on Friday.
`;

it("says nothing changed, and writes nothing, when nothing has", async () => {
  const site = await fixture();
  expect((await buildSite(site)).ok).toBe(true);
  const before = await outputHashes(site.out);
  const again = await buildSite(site);
  expect(again.report).toBe(`Nothing changed since the last build; ${site.out} is up to date.`);
  expect(again.written).toEqual([]);
  expect(await outputHashes(site.out)).toEqual(before);
});

it("reads none of the build cache's memos when nothing changed: only the input stamp and the last build's state", async () => {
  const site = await fixture();
  expect((await buildSite(site)).ok).toBe(true);
  const open = vi.spyOn(BuildCache, "open");
  try {
    expect((await buildSite(site)).report).toMatch(/^Nothing changed/);
    expect(open).not.toHaveBeenCalled();
    // …and a change still opens them.
    await writeFile(article("harbour-master-retires.md", site), NEW_ARTICLE);
    expect((await buildSite(site)).ok).toBe(true);
    expect(open).toHaveBeenCalledTimes(1);
  } finally {
    open.mockRestore();
  }
});

it("rewrites no page when a file is saved again without changes", async () => {
  const site = await fixture();
  expect((await buildSite(site)).ok).toBe(true);
  const file = article("ferry-timetable-changes.md", site);
  const later = new Date(Date.now() + 5000);
  await utimes(file, later, later);
  const rebuilt = await buildSite(site);
  expect(rebuilt.report).toMatch(/^Built 4 articles \(\d+ pages, 0 written\)/);
  expect(rebuilt.written).toEqual([]);
});

it("writes exactly the files that changed when an article is added and another edited", async () => {
  const site = await fixture();
  expect((await buildSite(site)).ok).toBe(true);
  const before = await outputHashes(site.out);

  await writeFile(article("harbour-master-retires.md", site), NEW_ARTICLE);
  const edited = article("ferry-timetable-changes.md", site);
  await writeFile(edited, (await readFile(edited, "utf8")).replace("The first ferry", "The earliest ferry"));
  const rebuilt = await buildSite(site);
  expect(rebuilt.ok).toBe(true);
  const after = await outputHashes(site.out);

  // Every rendered file whose bytes changed was written, and nothing else was.
  const copied = await copiedFiles(site);
  const changed = changedFiles(before, after).filter((f) => !copied(f));
  expect([...(rebuilt.written ?? [])].sort()).toEqual(changed);
  expect(changed).toContain("articles/harbour-master-retires/index.html");
  expect(changed).toContain("articles/ferry-timetable-changes/index.html");
  expect(changed.length).toBeLessThan(after.size / 2);

  // The same content built from scratch gives the same bytes, except the list of what changed since the last build.
  const cold = await fixture();
  await writeFile(article("harbour-master-retires.md", cold), NEW_ARTICLE);
  await writeFile(article("ferry-timetable-changes.md", cold), await readFile(edited, "utf8"));
  expect((await buildSite(cold)).ok).toBe(true);
  const history = "/.dateline/changes.json";
  const withoutHistory = (files: Map<string, string>) => new Map([...files].filter(([file]) => file !== history));
  expect(withoutHistory(await outputHashes(cold.out))).toEqual(withoutHistory(after));
});

it("removes the pages of a deleted article", async () => {
  const site = await fixture();
  expect((await buildSite(site)).ok).toBe(true);
  await rm(article("fish-market-reopens.md", site));
  expect((await buildSite(site)).ok).toBe(true);
  const files = await listOutput(site.out);
  expect(files.filter((f) => f.includes("fish-market"))).toEqual([]);
});

/**
 * Files copied rather than rendered (public/, images, the search index) and the deploy files made
 * from the whole output (`_headers`, the build manifest): every build writes them afresh.
 */
async function copiedFiles(site: TempSite): Promise<(file: string) => boolean> {
  const publicFiles = new Set((await listOutput(path.join(REPO, "public"))).map((f) => f.slice(1)));
  return (file) =>
    publicFiles.has(file) || file.startsWith("images/") || file.startsWith("pagefind/") || file === "_headers" || file.startsWith(".dateline/");
}
