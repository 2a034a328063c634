// Reading without JavaScript: article and topic pages show everything they show with it.
import { expect, it } from "vitest";
import { openPage, PAGE_TYPES, visit, type BrowserSite, type TrackedPage } from "./browser-site.ts";

/** The text a reader sees in <main>, and any element with content that is not shown. */
async function reading(tracked: TrackedPage) {
  return tracked.page.evaluate(() => {
    const main = document.querySelector("main")!;
    const hidden = [...main.querySelectorAll("h1, h2, h3, p, li, figure, img, a")]
      .filter((el) => !el.closest(".visually-hidden") && !el.checkVisibility({ visibilityProperty: true, opacityProperty: true }))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    const images = [...main.querySelectorAll("img")].map((img) => img.complete && img.naturalWidth > 0);
    return { text: main.innerText, hidden, images };
  });
}

export function noScript(ctx: BrowserSite): void {
  for (const kind of ["article", "tag", "tag page 2"] as const) {
    it(`shows the whole ${kind} page with JavaScript disabled`, async () => {
      const withScript = await openPage(ctx);
      const without = await openPage(ctx, { javaScriptEnabled: false });
      try {
        await visit(withScript, ctx, PAGE_TYPES[kind]);
        await visit(without, ctx, PAGE_TYPES[kind]);
        const off = await reading(without);
        expect(off.hidden).toEqual([]);
        expect(off.images.every(Boolean)).toBe(true);
        expect(off.text).toBe((await reading(withScript)).text);
        expect(off.text.length).toBeGreaterThan(kind === "article" ? 3000 : 300);
        expect(await without.page.locator("script:not([type='application/ld+json'])").count()).toBe(0);
      } finally {
        await withScript.close();
        await without.close();
      }
    });
  }

  it("keeps the search form on the search page without JavaScript, and says why there are no results", async () => {
    const tracked = await openPage(ctx, { javaScriptEnabled: false });
    try {
      await visit(tracked, ctx, "/search/?q=ceasefire");
      expect(await tracked.page.getByRole("searchbox", { name: "Search stories" }).isVisible()).toBe(true);
      expect(await tracked.page.locator(".search-note").innerText()).toBe(
        "Search runs in your browser and needs JavaScript. You can browse all topics or a section instead.",
      );
    } finally {
      await tracked.close();
    }
  });
}
