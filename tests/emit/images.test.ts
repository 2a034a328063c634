// Makes real files with eleventy-img and sharp from generated sources, then checks them with sharp.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Rendition, SiteModel } from "../../src/model.ts";
import { IMAGE_CACHE, processImages } from "../../src/emit/images.ts";
import { planRendition } from "../../src/index/image-rendition.ts";
import { readImages } from "../../src/load/read-images.ts";

let root: string;
let model: SiteModel;
const paths = () => ({ root, templates: "", public: "", out: path.join(root, "_site") });
const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 300" width="600" height="300"><rect width="600" height="300" fill="#246"/></svg>';

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "dateline-images-"));
  const images = path.join(root, "content", "images");
  await mkdir(images, { recursive: true });
  await sharp({ create: { width: 1000, height: 533, channels: 3, background: "#c33" } }).jpeg().toFile(path.join(images, "photo.jpg"));
  await sharp({ create: { width: 500, height: 250, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toFile(path.join(images, "clear.png"));
  await writeFile(path.join(images, "map.svg"), svg);
  const infos = await readImages(root, ["images/photo.jpg", "images/clear.png", "images/map.svg"], []);
  model = { images: [...infos.values()].map((info) => planRendition(info)) } as SiteModel;
});
afterAll(() => rm(root, { recursive: true, force: true }));

const rendition = (src: string) => model.images.find((r) => r.src === src)!;
const inStaging = (staging: string, url: string) => path.join(staging, ...url.split("/"));
const outputCount = () => model.images.reduce((n, r) => n + r.outputs.length, 0);

describe("processImages", () => {
  it("makes every planned file, in its format and at its size", async () => {
    const staging = path.join(root, "staging-1");
    expect(await processImages(model, paths(), staging)).toEqual({ made: outputCount(), cached: 0 });
    for (const r of model.images) {
      for (const output of r.outputs) {
        const meta = await sharp(inStaging(staging, output.url)).metadata();
        expect([meta.format === "heif" ? "avif" : meta.format, meta.width, meta.height], output.url).toEqual([output.format, output.width, output.height]);
      }
    }
    // photo: 3 widths × AVIF, WebP, JPEG (the 1000 px JPEG is the card); clear: 2 widths × AVIF, WebP, PNG, and a JPEG card; map: SVG and card.
    expect(model.images.map((r) => r.outputs.length)).toEqual([7, 2, 9]);
  });

  it("draws an SVG's social card 1200 px wide and keeps the SVG itself byte for byte", async () => {
    const map: Rendition = rendition("images/map.svg");
    const staging = path.join(root, "staging-1");
    expect(await readFile(inStaging(staging, map.url), "utf8")).toBe(svg);
    expect(await sharp(inStaging(staging, map.social.url)).metadata()).toMatchObject({ format: "jpeg", width: 1200, height: 600 });
  });

  it("puts transparent parts of the social card on white", async () => {
    const { data } = await sharp(inStaging(path.join(root, "staging-1"), rendition("images/clear.png").social.url)).raw().toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)].every((v) => v >= 250)).toBe(true);
  });

  it("takes every file from the cache on the next build, and leaves no half-made files behind", async () => {
    const staging = path.join(root, "staging-2");
    expect(await processImages(model, paths(), staging)).toEqual({ made: 0, cached: outputCount() });
    const photo = rendition("images/photo.jpg");
    expect(await readFile(inStaging(staging, photo.url))).toEqual(await readFile(inStaging(path.join(root, "staging-1"), photo.url)));
    expect((await readdir(path.join(root, IMAGE_CACHE))).filter((name) => name.startsWith("."))).toEqual([]);
  });
});
