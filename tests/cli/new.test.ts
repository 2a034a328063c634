// Runs the real `dateline new` on a copy of the fixture site and checks the file it writes.
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { copyFixture, type TempSite } from "../helpers/fixture-site.ts";
import { runCli } from "../helpers/run-cli.ts";

let site: TempSite;
const articles = () => readdir(path.join(site.root, "content", "articles"));

beforeAll(async () => {
  site = await copyFixture("site");
});
afterAll(() => site.cleanup());

it('dateline new "Headline" --section --tags --type writes a complete draft dated now in the site\'s time zone', async () => {
  const result = await runCli(site.root, ["new", "Harbour pilots warn: silt is back", "--section", "local", "--tags", "Harbor, ferries,new pilots", "--type", "explainer"]);
  expect(result).toEqual({
    code: 0,
    stdout: "Created content/articles/harbour-pilots-warn-silt-is-back.md (a draft dated 2025-03-15T08:00:00-04:00).\n",
    stderr: "",
  });
  expect(await readFile(path.join(site.root, "content", "articles", "harbour-pilots-warn-silt-is-back.md"), "utf8")).toBe(`---
title: "Harbour pilots warn: silt is back"
dek: ""
date: 2025-03-15T08:00:00-04:00
dateline: ""
authors: []
section: local
tags: [harbour, ferries, new-pilots]
type: explainer
draft: true
---

Write the story here. Remove \`draft: true\` when it is ready to publish.
`);
});

it("the new draft passes dateline check", async () => {
  const result = await runCli(site.root, ["check", "--format", "github"]);
  expect(result.code).toBe(0);
  expect(result.stdout.split("\n").at(-2)).toBe("Checked 7 articles: 0 errors, 0 warnings.");
});

it("refuses a headline whose slug an article already uses, and writes nothing", async () => {
  const before = await articles();
  const again = await runCli(site.root, ["new", "Harbour Pilots Warn: Silt Is Back!"]);
  expect(again).toEqual({
    code: 1,
    stdout: "",
    stderr:
      "dateline new: content/articles/harbour-pilots-warn-silt-is-back.md already uses the slug harbour-pilots-warn-silt-is-back; nothing was written. Choose another headline or --slug, or edit that article.\n",
  });
  const existing = await runCli(site.root, ["new", "Ferry timetable changes"]);
  expect(existing.code).toBe(1);
  expect(existing.stderr).toBe(
    "dateline new: content/articles/ferry-timetable-changes.md already uses the slug ferry-timetable-changes; nothing was written. Choose another headline or --slug, or edit that article.\n",
  );
  expect(await articles()).toEqual(before);
});

it("--slug names the file of a headline without Latin letters; such a headline alone is refused with the way out", async () => {
  const before = await articles();
  expect(await runCli(site.root, ["new", "台风海葵登陆福建"])).toEqual({
    code: 1,
    stdout: "",
    stderr: 'dateline new: the headline "台风海葵登陆福建" has no Latin letters or digits to make a file name from; give one with --slug, e.g. --slug typhoon-makes-landfall.\n',
  });
  expect(await runCli(site.root, ["new", "台风海葵登陆福建", "--slug", "台风"])).toMatchObject({ code: 1, stderr: 'dateline new: --slug "台风" has no Latin letters or digits; a slug is lower-case a-z, 0-9 and hyphens.\n' });
  expect(await articles()).toEqual(before);
  const made = await runCli(site.root, ["new", "台风海葵登陆福建", "--slug", "Typhoon Haikui lands"]);
  expect(made).toMatchObject({ code: 0, stderr: "" });
  expect(made.stdout).toMatch(/^Created content\/articles\/typhoon-haikui-lands\.md /);
  const text = await readFile(path.join(site.root, "content", "articles", "typhoon-haikui-lands.md"), "utf8");
  expect(text.split("\n")[1]).toBe("title: 台风海葵登陆福建");
  expect((await runCli(site.root, ["check"])).code).toBe(0);
  expect((await runCli(site.root, ["new", "Another headline", "--slug", "typhoon-haikui-lands"])).stderr).toBe(
    "dateline new: content/articles/typhoon-haikui-lands.md already uses the slug typhoon-haikui-lands; nothing was written. Choose another headline or --slug, or edit that article.\n",
  );
});

it("--tags keeps a tag in another script as written (quoted) when tags.yaml does not name it, and dateline check says how to add it", async () => {
  const made = await runCli(site.root, ["new", "Harbour after the typhoon", "--tags", "台风: 海葵,Harbor"]);
  expect(made.code).toBe(0);
  const file = path.join(site.root, "content", "articles", "harbour-after-the-typhoon.md");
  expect((await readFile(file, "utf8")).split("\n")).toContain('tags: ["台风: 海葵", harbour]');
  const check = await runCli(site.root, ["check", "--format", "json"]);
  const problems = (JSON.parse(check.stdout) as { problems: { file: string; field: string; hint?: string }[] }).problems.filter((p) => p.file.endsWith("harbour-after-the-typhoon.md"));
  expect(problems.map((p) => [p.field, p.hint])).toEqual([["tags.0", 'tag URLs are Latin (/tags/<slug>/): add the tag to content/tags.yaml with a Latin slug and this as its name, e.g. <latin-slug>: { name: "台风: 海葵" }']]);
  await rm(file);
});

it("refuses an unknown section or type", async () => {
  expect(await runCli(site.root, ["new", "Market news", "--section", "locl"])).toEqual({
    code: 1,
    stdout: "",
    stderr: 'dateline new: --section must be one of the sections in content/site.yaml (local, business), got "locl"; did you mean local?\n',
  });
  expect(await runCli(site.root, ["new", "Market news", "--type", "blog"])).toEqual({
    code: 1,
    stdout: "",
    stderr: 'dateline new: --type must be one of news, analysis, explainer, opinion, live, got "blog".\n',
  });
});

it("asks for the headline when it is missing (usage error, code 2)", async () => {
  const result = await runCli(site.root, ["new"]);
  expect(result.code).toBe(2);
  expect(result.stderr.split("\n")[0]).toBe('dateline: give the headline in quotes, e.g. dateline new "Council approves budget"');
});
