// The search page of a site built with --no-search, in Chromium: no index to load, so it says
// search is unavailable, with no script error, and the form does not reload the page.
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildCommand } from "../../src/cli/build-command.ts";
import { chromiumOrSkip, launchChromium } from "../helpers/chromium.ts";
import { BUILD_TIME, copyFixture, REPO, type TempSite } from "../helpers/fixture-site.ts";
import { serveStatic, type StaticServer } from "../helpers/static-server.ts";

const hasChromium = chromiumOrSkip();
let site: TempSite;
let server: StaticServer;
let browser: Browser | undefined;

beforeAll(async () => {
  site = await copyFixture("site");
  const outcome = await buildCommand(
    { root: site.root, templates: path.join(REPO, "templates"), public: path.join(REPO, "public"), out: site.out },
    { drafts: false, future: false, now: BUILD_TIME },
    { search: false },
  );
  expect(outcome.ok).toBe(true);
  server = await serveStatic(site.out);
  if (hasChromium) browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.cleanup();
});

it.skipIf(!hasChromium)("says search is unavailable, with no script error, and keeps the reader on the page", async () => {
  const context = await browser!.newContext();
  const page = await context.newPage();
  const exceptions: string[] = [];
  const missing: string[] = [];
  page.on("pageerror", (error) => exceptions.push(error.message));
  page.on("response", (response) => {
    if (response.status() >= 400) missing.push(new URL(response.url()).pathname);
  });
  try {
    await page.goto(`${server.origin}/search/?q=ferry`);
    const status = page.locator(".search-status");
    await expect.poll(() => status.innerText()).toBe("Search is not available on this copy of the site. You can browse all topics or a section instead.");
    await page.getByRole("searchbox", { name: "Search stories" }).fill("harbour");
    await page.getByRole("button", { name: "Search" }).click();
    expect(new URL(page.url()).search).toBe("?q=ferry");
    expect(await page.locator(".search-results li").count()).toBe(0);
    expect(exceptions).toEqual([]);
    // The one request that fails is the index the page looked for.
    expect(missing).toEqual(["/pagefind/pagefind.js"]);
  } finally {
    await context.close();
  }
});
