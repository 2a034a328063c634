// The performance budget: an article page needs no JavaScript to read and ships at most 35 KB of
// HTML and CSS, gzip-compressed (images and the search page excluded). Measured on the built files.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import * as cheerio from "cheerio";
import { expect, it } from "vitest";
import type { BrowserSite } from "./browser-site.ts";

export const ARTICLE_BUDGET_BYTES = 35 * 1024;

export function pageWeight(ctx: BrowserSite): void {
  it("keeps every article page within 35 KB of HTML and CSS, compressed, with no script to run", async () => {
    const dir = path.join(ctx.site.out, "articles");
    const pages = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith("index.html") && !f.includes("related"));
    // The sample's 12 published articles, its live page among them.
    expect(pages.length).toBe(12);
    const css = new Map<string, number>();
    const over: string[] = [];
    for (const page of pages) {
      const html = await readFile(path.join(dir, page));
      const $ = cheerio.load(html);
      // Structured data is a script element the browser never runs.
      expect($("script").filter((_, s) => $(s).attr("type") !== "application/ld+json").length, page).toBe(0);
      let bytes = gzipSync(html).length;
      for (const href of $('link[rel="stylesheet"]').map((_, l) => $(l).attr("href")).get()) {
        if (!css.has(href)) css.set(href, gzipSync(await readFile(path.join(ctx.site.out, href))).length);
        bytes += css.get(href)!;
      }
      if (bytes > ARTICLE_BUDGET_BYTES) over.push(`${page}: ${bytes} bytes`);
    }
    expect(over).toEqual([]);
  });
}
