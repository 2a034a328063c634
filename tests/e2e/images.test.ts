// Builds the fixture site with a photo as a lead image and a chart inside a story body, both made
// here with sharp, and checks the pages and the errors for missing or unreadable images.
import { appendFile, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, copyFixture, listOutput, loadPage, type TempSite } from "../helpers/fixture-site.ts";

let site: TempSite;
const article = (slug: string) => path.join(site.root, "content", "articles", `${slug}.md`);

beforeAll(async () => {
  site = await copyFixture("site");
  const images = path.join(site.root, "content", "images");
  await sharp({ create: { width: 1700, height: 1133, channels: 3, background: "#456" } }).jpeg().toFile(path.join(images, "market.jpg"));
  await sharp({ create: { width: 900, height: 600, channels: 4, background: { r: 20, g: 40, b: 60, alpha: 0.5 } } }).png().toFile(path.join(images, "catch.png"));
  const story = await readFile(article("fish-market-reopens"), "utf8");
  await writeFile(
    article("fish-market-reopens"),
    story.replace("tags: [harbour]\n", "tags: [harbour]\nimage:\n  src: images/market.jpg\n  alt: Stalls under the market roof\n") +
      "\n\nThe week's catch:\n\n![Catch by species](../images/catch.png)\n",
  );
  expect((await buildSite(site)).ok).toBe(true);
});
afterAll(() => site.cleanup());

describe("images", () => {
  it("shows the lead photo as AVIF, WebP and JPEG at four widths, sized, loaded first", async () => {
    const $ = await loadPage(site.out, "/articles/fish-market-reopens/");
    const picture = $(".lead-image picture");
    expect(picture.find("source").map((_, s) => $(s).attr("type")).get()).toEqual(["image/avif", "image/webp"]);
    const img = picture.find("img");
    const src = img.attr("src")!;
    expect(src).toMatch(/^\/img\/market-[0-9a-f]{10}-1600\.jpg$/);
    const stem = src.replace("-1600.jpg", "");
    expect(img.attr("srcset")).toBe([480, 800, 1200, 1600].map((w) => `${stem}-${w}.jpg ${w}w`).join(", "));
    expect(picture.find('source[type="image/avif"]').attr("srcset")).toBe([480, 800, 1200, 1600].map((w) => `${stem}-${w}.avif ${w}w`).join(", "));
    expect([img.attr("width"), img.attr("height"), img.attr("sizes")]).toEqual(["1600", "1066", "(min-width: 40rem) 36rem, calc(100vw - 2rem)"]);
    expect([img.attr("alt"), img.attr("fetchpriority"), img.attr("loading")]).toEqual(["Stalls under the market roof", "high", undefined]);
    const files = await listOutput(site.out);
    for (const w of [480, 800, 1200, 1600]) for (const ext of ["avif", "webp", "jpg"]) expect(files).toContain(`${stem}-${w}.${ext}`);
    expect(await sharp(path.join(site.out, `${stem}-1200.jpg`)).metadata()).toMatchObject({ format: "jpeg", width: 1200, height: 800 });
  });

  it("shows an inline image with transparency in AVIF and WebP with a PNG fallback, loaded lazily", async () => {
    const $ = await loadPage(site.out, "/articles/fish-market-reopens/");
    const img = $(".story-body picture img");
    expect(img.attr("src")).toMatch(/^\/img\/catch-[0-9a-f]{10}-900\.png$/);
    expect([img.attr("alt"), img.attr("width"), img.attr("height"), img.attr("loading")]).toEqual(["Catch by species", "900", "600", "lazy"]);
    expect($(".story-body picture source").length).toBe(2);
  });

  it("keeps an SVG as it is, with its own size", async () => {
    const $ = await loadPage(site.out, "/articles/council-approves-harbour-budget/");
    const img = $(".lead-image img");
    expect(img.attr("src")).toMatch(/^\/img\/harbour-[0-9a-f]{10}\.svg$/);
    expect($(".lead-image picture").length).toBe(0);
    expect(await readFile(path.join(site.out, img.attr("src")!), "utf8")).toBe(await readFile(path.join(site.root, "content", "images", "harbour.svg"), "utf8"));
  });
});

describe("image errors", () => {
  it("fails the build, naming the file and line, when an inline image is missing", async () => {
    const other = await copyFixture("site");
    try {
      await appendFile(path.join(other.root, "content", "articles", "ferry-timetable-changes.md"), "\n![Timetable](images/timetable.png)\n");
      const outcome = await buildSite(other);
      const lines = (await readFile(path.join(other.root, "content", "articles", "ferry-timetable-changes.md"), "utf8")).split("\n");
      const line = lines.indexOf("![Timetable](images/timetable.png)") + 1;
      expect(outcome.ok).toBe(false);
      expect(outcome.report).toBe(
        [
          `content/articles/ferry-timetable-changes.md:${line}  body image`,
          "  expected an image file in content/images/",
          '  received "images/timetable.png"',
          "  hint: no file content/images/timetable.png",
          "",
          "1 error in 1 file; nothing was written.",
        ].join("\n"),
      );
    } finally {
      await other.cleanup();
    }
  });

  it("fails the build when an image file cannot be read", async () => {
    const other = await copyFixture("site");
    try {
      await writeFile(path.join(other.root, "content", "images", "harbour.svg"), "not an image");
      const outcome = await buildSite(other);
      expect(outcome.ok).toBe(false);
      expect(outcome.report).toBe(
        [
          "content/images/harbour.svg",
          "  expected an image file: JPEG, PNG, WebP, AVIF, GIF, TIFF or SVG",
          '  received "Input buffer contains unsupported image format"',
          "  hint: re-export the image from an image editor, or replace the file",
          "",
          "1 error in 1 file; nothing was written.",
        ].join("\n"),
      );
    } finally {
      await other.cleanup();
    }
  });
});
