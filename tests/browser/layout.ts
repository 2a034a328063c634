// Layout at phone, tablet and desktop widths, and screenshots for a person to look at: written to
// test-results/screenshots/ (kept by CI, ignored by git).
import { mkdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { expect, it } from "vitest";
import { REPO } from "../helpers/fixture-site.ts";
import { openPage, PAGE_TYPES, visit, type BrowserSite } from "./browser-site.ts";

export const SCREENSHOTS = path.join(REPO, "test-results", "screenshots");

export function layout(ctx: BrowserSite): void {
  for (const width of [320, 768, 1280]) {
    it(`never scrolls sideways at ${width} px on any page type`, async () => {
      const overflowing: string[] = [];
      const tracked = await openPage(ctx, { viewport: { width, height: 800 } });
      try {
        for (const [kind, url] of Object.entries(PAGE_TYPES)) {
          await visit(tracked, ctx, url);
          if (kind === "search") await tracked.page.locator(".search-results li").first().waitFor();
          const [scroll, client] = await tracked.page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
          if (scroll! > client!) overflowing.push(`${kind}: ${scroll} px wide`);
        }
      } finally {
        await tracked.close();
      }
      expect(overflowing).toEqual([]);
    });
  }

  it("writes full-page screenshots of the article, topic and front pages at 390 and 1280 px", async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    const written: string[] = [];
    for (const width of [390, 1280]) {
      const tracked = await openPage(ctx, { viewport: { width, height: 900 } });
      try {
        for (const kind of ["article", "tag", "front"] as const) {
          await visit(tracked, ctx, PAGE_TYPES[kind]);
          const file = path.join(SCREENSHOTS, `${kind}-${width}.png`);
          await tracked.page.screenshot({ path: file, fullPage: true });
          const meta = await sharp(file).metadata();
          written.push(`${path.basename(file)} ${meta.width} ${meta.height! > 900}`);
        }
      } finally {
        await tracked.close();
      }
    }
    expect(written).toEqual(["article-390.png 390 true", "tag-390.png 390 true", "front-390.png 390 true", "article-1280.png 1280 true", "tag-1280.png 1280 true", "front-1280.png 1280 true"]);
  });
}
