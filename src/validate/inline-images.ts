// Checks the images an article body shows: each local one must be a file in content/images/.
import type { Article } from "../model.ts";
import { isPageRelative, localImagePath } from "../markdown/image-path.ts";
import { inlineImages } from "../markdown/inline-images.ts";
import { problem, type Problem } from "../problems.ts";

/**
 * Reports inline images that are missing or addressed so they would break, and returns every
 * local image the article shows (its lead image was checked with the frontmatter), lead first.
 */
export function validateArticleImages(article: Article, images: ReadonlySet<string>, problems: Problem[]): string[] {
  const lead = article.image ? localImagePath(article.image.src) : undefined;
  const shown = lead === undefined ? [] : [lead];
  for (const image of inlineImages(article.body)) {
    const at = { file: article.file, line: article.bodyLine + image.line, field: "body image" };
    const local = localImagePath(image.written);
    if (local === undefined) {
      if (isPageRelative(image.written)) {
        problems.push(
          problem({
            kind: "invalid-value",
            ...at,
            expected: "a path inside content/images/ (e.g. images/chart.png), a site path starting with /, or an https URL",
            received: JSON.stringify(image.written),
          }),
        );
      }
    } else if (!images.has(local)) {
      problems.push(
        problem({ kind: "missing-image", ...at, expected: "an image file in content/images/", received: JSON.stringify(image.written), hint: `no file content/${local}` }),
      );
    } else {
      shown.push(local);
    }
  }
  return shown;
}
