// Runs the real CLI on content with one mistake per file and pins the exact report.
import { execFile } from "node:child_process";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { copyFixture, REPO, type TempSite } from "../helpers/fixture-site.ts";

const run = promisify(execFile);
let site: TempSite;
let result: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  site = await copyFixture("broken");
  // A previous good build must survive a failed one untouched.
  await mkdir(site.out, { recursive: true });
  await writeFile(path.join(site.out, "index.html"), "previous build");
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(REPO, "bin", "dateline.js"), "build"], {
      cwd: site.root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    result = { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    result = { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
});
afterAll(() => site.cleanup());

it("exits with code 1 and prints nothing on stdout", () => {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe("");
});

it("reports every mistake once, with file, line, field, expected, received and a hint", () => {
  expect(result.stderr).toBe(`content/articles/duplicate-slug.md:3  slug
  expected a slug no other article uses
  received "good-story", already used by content/articles/good-story.md
  hint: rename one of the files or give one a different slug field

content/articles/image-without-alt.md:4  image.alt
  expected alt text describing the image for readers who cannot see it
  received nothing
  hint: write alt: "" only for a purely decorative image

content/articles/invalid-dates.md:3  date
  expected an ISO 8601 date-time with a UTC offset, e.g. 2025-08-15T10:00:00-08:00
  received "2025-02-30T10:00:00-05:00"
  hint: February 2025 has 28 days

content/articles/invalid-dates.md:4  updated
  expected an ISO 8601 date-time with a UTC offset, e.g. 2025-08-15T10:00:00-08:00
  received "last friday"

content/articles/missing-title.md:2  title
  expected a title field (text)
  received nothing

content/articles/unknown-author-section.md:4  authors.1
  expected an author id defined in content/authors.yaml
  received "ana-reyez"
  hint: did you mean ana-reyes?

content/articles/unknown-author-section.md:5  section
  expected one of the sections in content/site.yaml (local, business)
  received "sport"

content/articles/unknown-related.md:4  related.0
  expected the slug of an existing article
  received "good-stroy"
  hint: did you mean good-story?

content/articles/wrong-types.md:2  title
  expected text
  received 123 (number)
  hint: put the value in quotes: title: "123"

content/articles/wrong-types.md:4  tags
  expected a list of tags
  received "yes"
  hint: write a list: tags: [yes]

content/articles/yaml-syntax-error.md:4  frontmatter
  expected valid YAML
  received Flow sequence in block collection must be sufficiently indented and end with a ]
  hint: check indentation, colons and quotes on this line

11 errors in 8 files; nothing was written.
`);
});

it("leaves the previous output exactly as it was", async () => {
  expect(await readdir(site.out)).toEqual(["index.html"]);
  expect(await readFile(path.join(site.out, "index.html"), "utf8")).toBe("previous build");
  expect((await readdir(site.root)).filter((f) => f.startsWith("_site."))).toEqual([]);
});
