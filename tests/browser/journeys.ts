// A reader's way through the site, by clicking links as a reader would, with no errors on the way.
import { expect, it } from "vitest";
import { openPage, PAGE_TYPES, pathOf, visit, type BrowserSite } from "./browser-site.ts";

export function journeys(ctx: BrowserSite): void {
  it("front page → article → topic → its page 2 → article → related reading → author, then back", async () => {
    const tracked = await openPage(ctx);
    const { page } = tracked;
    const h1 = () => page.locator("h1").innerText();
    const follow = async (link: ReturnType<typeof page.locator>) => {
      const from = page.url();
      await Promise.all([page.waitForURL((url) => url.href !== from), link.click()]);
      await page.waitForLoadState("networkidle");
    };
    const trail: string[] = [];
    const step = async () => trail.push(`${pathOf(page)} | ${await h1()}`);
    try {
      await visit(tracked, ctx, "/", true);
      await step();
      await follow(page.locator(".front-lead .teaser-title a"));
      await step();
      await follow(page.locator(".story-tags a", { hasText: "Russia" }));
      await step();
      await follow(page.locator(".pager-next"));
      await step();
      await follow(page.locator(".teaser-title a").first());
      await step();
      await follow(page.locator(".related .more-link a"));
      await step();
      await follow(page.locator("main h1 a"));
      await follow(page.locator(".byline a").first());
      await step();
      await page.goBack();
      await step();
      await page.goBack();
      await step();
      expect(trail).toEqual([
        "/ | The Meridian Ledger",
        "/articles/ukraine-territory-question/ | 'Give and take' on territory: what Ukraine could, and could not, agree to",
        "/tags/russia/ | Russia",
        "/tags/russia/page/2/ | Russia page 2",
        "/articles/new-start-treaty-explained/ | What is New START, the last nuclear arms treaty between the US and Russia?",
        "/articles/new-start-treaty-explained/related/ | What is New START, the last nuclear arms treaty between the US and Russia?",
        "/authors/daniel-reyes/ | Daniel Reyes",
        "/articles/new-start-treaty-explained/ | What is New START, the last nuclear arms treaty between the US and Russia?",
        "/articles/new-start-treaty-explained/related/ | What is New START, the last nuclear arms treaty between the US and Russia?",
      ]);
      expect(tracked.problems).toEqual([]);
    } finally {
      await tracked.close();
    }
  });

  it("answers an unknown address with the 404 page and status 404", async () => {
    const tracked = await openPage(ctx);
    try {
      expect(await visit(tracked, ctx, PAGE_TYPES["not found"], true)).toBe(404);
      expect(await tracked.page.title()).toBe("Page not found | The Meridian Ledger");
      expect(await tracked.page.locator("h1").innerText()).toBe("Page not found");
      expect(tracked.problems).toEqual([]);
    } finally {
      await tracked.close();
    }
  });

  it("loads every page type with no console error, failed request or broken asset", async () => {
    const tracked = await openPage(ctx);
    try {
      const statuses: Record<string, number> = {};
      for (const [kind, url] of Object.entries(PAGE_TYPES)) statuses[kind] = await visit(tracked, ctx, url, true);
      const expected: Record<string, number> = Object.fromEntries(Object.keys(PAGE_TYPES).map((k) => [k, 200]));
      expect(statuses).toEqual({ ...expected, "not found": 404 });
      expect(tracked.problems).toEqual([]);
    } finally {
      await tracked.close();
    }
  });

  it("shows the lead image first and at its final size: nothing on the article page moves as it loads", async () => {
    const tracked = await openPage(ctx, { viewport: { width: 390, height: 844 } });
    const { page } = tracked;
    try {
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { shifts: number[] }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
        }).observe({ type: "layout-shift", buffered: true });
      });
      await visit(tracked, ctx, PAGE_TYPES.article, true);
      const lead = page.locator(".lead-image img");
      expect(await lead.evaluate((img: HTMLImageElement) => [img.complete, img.naturalWidth > 0, img.loading, img.getAttribute("fetchpriority")])).toEqual([
        true,
        true,
        "auto",
        "high",
      ]);
      const box = (await lead.boundingBox())!;
      const [width, height] = await lead.evaluate((img) => [Number(img.getAttribute("width")), Number(img.getAttribute("height"))]);
      expect(Math.abs(box.width / box.height - width! / height!)).toBeLessThan(0.01);
      expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
      expect(tracked.problems).toEqual([]);
    } finally {
      await tracked.close();
    }
  });
}
