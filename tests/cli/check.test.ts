// Runs the real `dateline check` on a fixture with one kind of mistake per file, in all three formats.
import { readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFixture, type TempSite } from "../helpers/fixture-site.ts";
import { runCli, type CliResult } from "../helpers/run-cli.ts";

let site: TempSite;
let clean: TempSite;
let human: CliResult;
let json: CliResult;
let github: CliResult;

beforeAll(async () => {
  site = await copyFixture("check");
  clean = await copyFixture("site");
  [human, json, github] = await Promise.all([
    runCli(site.root, ["check"]),
    runCli(site.root, ["check", "--format", "json"]),
    runCli(site.root, ["check", "--format", "github"]),
  ]);
});
afterAll(async () => {
  await site.cleanup();
  await clean.cleanup();
});

const GITHUB = `::error file=content/articles/broken-links.md,line=8,col=18,title=body::expected a page on this site%0Areceived "/articles/good-stroy/"%0Ahint: did you mean /articles/good-story/?
::error file=content/articles/broken-links.md,line=8,col=94,title=body::expected a page on this site%0Areceived "/tags/nowhere/"
::error file=content/articles/broken-links.md,line=10,col=44,title=body::expected a page on this site%0Areceived "../missing-story/"
::warning file=content/articles/broken-links.md,line=14,col=31,title=body::expected a link to a published page%0Areceived "/articles/draft-pier-notice/"%0Ahint: that article is a draft; the link is broken until it is published
::error file=content/articles/broken-links.md,line=14,col=81,title=body::expected a page on this site%0Areceived "/articles/ferry-strike-notice/"%0Ahint: that article expired on March 12, 2025, midnight EDT
::error file=content/articles/good-story.md,line=2,col=1,title=slug::expected a slug no other article uses%0Areceived "good-story", already used by content/articles/Good Story.md%0Ahint: rename one of the files or give one a different slug field
::warning file=content/articles/long-headline.md,line=2,col=1,title=title::expected a headline of at most 110 characters%0Areceived 120 characters%0Ahint: search results and social cards cut longer headlines; move detail to the dek
::warning file=content/articles/long-headline.md,line=3,col=1,title=dek::expected a dek of at most 300 characters%0Areceived 326 characters%0Ahint: the dek is also the page description, which search engines cut at about 160
::error file=content/articles/tag-typos.md,line=6,col=17,title=tags.1::expected a tag in content/tags.yaml or one another article uses%0Areceived "feries"%0Ahint: did you mean ferries? If feries is a new topic, add it to content/tags.yaml
::error file=content/articles/unknown-names.md,line=4,col=11,title=authors.0::expected an author id defined in content/authors.yaml%0Areceived "ana-reyez"%0Ahint: did you mean ana-reyes?
::error file=content/articles/unknown-names.md,line=5,col=10,title=section::expected one of the sections in content/site.yaml (local, business)%0Areceived "sport"
::error file=content/articles/unknown-names.md,line=7,col=11,title=related.0::expected the slug of an existing article%0Areceived "good-stroy"%0Ahint: did you mean good-story?
::error file=content/articles/unknown-names.md,line=9,col=5,title=further_reading.0::expected the slug of an existing article, or a mapping with title and url%0Areceived "missing-explainer"
::error file=content/articles/unknown-names.md,line=11,col=8,title=image.src::expected an image file in content/images/%0Areceived "images/pier.svg"%0Ahint: no file content/images/pier.svg
::notice file=content/articles/festival-scheduled.md::Scheduled for July 4, 2099, 10 a.m. EDT
::notice file=content/articles/parking-notice.md::Expires March 18, 2025, midnight EDT
Checked 10 articles: 11 errors, 3 warnings.
`;

describe("dateline check --format github", () => {
  it("exits with code 1 and annotates every problem with file, line and column", () => {
    expect(github.code).toBe(1);
    expect(github.stderr).toBe("");
    expect(github.stdout).toBe(GITHUB);
  });
});

