import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Problem } from "../../src/problems.ts";
import { readImages } from "../../src/load/read-images.ts";

let root: string;
const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360" width="640" height="360"><rect width="640" height="360" fill="#246"/></svg>';

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "dateline-read-images-"));
  await mkdir(path.join(root, "content", "images"), { recursive: true });
  const images = path.join(root, "content", "images");
  await sharp({ create: { width: 300, height: 200, channels: 3, background: "#c33" } }).jpeg().toFile(path.join(images, "photo.jpg"));
  // Stored 200 wide and 300 high, shown turned a quarter (EXIF orientation 6).
  await sharp({ create: { width: 200, height: 300, channels: 3, background: "#3c3" } }).jpeg().withMetadata({ orientation: 6 }).toFile(path.join(images, "turned.jpg"));
  await sharp({ create: { width: 40, height: 20, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toFile(path.join(images, "clear.png"));
  await writeFile(path.join(images, "map.svg"), svg);
  await writeFile(path.join(images, "broken.jpg"), "this is not a picture");
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("readImages", () => {
  it("reads size, format, transparency and a digest of each image", async () => {
    const problems: Problem[] = [];
    const infos = await readImages(root, ["images/photo.jpg", "images/map.svg", "images/clear.png", "images/turned.jpg", "images/photo.jpg"], problems);
    expect(problems).toEqual([]);
    expect([...infos.values()].map(({ digest, ...rest }) => ({ ...rest, digest: digest.length }))).toEqual([
      { src: "images/clear.png", width: 40, height: 20, format: "png", hasAlpha: true, digest: 64 },
      { src: "images/map.svg", width: 640, height: 360, format: "svg", hasAlpha: true, digest: 64 },
      { src: "images/photo.jpg", width: 300, height: 200, format: "jpeg", hasAlpha: false, digest: 64 },
      { src: "images/turned.jpg", width: 300, height: 200, format: "jpeg", hasAlpha: false, digest: 64 },
    ]);
    expect(infos.get("images/map.svg")!.digest).toBe(createHash("sha256").update(svg).digest("hex"));
  });

  it("reports a file that is not an image as a content error on that file", async () => {
    const problems: Problem[] = [];
    expect((await readImages(root, ["images/broken.jpg"], problems)).size).toBe(0);
    expect(problems).toEqual([
      {
        kind: "unreadable-image",
        severity: "error",
        file: "content/images/broken.jpg",
        expected: "an image file: JPEG, PNG, WebP, AVIF, GIF, TIFF or SVG",
        received: '"Input buffer contains unsupported image format"',
        hint: "re-export the image from an image editor, or replace the file",
      },
    ]);
  });
});
