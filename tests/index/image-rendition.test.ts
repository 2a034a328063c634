import { describe, expect, it } from "vitest";
import type { Article, ImageInfo } from "../../src/model.ts";
import { IMAGE_DEFAULTS, planRendition, planRenditions, rasterWidths, withRenditions } from "../../src/index/image-rendition.ts";

const photo: ImageInfo = { src: "images/Harbour at Dusk.JPG", width: 3000, height: 2000, format: "jpeg", hasAlpha: false, digest: "a".repeat(64) };
const id = (rendition: { url: string }) => /-([0-9a-f]{10})[-.]/.exec(rendition.url)![1];

describe("rasterWidths", () => {
  it.each([
    [3000, [480, 800, 1200, 1600]],
    [1600, [480, 800, 1200, 1600]],
    [1000, [480, 800, 1000]],
    [480, [480]],
    [300, [300]],
  ])("rasterWidths(%i, defaults) === %j", (source, expected) => {
    expect(rasterWidths(source, IMAGE_DEFAULTS.widths)).toEqual(expected);
  });
});

describe("planRendition", () => {
  it("offers a photo in AVIF and WebP, with a JPEG fallback, at every width up to 1600 px", () => {
    const r = planRendition(photo);
    const stem = `/img/harbour-at-dusk-${id(r)}`;
    expect(r.url).toBe(`${stem}-1600.jpg`);
    expect([r.width, r.height]).toEqual([1600, 1067]);
    expect(r.srcset).toBe(`${stem}-480.jpg 480w, ${stem}-800.jpg 800w, ${stem}-1200.jpg 1200w, ${stem}-1600.jpg 1600w`);
    expect(r.sizes).toBe("(min-width: 40rem) 36rem, calc(100vw - 2rem)");
    expect(r.sources).toEqual([
      { type: "image/avif", srcset: `${stem}-480.avif 480w, ${stem}-800.avif 800w, ${stem}-1200.avif 1200w, ${stem}-1600.avif 1600w` },
      { type: "image/webp", srcset: `${stem}-480.webp 480w, ${stem}-800.webp 800w, ${stem}-1200.webp 1200w, ${stem}-1600.webp 1600w` },
    ]);
    // The 1200 px JPEG doubles as the social card.
    expect(r.social).toEqual({ url: `${stem}-1200.jpg`, width: 1200, height: 800, format: "jpeg" });
    expect(r.outputs).toHaveLength(12);
    expect(r.src).toBe("images/Harbour at Dusk.JPG");
  });

  it("never enlarges a small photo, even for the social card", () => {
    const r = planRendition({ ...photo, width: 640, height: 480 });
    expect(r.srcset).toBe(`/img/harbour-at-dusk-${id(r)}-480.jpg 480w, /img/harbour-at-dusk-${id(r)}-640.jpg 640w`);
    expect(r.social).toMatchObject({ width: 640, height: 480 });
    expect(r.outputs).toHaveLength(6);
  });

  it("falls back to PNG for an image with transparency, and makes a separate JPEG card", () => {
    const r = planRendition({ ...photo, format: "png", hasAlpha: true, width: 1000, height: 500 });
    expect(r.url).toMatch(/-1000\.png$/);
    expect(r.sources.map((s) => s.type)).toEqual(["image/avif", "image/webp"]);
    expect(r.social).toMatchObject({ format: "jpeg", width: 1000, height: 500 });
    expect(r.outputs.map((o) => o.url.split(".").pop())).toEqual(["avif", "avif", "avif", "webp", "webp", "webp", "png", "png", "png", "jpg"]);
  });

  it("shows an SVG as it is and draws it 1200 px wide for the social card", () => {
    const r = planRendition({ src: "images/map.svg", width: 600, height: 400, format: "svg", hasAlpha: true, digest: "b".repeat(64) });
    expect(r).toEqual({
      src: "images/map.svg",
      url: `/img/map-${id(r)}.svg`,
      width: 600,
      height: 400,
      srcset: "",
      sizes: "",
      sources: [],
      social: { url: `/img/map-${id(r)}-1200.jpg`, width: 1200, height: 800, format: "jpeg" },
      outputs: [
        { url: `/img/map-${id(r)}.svg`, width: 600, height: 400, format: "svg" },
        { url: `/img/map-${id(r)}-1200.jpg`, width: 1200, height: 800, format: "jpeg" },
      ],
    });
  });

  it("names files after the source's digest and the options, so changing either changes every name", () => {
    const base = id(planRendition(photo));
    expect(id(planRendition(photo))).toBe(base);
    expect(id(planRendition({ ...photo, digest: "c".repeat(64) }))).not.toBe(base);
    expect(id(planRendition(photo, { ...IMAGE_DEFAULTS, quality: { ...IMAGE_DEFAULTS.quality, avif: 60 } }))).not.toBe(base);
  });
});

describe("planRenditions and withRenditions", () => {
  const article = (slug: string, image: string | undefined, body: string) =>
    ({ slug, image: image ? { src: image, url: `/${image}`, alt: "" } : undefined, body }) as unknown as Article;
  const infos = new Map<string, ImageInfo>([
    ["images/lead.jpg", { ...photo, src: "images/lead.jpg" }],
    ["images/chart.png", { ...photo, src: "images/chart.png", format: "png" }],
  ]);

  it("plans each local image the articles show once, lead and inline, and leaves remote images alone", () => {
    const articles = [
      article("a", "images/lead.jpg", "Text\n\n![A chart](images/chart.png)\n\n![Remote](https://example.com/x.png)"),
      article("b", "https://example.com/lead.jpg", "![Again](/images/lead.jpg)"),
    ];
    const plans = planRenditions(articles, infos);
    expect([...plans.keys()]).toEqual(["images/chart.png", "images/lead.jpg"]);
    const [a, b] = withRenditions(articles, plans);
    expect(a!.image!.rendition).toBe(plans.get("images/lead.jpg"));
    expect(b!.image!.rendition).toBeUndefined();
  });
});
