import { describe, expect, it } from "vitest";
import type { Article } from "../../src/model.ts";
import type { Problem } from "../../src/problems.ts";
import { validateArticleImages } from "../../src/validate/inline-images.ts";

const article = (body: string, image?: string) =>
  ({ file: "content/articles/story.md", bodyLine: 9, body, image: image ? { src: image, url: `/${image}`, alt: "" } : undefined }) as unknown as Article;
const images = new Set(["images/lead.jpg", "images/chart.png"]);

describe("validateArticleImages", () => {
  it("returns the local images the article shows, lead first, and reports nothing when all exist", () => {
    const problems: Problem[] = [];
    const shown = validateArticleImages(article("![Chart](images/chart.png)\n\n![Remote](https://example.org/x.png) ![Site](/logo.png)", "images/lead.jpg"), images, problems);
    expect(shown).toEqual(["images/lead.jpg", "images/chart.png"]);
    expect(problems).toEqual([]);
  });

  it("reports a missing inline image with the article's file and the image's line", () => {
    const problems: Problem[] = [];
    expect(validateArticleImages(article("First paragraph.\n\nSecond, with\n![Map](images/missing-map.svg)"), images, problems)).toEqual([]);
    expect(problems).toEqual([
      {
        kind: "missing-image",
        severity: "error",
        file: "content/articles/story.md",
        line: 12,
        field: "body image",
        expected: "an image file in content/images/",
        received: '"images/missing-map.svg"',
        hint: "no file content/images/missing-map.svg",
      },
    ]);
  });

  it("reports an address that would resolve against the article's own URL", () => {
    const problems: Problem[] = [];
    validateArticleImages(article("![Chart](chart.png)"), images, problems);
    expect(problems).toEqual([
      {
        kind: "invalid-value",
        severity: "error",
        file: "content/articles/story.md",
        line: 9,
        field: "body image",
        expected: "a path inside content/images/ (e.g. images/chart.png), a site path starting with /, or an https URL",
        received: '"chart.png"',
      },
    ]);
  });
});
