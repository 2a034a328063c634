// The live preview as an editor uses it: banners for drafts and scheduled stories, rebuilds after
// edits to templates, public/ and YAML, and content errors shown on the page until they are fixed.
import * as cheerio from "cheerio";
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { devCommand } from "../../src/cli/dev-command.ts";
import { BUILD_TIME, copyFixture, REPO, type TempSite } from "../helpers/fixture-site.ts";

let site: TempSite;
let server: { close(): Promise<void> };
const log: string[] = [];
const port = 21_000 + Math.floor(Math.random() * 2000);
const file = (...parts: string[]) => path.join(site.root, ...parts);

async function page(url: string, p = port): Promise<cheerio.CheerioAPI> {
  const response = await fetch(`http://localhost:${p}${url}`);
  return cheerio.load(await response.text());
}

async function eventually<T>(probe: () => Promise<T>, expected: T, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await probe().catch(() => undefined as T);
    if (last === expected) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  return last as T;
}

async function start(root: string, p: number, lines: string[]) {
  return devCommand(
    { root, templates: path.join(root, "templates"), public: path.join(root, "public"), out: path.join(root, "_site") },
    () => ({ drafts: true, future: true, now: BUILD_TIME }),
    { port: p, log: (line) => lines.push(line) },
  );
}

beforeAll(async () => {
  site = await copyFixture("site");
  // The site's own templates and stylesheet, so that the test can edit them.
  await cp(path.join(REPO, "templates"), file("templates"), { recursive: true });
  await cp(path.join(REPO, "public"), file("public"), { recursive: true });
  server = await start(site.root, port, log);
});
afterAll(async () => {
  await server.close();
  await site.cleanup();
});

describe("dateline dev", () => {
  it('shows drafts with a "Draft" banner and scheduled articles with "Scheduled for …"', async () => {
    const draft = await eventually(async () => (await page("/articles/draft-ferry-strike/"))(".banner-draft").text(), "Draft: this article is not published.");
    expect(draft).toBe("Draft: this article is not published.");
    const scheduled = await page("/articles/harbour-festival-2099/");
    expect(scheduled(".banner-scheduled").text()).toBe("Scheduled for July 4, 2099, 10 a.m. EDT: not published until then.");
  });

  it("rebuilds when a template changes", async () => {
    const template = file("templates", "corrections.njk");
    await writeFile(template, (await readFile(template, "utf8")).replace("<h1>Corrections</h1>", "<h1>Corrections and fixes</h1>"));
    expect(await eventually(async () => (await page("/corrections/"))("h1").text(), "Corrections and fixes")).toBe("Corrections and fixes");
  });

  it("rebuilds when a file in public/ changes", async () => {
    await writeFile(file("public", "styles.css"), "body { color: rebeccapurple; }\n");
    const css = () => fetch(`http://localhost:${port}/styles.css`).then((r) => r.text());
    expect(await eventually(css, "body { color: rebeccapurple; }\n")).toBe("body { color: rebeccapurple; }\n");
  });

  it("rebuilds when a YAML file changes", async () => {
    const tags = file("content", "tags.yaml");
    await writeFile(tags, (await readFile(tags, "utf8")).replace("name: The Harbour", "name: Harbour news"));
    expect(await eventually(async () => (await page("/tags/harbour/"))("h1").text().trim(), "Harbour news")).toBe("Harbour news");
  });

  it("shows a content error as a banner over the last good build, and recovers when it is fixed", async () => {
    const article = file("content", "articles", "fish-market-reopens.md");
    const source = await readFile(article, "utf8");
    const url = "/articles/fish-market-reopens/";
    await writeFile(article, source.replace("section: business", "section: sports").replace("tags: [harbour]", "tags: [harbour, fish]"));
    const banner = async () => (await page(url))(".preview-errors li").text();
    const expected = 'content/articles/fish-market-reopens.md:6 section' +
      'expected one of the sections in content/site.yaml (local, business); received "sports"';
    expect(await eventually(banner, expected)).toBe(expected);
    const $ = await page(url);
    expect($(".preview-errors h2").text()).toBe("1 content error: this preview shows the last good build");
    expect($(".story-tags a").map((_, a) => $(a).text()).get()).toEqual(["Harbour news"]);
    expect((await page("/"))(".preview-errors").length).toBe(1);
    expect(log.join("\n")).toContain('received "sports"');

    await writeFile(article, source.replace("tags: [harbour]", "tags: [harbour, fish]"));
    const tags = async () => (await page(url))(".story-tags a").length;
    expect(await eventually(tags, 2)).toBe(2);
    expect((await page(url))(".preview-errors").length).toBe(0);
  });
});

describe("dateline dev on content that has never built", () => {
  it("answers every URL with the list of errors, then shows the site once they are fixed", async () => {
    const broken = await copyFixture("site");
    const otherPort = port + 1;
    const lines: string[] = [];
    await cp(path.join(REPO, "templates"), path.join(broken.root, "templates"), { recursive: true });
    await cp(path.join(REPO, "public"), path.join(broken.root, "public"), { recursive: true });
    const article = path.join(broken.root, "content", "articles", "fish-market-reopens.md");
    const source = await readFile(article, "utf8");
    await writeFile(article, source.replace("authors: [tom-birch]", "authors: [tom-brich]"));
    const other = await start(broken.root, otherPort, lines);
    try {
      const $ = await page("/articles/fish-market-reopens/", otherPort);
      expect($("h1").text()).toBe("1 content error: the site cannot be previewed yet");
      expect($(".preview-errors li").text()).toBe(
        "content/articles/fish-market-reopens.md:5 authors.0expected an author id defined in content/authors.yaml; received \"tom-brich\"; hint: did you mean tom-birch?",
      );
      await writeFile(article, source);
      const headline = async () => (await page("/articles/ferry-timetable-changes/", otherPort))("h1.headline").text();
      expect(await eventually(headline, "Ferry timetable changes for spring")).toBe("Ferry timetable changes for spring");
      expect((await page("/articles/fish-market-reopens/", otherPort))(".preview-errors").length).toBe(0);
    } finally {
      await other.close();
      await broken.cleanup();
    }
  });
});
