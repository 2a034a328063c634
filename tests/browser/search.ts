// Full-text search in the browser, over the Pagefind index of the sample site.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { openPage, pathOf, visit, type BrowserSite } from "./browser-site.ts";

/** Waits for the result count to change, then reads the status line and each result. */
async function results(page: Page, before: string | null = null) {
  await page.waitForFunction((old) => {
    const status = document.querySelector(".search-status")?.textContent ?? "";
    return status !== "" && status !== old;
  }, before);
  const status = await page.locator(".search-status").innerText();
  const items = await page.locator(".search-results .teaser").evaluateAll((teasers) =>
    teasers.map((t) => [t.querySelector(".teaser-title a")?.getAttribute("href"), t.querySelector(".teaser-dek") !== null, t.querySelector(".teaser-meta")?.textContent]),
  );
  return { status, items };
}

export function search(ctx: BrowserSite): void {
  it("searches an index in parts as one: a word every part holds finds the same stories, with the same filters", async () => {
    const parted: BrowserSite = { ...ctx, site: ctx.parted!.site, server: ctx.parted!.server };
    const parts = (await readdir(path.join(parted.site.out, "pagefind"))).filter((name) => name.startsWith("part-")).sort();
    expect(parts).toEqual(["part-2", "part-3"]);
    for (const query of ["ceasefire", "sanctions", "kremlin"]) {
      const [one, split] = await Promise.all(
        [ctx, parted].map(async (site) => {
          const tracked = await openPage(site);
          try {
            await visit(tracked, site, `/search/?q=${query}`);
            const found = await results(tracked.page);
            const filters = await tracked.page.locator(".search-filters label").allInnerTexts();
            expect(tracked.problems).toEqual([]);
            return { status: found.status, urls: found.items.map(([url]) => url).sort(), filters };
          } finally {
            await tracked.close();
          }
        }),
      );
      expect(split).toEqual(one);
    }
  });

  it("finds the one article with a word no other contains, with its headline, dek and date", async () => {
    const tracked = await openPage(ctx);
    const { page } = tracked;
    try {
      await visit(tracked, ctx, "/search/");
      await page.getByRole("searchbox", { name: "Search stories" }).fill("armistice");
      expect(await results(page)).toEqual({
        status: "1 story for “armistice”",
        items: [["/articles/what-a-ceasefire-could-look-like/", true, "Aug. 19, 2025"]],
      });
      expect(await page.locator(".search-results .teaser-title").innerText()).toBe(
        "Ceasefire, armistice or peace deal? What stopping the war in Ukraine could look like",
      );
      expect(await page.locator(".search-results mark").first().innerText()).toBe("armistice");
      expect(pathOf(page)).toBe("/search/?q=armistice");
      expect(tracked.problems).toEqual([]);
    } finally {
      await tracked.close();
    }
  });

  it("does not index related reading or listings: a word only in one headline finds one story", async () => {
    const tracked = await openPage(ctx);
    try {
      await visit(tracked, ctx, "/search/?q=closures");
      expect((await results(tracked.page)).items.map(([url]) => url)).toEqual(["/articles/anchorage-residents-react-to-summit/"]);
    } finally {
      await tracked.close();
    }
  });

  it("narrows results by type, section and topic, and keeps the choice in the address", async () => {
    const tracked = await openPage(ctx);
    const { page } = tracked;
    try {
      await visit(tracked, ctx, "/search/?q=ceasefire");
      const all = await results(page);
      expect(all.status).toBe("5 stories for “ceasefire”");
      await page.getByRole("group", { name: "Type" }).getByLabel("Analysis").check();
      const analysis = await results(page, all.status);
      expect(analysis.items.map(([url]) => url).sort()).toEqual(["/articles/ukraine-territory-question/", "/articles/what-a-ceasefire-could-look-like/"]);
      await page.getByRole("group", { name: "Section" }).getByLabel("World").check();
      await page.getByRole("group", { name: "Type" }).getByLabel("Analysis").uncheck();
      const world = await results(page, analysis.status);
      expect(world.items.length).toBeLessThan(all.items.length);
      await page.getByLabel("Topic", { exact: true }).selectOption("Crimea");
      const crimea = await results(page, world.status);
      expect(crimea.items.length).toBeLessThan(world.items.length);
      expect(pathOf(page)).toBe("/search/?q=ceasefire&section=World&tag=Crimea");
      expect(tracked.problems).toEqual([]);
    } finally {
      await tracked.close();
    }
  });
}
