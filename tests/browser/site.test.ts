// The built sample site in Debian's Chromium: journeys, accessibility, layout, reading without
// JavaScript, search. The site is built once, served on a free port of 127.0.0.1, and shared by
// every suite below; without Chromium the browser suites are skipped (and fail in CI).
import { afterAll, beforeAll, describe } from "vitest";
import { chromiumOrSkip, launchChromium } from "../helpers/chromium.ts";
import { buildSampleSite } from "../helpers/sample-site.ts";
import { serveStatic } from "../helpers/static-server.ts";
import { accessibility } from "./accessibility.ts";
import type { BrowserSite } from "./browser-site.ts";
import { journeys } from "./journeys.ts";
import { layout } from "./layout.ts";
import { noScript } from "./no-script.ts";
import { pageWeight } from "./page-weight.ts";
import { search } from "./search.ts";

const hasChromium = chromiumOrSkip();
const ctx = {} as BrowserSite;

beforeAll(async () => {
  // Four stories a page, so that topic pages run to a second page with the sample's 12 articles.
  ctx.site = await buildSampleSite({ pageSize: 4 });
  ctx.server = await serveStatic(ctx.site.out);
  // The same site with its search index in three parts (two blocks of 5 and the newest 2).
  const parted = await buildSampleSite({ pageSize: 4, searchParts: { partSize: 3, blockSize: 5 } });
  ctx.parted = { site: parted, server: await serveStatic(parted.out) };
  if (hasChromium) ctx.browser = await launchChromium();
});

afterAll(async () => {
  await ctx.browser?.close();
  await ctx.server?.close();
  await ctx.site?.cleanup();
  await ctx.parted?.server.close();
  await ctx.parted?.site.cleanup();
});

describe("page weight", () => pageWeight(ctx));
describe.skipIf(!hasChromium)("in Chromium", () => {
  describe("journeys", () => journeys(ctx));
  describe("accessibility", () => accessibility(ctx));
  describe("layout", () => layout(ctx));
  describe("without JavaScript", () => noScript(ctx));
  describe("search", () => search(ctx));
});
