// What every browser suite shares: the built sample site, its server, the browser, and a page
// that records what went wrong while it loaded (console errors, failed or refused requests).
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import type { SampleSite } from "../helpers/sample-site.ts";
import type { StaticServer } from "../helpers/static-server.ts";

export interface BrowserSite {
  site: SampleSite;
  server: StaticServer;
  /** Unset when Chromium is missing: the browser suites are skipped then. */
  browser?: Browser;
  /** The same site built with its search index in parts (site.yaml's `search.partSize`). */
  parted?: { site: SampleSite; server: StaticServer };
}

/** One page of each kind the sample site has. */
export const PAGE_TYPES = {
  front: "/",
  article: "/articles/trump-putin-anchorage-summit/",
  related: "/articles/trump-putin-anchorage-summit/related/",
  tag: "/tags/russia/",
  "tag page 2": "/tags/russia/page/2/",
  topics: "/tags/",
  section: "/sections/world/",
  author: "/authors/maria-okafor/",
  corrections: "/corrections/",
  series: "/series/the-anchorage-summit/",
  live: "/articles/summit-day-live/",
  search: "/search/?q=ceasefire",
  "not found": "/no-such-page/",
} as const;

export interface TrackedPage {
  page: Page;
  /** Console errors, uncaught exceptions, failed requests and error responses, in order. */
  problems: string[];
  close(): Promise<void>;
}

export async function openPage(ctx: BrowserSite, options: BrowserContextOptions = {}): Promise<TrackedPage> {
  const context = await ctx.browser!.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    // Chromium logs the 404 page's own status as an error; that one is intended.
    const intended = message.location().url.includes("/no-such-page/");
    if (message.type() === "error" && !intended) problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`exception: ${error.message}`));
  page.on("requestfailed", (request) => {
    // Chromium fetches the favicon after a page loads and drops the fetch when a quick test has
    // already moved to the next page: not a broken asset (a missing one still fails with its 404).
    const leftBeforeFavicon = request.failure()?.errorText === "net::ERR_ABORTED" && new URL(request.url()).pathname.endsWith("/favicon.svg");
    if (!leftBeforeFavicon) problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ""}`);
  });
  page.on("response", (response) => {
    // The 404 page answers an unknown address with 404 on purpose; anything else is a broken link or asset.
    const expected404 = response.status() === 404 && response.request().isNavigationRequest() && response.url().includes("/no-such-page/");
    if (response.status() >= 400 && !expected404) problems.push(`${response.status()}: ${response.url()}`);
  });
  return { page, problems, close: () => context.close() };
}

/**
 * Loads a page. `settle` also waits until nothing has been fetched for half a second (late
 * requests such as the search index), so that every request is seen before the page is left.
 */
export async function visit(tracked: TrackedPage, ctx: BrowserSite, url: string, settle = false): Promise<number> {
  const response = await tracked.page.goto(`${ctx.server.origin}${url}`);
  if (settle) await tracked.page.waitForLoadState("networkidle");
  return response?.status() ?? 0;
}

/** Site path of the page (`/tags/russia/`), without the server's origin. */
export function pathOf(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}
