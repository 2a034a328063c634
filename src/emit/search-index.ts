// Indexes the rendered site for full-text search with Pagefind, into <site>/pagefind/. What is
// indexed is decided in the templates: only an article's `data-pagefind-body` (headline, dek,
// byline, body, corrections), with its filters (section, tag, type) and meta (dek, date).
import * as pagefind from "pagefind";
import path from "node:path";

/**
 * Left out of the indexed text, though filters and meta inside them still count: navigation in
 * an article (topic links, series boxes), the preview's draft and scheduled banners, and the
 * kicker and timestamps, which would otherwise open every result's excerpt.
 */
const NOT_TEXT = ["nav", ".banner", ".kicker", ".timestamps"];

/** Builds running in this process; Pagefind's service (a child process) stops when none is left. */
let running = 0;

/** Returns the number of pages indexed. */
export async function buildSearchIndex(siteDir: string): Promise<number> {
  running += 1;
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: NOT_TEXT });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    try {
      const added = await index.addDirectory({ path: siteDir });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
      const written = await index.writeFiles({ outputPath: path.join(siteDir, "pagefind") });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
      return added.page_count;
    } finally {
      await index.deleteIndex();
    }
  } finally {
    running -= 1;
    if (running === 0) await pagefind.close();
  }
}
