// Reads what the build needs to know about each local image an article shows: size, format, digest.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { ImageInfo } from "../model.ts";
import { problem, type Problem } from "../problems.ts";

/** `srcs` are paths relative to content/ (`images/x.jpg`) that validation found to exist. */
export async function readImages(root: string, srcs: Iterable<string>, problems: Problem[]): Promise<Map<string, ImageInfo>> {
  const infos = new Map<string, ImageInfo>();
  for (const src of [...new Set(srcs)].sort()) {
    const info = await readImage(root, src, problems);
    if (info) infos.set(src, info);
  }
  return infos;
}

async function readImage(root: string, src: string, problems: Problem[]): Promise<ImageInfo | undefined> {
  const bytes = await readFile(path.join(root, "content", src));
  try {
    const meta = await sharp(bytes).metadata();
    if (!meta.width || !meta.height || !meta.format) throw new Error("no width or height");
    // EXIF orientations 5–8 turn the picture a quarter: the stored width is the shown height.
    const turned = (meta.orientation ?? 1) >= 5;
    return {
      src,
      width: turned ? meta.height : meta.width,
      height: turned ? meta.width : meta.height,
      format: meta.format,
      hasAlpha: meta.hasAlpha ?? false,
      digest: createHash("sha256").update(bytes).digest("hex"),
    };
  } catch (error) {
    problems.push(
      problem({
        kind: "unreadable-image",
        file: `content/${src}`,
        expected: "an image file: JPEG, PNG, WebP, AVIF, GIF, TIFF or SVG",
        received: JSON.stringify((error as Error).message.split("\n")[0]),
        hint: "re-export the image from an image editor, or replace the file",
      }),
    );
    return undefined;
  }
}
