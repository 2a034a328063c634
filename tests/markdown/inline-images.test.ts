import { describe, expect, it } from "vitest";
import type { Rendition } from "../../src/model.ts";
import { isPageRelative, localImagePath } from "../../src/markdown/image-path.ts";
import { imagesShownBy, inlineImages } from "../../src/markdown/inline-images.ts";
import { createMarkdownRenderer } from "../../src/markdown/markdown-renderer.ts";
import { pictureHtml } from "../../src/markdown/picture-html.ts";

describe("localImagePath", () => {
  it.each([
    ["images/chart.png", "images/chart.png"],
    ["/images/chart.png", "images/chart.png"],
    ["../images/maps/alaska.svg", "images/maps/alaska.svg"],
    ["images/my photo.jpg", "images/my photo.jpg"],
    ["images/my%20photo.jpg", "images/my photo.jpg"],
    ["images/../site.yaml", undefined],
    ["images//x.png", undefined],
    ["../../images/x.png", undefined],
    ["chart.png", undefined],
    ["/static/chart.png", undefined],
    ["https://example.org/images/x.png", undefined],
  ])("localImagePath(%j) === %j", (written, expected) => {
    expect(localImagePath(written)).toBe(expected);
  });
});

describe("isPageRelative", () => {
  it.each([
    ["chart.png", true],
    ["figures/chart.png", true],
    ["/static/chart.png", false],
    ["https://example.org/x.png", false],
    ["#top", false],
  ])("isPageRelative(%j) === %j", (written, expected) => {
    expect(isPageRelative(written)).toBe(expected);
  });
});

describe("inlineImages", () => {
  it("finds each image with its 0-based line in the body, inside paragraphs, links and lists", () => {
    const body = ["Intro.", "", "![One](images/one.png)", "", "Text then", "a soft break ![Two](/images/two.png)", "", "- [![Three](images/three.png)](https://example.org)"].join("\n");
    expect(inlineImages(body)).toEqual([
      { written: "images/one.png", line: 2 },
      { written: "/images/two.png", line: 5 },
      { written: "images/three.png", line: 7 },
    ]);
  });

  it("ignores image syntax inside code and images with refused schemes", () => {
    expect(inlineImages("`![a](images/a.png)`\n\n    ![b](images/b.png)\n\n![c](javascript:x)")).toEqual([]);
  });

  it("imagesShownBy lists the lead image first, then inline ones, once each, local only", () => {
    const article = { image: { src: "images/lead.jpg" }, body: "![A](images/a.png) ![Lead again](/images/lead.jpg) ![R](https://example.org/r.png)" };
    expect(imagesShownBy(article)).toEqual(["images/lead.jpg", "images/a.png"]);
  });
});

const rendition: Rendition = {
  src: "images/chart.png",
  url: "/img/chart-0123456789-800.jpg",
  width: 800,
  height: 450,
  srcset: "/img/chart-0123456789-480.jpg 480w, /img/chart-0123456789-800.jpg 800w",
  sizes: "(min-width: 40rem) 36rem, calc(100vw - 2rem)",
  sources: [{ type: "image/webp", srcset: "/img/chart-0123456789-480.webp 480w, /img/chart-0123456789-800.webp 800w" }],
  social: { url: "/img/chart-0123456789-800.jpg", width: 800, height: 450, format: "jpeg" },
  outputs: [],
};

describe("images in article bodies", () => {
  const md = createMarkdownRenderer();

  it("renders a planned image as <picture> with its real size, lazily", () => {
    const html = md.render('![Oil & gas "revenue"](images/chart.png "Chart")', { renditions: new Map([["images/chart.png", rendition]]) });
    expect(html).toBe(
      '<p><picture><source type="image/webp" srcset="/img/chart-0123456789-480.webp 480w, /img/chart-0123456789-800.webp 800w" sizes="(min-width: 40rem) 36rem, calc(100vw - 2rem)">' +
        '<img src="/img/chart-0123456789-800.jpg" srcset="/img/chart-0123456789-480.jpg 480w, /img/chart-0123456789-800.jpg 800w" sizes="(min-width: 40rem) 36rem, calc(100vw - 2rem)"' +
        ' alt="Oil &amp; gas &quot;revenue&quot;" title="Chart" width="800" height="450" loading="lazy" decoding="async"></picture></p>\n',
    );
  });

  it("points a local image without a rendition at its copy under /images/, so it never breaks on the article's URL", () => {
    expect(md.render("![Map](images/map.svg)")).toBe('<p><img src="/images/map.svg" alt="Map" loading="lazy" decoding="async"></p>\n');
  });

  it("writes an SVG rendition as a single <img>", () => {
    const svg = { ...rendition, url: "/img/map-0123456789.svg", srcset: "", sizes: "", sources: [] };
    expect(pictureHtml(svg, "Map")).toBe('<img src="/img/map-0123456789.svg" alt="Map" width="800" height="450" loading="lazy" decoding="async">');
  });
});
