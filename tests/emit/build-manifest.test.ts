// The build manifest (every output file and its hash) and the changes since the site it replaced.
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffFiles, writeBuildManifest, type BuildManifest, type ChangesFile } from "../../src/emit/build-manifest.ts";
import { buildCommand } from "../../src/cli/build-command.ts";
import { BUILD_TIME, buildSite, copyFixture, listOutput, REPO, type TempSite } from "../helpers/fixture-site.ts";

let site: TempSite;
const json = async <T>(file: string) => JSON.parse(await readFile(path.join(site.out, ".dateline", file), "utf8")) as T;

/** What is really in the output: relative path → SHA-256 (base64url), the manifest's own folder aside. */
async function actual(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const file of await listOutput(site.out)) {
    if (file.startsWith("/.dateline/")) continue;
    files[file.slice(1)] = createHash("sha256").update(await readFile(path.join(site.out, file))).digest("base64url");
  }
  return files;
}

beforeAll(async () => {
  site = await copyFixture("site");
  expect((await buildSite(site)).ok).toBe(true);
});
afterAll(() => site.cleanup());

describe("build manifest", () => {
  let first: Record<string, string>;

  it("lists every output file with the hash of its bytes, and the site's address", async () => {
    first = await actual();
    const manifest = await json<BuildManifest>("manifest.json");
    expect(manifest).toEqual({ version: 1, baseUrl: "https://gazette.example.com", pathPrefix: "/", files: first });
    expect(Object.keys(first)).toContain("_headers");
    expect(Object.keys(first)).toContain("articles/fish-market-reopens/index.html");
  });

  it("a first build into an empty folder counts every file as added", async () => {
    expect(await json<ChangesFile>("changes.json")).toEqual({ version: 1, previousManifest: false, added: Object.keys(first).sort(), changed: [], removed: [] });
  });

  it("a rebuild lists exactly the files added, changed and removed", async () => {
    const articles = path.join(site.root, "content", "articles");
    await rm(path.join(articles, "fish-market-reopens.md"));
    const edited = path.join(articles, "ferry-timetable-changes.md");
    await writeFile(edited, (await readFile(edited, "utf8")).replace("The first ferry", "The earliest ferry"));
    await writeFile(
      path.join(articles, "harbour-master-retires.md"),
      "---\ntitle: Harbour master retires after 30 years\ndate: 2025-03-10T10:00:00-05:00\nauthors: [ana-reyes]\nsection: local\ntags: [harbour]\n---\nThe harbour master hands over the keys on Friday.\n",
    );
    expect((await buildSite(site)).ok).toBe(true);
    const second = await actual();
    const changes = await json<ChangesFile>("changes.json");
    expect(changes).toEqual({ version: 1, previousManifest: true, ...diffFiles(first, second) });
    expect(changes.added).toContain("articles/harbour-master-retires/index.html");
    expect(changes.removed).toContain("articles/fish-market-reopens/index.html");
    expect(changes.changed).toContain("articles/ferry-timetable-changes/index.html");
    expect(changes.changed).not.toContain("favicon.svg");
    expect((await json<BuildManifest>("manifest.json")).files).toEqual(second);
  });
});

describe("a static file in place of a rendered page", () => {
  it("the manifest has the hash of the file that was published, not of the page it replaced", async () => {
    const other = await copyFixture("site");
    try {
      await mkdir(path.join(other.root, "public"));
      await writeFile(path.join(other.root, "public", "404.html"), "<p>Our own not-found page</p>\n");
      const paths = { root: other.root, templates: path.join(REPO, "templates"), public: path.join(other.root, "public"), out: other.out };
      const outcome = await buildCommand({ ...paths, defaults: { templates: paths.templates, public: path.join(REPO, "public") } }, { drafts: false, future: false, now: BUILD_TIME });
      expect(outcome.ok).toBe(true);
      const manifest = JSON.parse(await readFile(path.join(other.out, ".dateline", "manifest.json"), "utf8")) as BuildManifest;
      expect(await readFile(path.join(other.out, "404.html"), "utf8")).toBe("<p>Our own not-found page</p>\n");
      expect(manifest.files["404.html"]).toBe(createHash("sha256").update("<p>Our own not-found page</p>\n").digest("base64url"));
    } finally {
      await other.cleanup();
    }
  });
});

describe("diffFiles", () => {
  it("diffFiles(previous, current) → added, changed and removed, sorted", () => {
    expect(diffFiles({ a: "1", b: "2", c: "3" }, { d: "4", b: "2", c: "9", a0: "5" })).toEqual({ added: ["a0", "d"], changed: ["c"], removed: ["a"] });
  });
});

describe("writeBuildManifest", () => {
  const site = { baseUrl: "https://gazette.example.com" };
  const hash = (text: string) => createHash("sha256").update(text).digest("base64url");
  const dir = { root: "", out: "" };
  beforeAll(async () => {
    dir.root = await mkdtemp(path.join(tmpdir(), "dateline-manifest-"));
    dir.out = path.join(dir.root, "_site");
    for (const [file, text] of Object.entries({ "index.html": "home", "a/b.css": "css", ".dateline/manifest.json": "{}" })) {
      await mkdir(path.dirname(path.join(dir.out, file)), { recursive: true });
      await writeFile(path.join(dir.out, file), text);
    }
  });
  afterAll(() => rm(dir.root, { recursive: true, force: true }));

  it("writeBuildManifest(dir, …) lists the folder itself, .dateline/ aside, and hashes each file's bytes", async () => {
    const { manifest } = await writeBuildManifest(dir.out, path.join(dir.root, "none"), site);
    expect(manifest.files).toEqual({ "a/b.css": hash("css"), "index.html": hash("home") });
  });

  it("writeBuildManifest(dir, …, { files, known }) → the listed files only, known hashes taken as given", async () => {
    const { manifest } = await writeBuildManifest(dir.out, path.join(dir.root, "none"), site, { files: ["index.html", "a/b.css", ".dateline/manifest.json"], known: new Map([["index.html", "known-hash"]]) });
    expect(manifest.files).toEqual({ "a/b.css": hash("css"), "index.html": "known-hash" });
    const { manifest: listedOne } = await writeBuildManifest(dir.out, path.join(dir.root, "none"), site, { files: ["a/b.css"] });
    expect(listedOne.files).toEqual({ "a/b.css": hash("css") });
  });
});