describe("dateline check (human format)", () => {
  it("exits with code 1 and lists errors first, then warnings, each once", () => {
    expect(human.code).toBe(1);
    const headers = human.stdout.split("\n").filter((line) => /^(warning: )?content\//.test(line));
    expect(headers).toEqual([
      "content/articles/broken-links.md:8  body",
      "content/articles/broken-links.md:8  body",
      "content/articles/broken-links.md:10  body",
      "content/articles/broken-links.md:14  body",
      "content/articles/good-story.md:2  slug",
      "content/articles/tag-typos.md:6  tags.1",
      "content/articles/unknown-names.md:4  authors.0",
      "content/articles/unknown-names.md:5  section",
      "content/articles/unknown-names.md:7  related.0",
      "content/articles/unknown-names.md:9  further_reading.0",
      "content/articles/unknown-names.md:11  image.src",
      "warning: content/articles/broken-links.md:14  body",
      "warning: content/articles/long-headline.md:2  title",
      "warning: content/articles/long-headline.md:3  dek",
    ]);
  });

  it("shows the lines around a problem with a caret under the value", () => {
    expect(human.stdout).toContain(`content/articles/tag-typos.md:6  tags.1
  expected a tag in content/tags.yaml or one another article uses
  received "feries"
  hint: did you mean ferries? If feries is a new topic, add it to content/tags.yaml

    4 | authors: [ana-reyes]
    5 | section: local
  > 6 | tags: [harbour, feries, lighthouse, tides]
      |                 ^
    7 | ---
    8 | A genuinely new tag (lighthouse) is fine; feries is a typo of ferries.

`);
    expect(human.stdout).toContain(`content/articles/unknown-names.md:9  further_reading.0
  expected the slug of an existing article, or a mapping with title and url
  received "missing-explainer"

     7 | related: [good-stroy]
     8 | further_reading:
  >  9 |   - missing-explainer
       |     ^
    10 | image:
    11 |   src: images/pier.svg
`);
  });

  it("ends with scheduled and soon-expiring articles and a one-line summary", () => {
    expect(human.stdout.endsWith(`Scheduled (built from their publish time):
  July 4, 2099, 10 a.m. EDT  content/articles/festival-scheduled.md

Expiring within 7 days (left out of builds from then):
  March 18, 2025, midnight EDT  content/articles/parking-notice.md

Checked 10 articles: 11 errors, 3 warnings.
`)).toBe(true);
  });

  it("writes nothing", async () => {
    expect((await readdir(site.root)).sort()).toEqual(["README.md", "content"]);
  });
});

describe("dateline check --format json", () => {
  it("reports the same problems as data", () => {
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect({ ok: report.ok, articles: report.articles, errors: report.errors, warnings: report.warnings }).toEqual({ ok: false, articles: 10, errors: 11, warnings: 3 });
    expect(report.problems.map((p: { kind: string; file: string; line: number; column: number }) => `${p.kind} ${p.file}:${p.line}:${p.column}`)).toEqual([
      "broken-link content/articles/broken-links.md:8:18",
      "broken-link content/articles/broken-links.md:8:94",
      "broken-link content/articles/broken-links.md:10:44",
      "link-to-unpublished content/articles/broken-links.md:14:31",
      "broken-link content/articles/broken-links.md:14:81",
      "duplicate-slug content/articles/good-story.md:2:1",
      "headline-too-long content/articles/long-headline.md:2:1",
      "dek-too-long content/articles/long-headline.md:3:1",
      "tag-typo content/articles/tag-typos.md:6:17",
      "unknown-author content/articles/unknown-names.md:4:11",
      "unknown-section content/articles/unknown-names.md:5:10",
      "unknown-related content/articles/unknown-names.md:7:11",
      "unknown-related content/articles/unknown-names.md:9:5",
      "missing-image content/articles/unknown-names.md:11:8",
    ]);
    expect(report.problems[8]).toEqual({
      severity: "error",
      kind: "tag-typo",
      file: "content/articles/tag-typos.md",
      line: 6,
      column: 17,
      field: "tags.1",
      expected: "a tag in content/tags.yaml or one another article uses",
      received: '"feries"',
      hint: "did you mean ferries? If feries is a new topic, add it to content/tags.yaml",
    });
    expect(report.scheduled).toEqual([
      { file: "content/articles/festival-scheduled.md", slug: "festival-scheduled", title: "Harbour festival returns", iso: "2099-07-04T10:00:00-04:00", display: "July 4, 2099, 10 a.m. EDT", draft: false },
    ]);
    expect(report.expiring).toEqual([
      { file: "content/articles/parking-notice.md", slug: "parking-notice", title: "Car park closed for resurfacing", iso: "2025-03-18T00:00:00-04:00", display: "March 18, 2025, midnight EDT", draft: false },
    ]);
  });
});

describe("dateline check on clean content", () => {
  it("exits with code 0 and lists the scheduled article", async () => {
    const result = await runCli(clean.root, ["check"]);
    expect(result).toEqual({
      code: 0,
      stdout: `Scheduled (built from their publish time):
  July 4, 2099, 10 a.m. EDT  content/articles/harbour-festival-2099.md

Checked 6 articles: 0 errors, 0 warnings.
`,
      stderr: "",
    });
  });

  it("exits with code 0 when there are warnings only", async () => {
    const long = "A headline that goes on and on about the harbour, the ferries, the fish market and the council's longest evening";
    await writeFile(path.join(clean.root, "content", "articles", "long.md"), `---\ntitle: ${long}\ndate: 2025-03-10\n---\nShort.\n`);
    const result = await runCli(clean.root, ["check", "--format", "github"]);
    await rm(path.join(clean.root, "content", "articles", "long.md"));
    expect(result).toEqual({
      code: 0,
      stdout: `::warning file=content/articles/long.md,line=2,col=1,title=title::expected a headline of at most 110 characters%0Areceived 112 characters%0Ahint: search results and social cards cut longer headlines; move detail to the dek
::notice file=content/articles/harbour-festival-2099.md::Scheduled for July 4, 2099, 10 a.m. EDT
Checked 7 articles: 0 errors, 1 warning.
`,
      stderr: "",
    });
  });

  it("refuses an unknown format with code 2", async () => {
    const result = await runCli(clean.root, ["check", "--format", "xml"]);
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe('dateline: --format must be one of human, json, github, got "xml"');
  });
});
