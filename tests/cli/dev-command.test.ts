// The live preview: serves the fixture site, rebuilds on edits, and survives content errors.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { devCommand } from "../../src/cli/dev-command.ts";
import { BUILD_TIME, copyFixture, REPO, type TempSite } from "../helpers/fixture-site.ts";

let site: TempSite;
let server: { close(): Promise<void> };
const log: string[] = [];
const port = 18_000 + Math.floor(Math.random() * 2000);
const articleFile = () => path.join(site.root, "content", "articles", "harbour-dredging-explained.md");

async function headline(): Promise<string | undefined> {
  const response = await fetch(`http://localhost:${port}/articles/harbour-dredging-explained/`);
  return /<h1 class="headline">([^<]*)<\/h1>/.exec(await response.text())?.[1];
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

beforeAll(async () => {
  site = await copyFixture("site");
  server = await devCommand(
    { root: site.root, templates: path.join(REPO, "templates"), public: path.join(REPO, "public"), out: site.out },
    () => ({ drafts: true, future: true, now: BUILD_TIME }),
    { port, log: (line) => log.push(line) },
  );
});
afterAll(async () => {
  await server.close();
  await site.cleanup();
});

it("serves the built site, drafts included", async () => {
  expect(await eventually(headline, "Why the harbour needs dredging")).toBe("Why the harbour needs dredging");
  const draft = await fetch(`http://localhost:${port}/articles/draft-ferry-strike/`);
  expect(draft.status).toBe(200);
});

it("rebuilds when an article changes", async () => {
  const source = await readFile(articleFile(), "utf8");
  await writeFile(articleFile(), source.replace("title: Why the harbour needs dredging", "title: Dredging, explained"));
  expect(await eventually(headline, "Dredging, explained")).toBe("Dredging, explained");
});

it("reports a content error, keeps serving the last good build, and recovers when it is fixed", async () => {
  const source = await readFile(articleFile(), "utf8");
  await writeFile(articleFile(), source.replace("date: 2025-03-01T08:00:00-05:00", "date: last friday"));
  const reported = await eventually(async () => log.some((line) => line.includes('received "last friday"')), true);
  expect(reported).toBe(true);
  expect(log.join("\n")).toContain("content/articles/harbour-dredging-explained.md:4  date");
  expect(await headline()).toBe("Dredging, explained");

  await writeFile(articleFile(), source.replace("title: Dredging, explained", "title: Dredging, fixed"));
  expect(await eventually(headline, "Dredging, fixed")).toBe("Dredging, fixed");
});
