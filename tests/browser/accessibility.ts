// WCAG 2.2 A/AA and axe's best practices on every page type, in light and dark; the skip link,
// landmarks, headings, visible focus, and the site worked by keyboard alone.
import { AxeBuilder } from "@axe-core/playwright";
import { expect, it } from "vitest";
import { openPage, PAGE_TYPES, pathOf, visit, type BrowserSite } from "./browser-site.ts";

/** `best-practice` holds the region, landmark and one-h1 rules: without it they never run. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

export function accessibility(ctx: BrowserSite): void {
  for (const colorScheme of ["light", "dark"] as const) {
    for (const [kind, url] of Object.entries(PAGE_TYPES)) {
      it(`has no axe violations on the ${kind} page (${colorScheme} scheme)`, async () => {
        const tracked = await openPage(ctx, { colorScheme });
        try {
          await visit(tracked, ctx, url);
          if (kind === "search") await tracked.page.locator(".search-results li").first().waitFor();
          const { violations } = await new AxeBuilder({ page: tracked.page }).withTags(AXE_TAGS).analyze();
          expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
        } finally {
          await tracked.close();
        }
      });
    }
  }

  it("has one banner, main and contentinfo landmark, navigation, and one h1 on every page type", async () => {
    const tracked = await openPage(ctx);
    const { page } = tracked;
    try {
      const counts: Record<string, number[]> = {};
      for (const [kind, url] of Object.entries(PAGE_TYPES)) {
        await visit(tracked, ctx, url);
        const roles = ["banner", "main", "contentinfo"] as const;
        const landmarks = await Promise.all(roles.map((role) => page.getByRole(role).count()));
        counts[kind] = [...landmarks, Math.min(await page.getByRole("navigation").count(), 1), await page.locator("h1").count()];
      }
      expect(counts).toEqual(Object.fromEntries(Object.keys(PAGE_TYPES).map((k) => [k, [1, 1, 1, 1, 1]])));
    } finally {
      await tracked.close();
    }
  });

  it("makes the skip link the first thing Tab reaches, shows it, and moves focus to the main content", async () => {
    const tracked = await openPage(ctx);
    const { page } = tracked;
    try {
      for (const url of [PAGE_TYPES.front, PAGE_TYPES.article, PAGE_TYPES.tag]) {
        await visit(tracked, ctx, url);
        await page.keyboard.press("Tab");
        const skip = page.locator(":focus");
        expect(await skip.evaluate((el) => [el.className, el.textContent])).toEqual(["skip-link", "Skip to main content"]);
        const box = (await skip.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        await page.keyboard.press("Enter");
        expect(await page.evaluate(() => [document.activeElement?.id, location.hash])).toEqual(["main", "#main"]);
      }
    } finally {
      await tracked.close();
    }
  });

  it("draws a visible focus outline, on screen, on everything Tab reaches on the article page", async () => {
    // Reduced motion turns the skip link's slide-in off, so it is measured where it comes to rest.
    const tracked = await openPage(ctx, { reducedMotion: "reduce" });
    const { page } = tracked;
    try {
      await visit(tracked, ctx, PAGE_TYPES.article);
      const stops: string[] = [];
      const unseen: string[] = [];
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press("Tab");
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          if (el === document.body) return undefined;
          const style = getComputedStyle(el);
          const box = el.getBoundingClientRect();
          return {
            label: `${el.tagName.toLowerCase()} "${(el.textContent ?? "").trim().slice(0, 40)}"`,
            outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
            onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight,
          };
        });
        if (!focus) break; // past the last link: focus has left the page
        stops.push(focus.label);
        if (!focus.outline || !focus.onScreen) unseen.push(`${focus.label}: outline ${focus.outline}, on screen ${focus.onScreen}`);
      }
      expect(stops.length).toBeGreaterThan(20);
      expect(stops[0]).toBe('a "Skip to main content"');
      expect(unseen).toEqual([]);
    } finally {
      await tracked.close();
    }
  });

  it("works by keyboard alone: Tab to a story on the front page, Enter opens it, Tab to a topic, Enter opens it", async () => {
    const tracked = await openPage(ctx);
    const { page } = tracked;
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    try {
      await visit(tracked, ctx, PAGE_TYPES.front);
      await tabTo(".front-lead .teaser-title a");
      await Promise.all([page.waitForURL(/\/articles\//), page.keyboard.press("Enter")]);
      expect(pathOf(page)).toBe("/articles/ukraine-territory-question/");
      await tabTo(".story-tags a");
      await Promise.all([page.waitForURL(/\/tags\//), page.keyboard.press("Enter")]);
      expect(pathOf(page)).toBe("/tags/ukraine/");
      expect(tracked.problems).toEqual([]);
    } finally {
      await tracked.close();
    }
  });
}
