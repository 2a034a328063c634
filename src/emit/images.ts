// Makes the image files the site model plans (src/index/image-rendition.ts) with eleventy-img and
// sharp. Files are kept in a cache between builds; their names carry a digest of the source and
// of the options, so an unchanged image is never encoded twice and a changed one never served stale.
import { randomUUID } from "node:crypto";
import { copyFile, link, mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { ImageFormat, ImageOutput, Rendition, SiteModel } from "../model.ts";
import { IMAGE_DEFAULTS, type ImageOptions } from "../index/image-rendition.ts";
import type { SitePaths } from "./write-site.ts";

/** Where processed images are kept between builds, relative to the site folder. */
export const IMAGE_CACHE = path.join(".cache", "dateline", "images");

/** Images encoded at once; each runs one sharp pipeline per output format. */
const CONCURRENCY = 4;

export interface ImageReport {
  /** Files encoded in this build. */
  made: number;
  /** Files taken from the cache. */
  cached: number;
}

export async function processImages(model: SiteModel, paths: SitePaths, staging: string, options: ImageOptions = IMAGE_DEFAULTS): Promise<ImageReport> {
  const report: ImageReport = { made: 0, cached: 0 };
  if (model.images.length === 0) return report;
  const cache = path.join(paths.root, IMAGE_CACHE);
  await mkdir(cache, { recursive: true });
  await mkdir(path.join(staging, ...options.urlPath.split("/")), { recursive: true });

  const queue = [...model.images];
  const worker = async () => {
    for (let rendition = queue.shift(); rendition; rendition = queue.shift()) {
      const missing: ImageOutput[] = [];
      for (const output of rendition.outputs) {
        if (await isFile(path.join(cache, fileName(output)))) report.cached += 1;
        else missing.push(output);
      }
      if (missing.length > 0) await encode(path.join(paths.root, "content", rendition.src), rendition, missing, cache, options);
      report.made += missing.length;
      for (const output of rendition.outputs) await linkOrCopy(path.join(cache, fileName(output)), path.join(staging, ...output.url.split("/")));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return report;
}

/**
 * Encodes into a private folder, then renames each finished file into the cache: a build that
 * stops half-way never leaves a truncated file there to be taken for a good one.
 */
async function encode(source: string, rendition: Rendition, outputs: ImageOutput[], cache: string, options: ImageOptions): Promise<void> {
  // Loaded here, not at start-up: a build whose images are all cached never needs it.
  const { default: eleventyImage } = await import("@11ty/eleventy-img");
  const incoming = path.join(cache, `.incoming-${randomUUID()}`);
  try {
    for (const [format, widths] of groupByFormat(outputs)) {
      const names = new Map(outputs.filter((o) => o.format === format).map((o) => [o.width, fileName(o)]));
      await eleventyImage(source, {
        formats: [format],
        widths,
        outputDir: incoming,
        urlPath: "/",
        useCache: false,
        formatFiltering: [],
        filenameFormat: (_id, _src, width) => names.get(width) ?? `unplanned-${width}.${format}`,
        sharpOptions: vectorDensity(rendition, widths),
        sharpAvifOptions: { quality: options.quality.avif },
        sharpWebpOptions: { quality: options.quality.webp },
        sharpJpegOptions: { quality: options.quality.jpeg, mozjpeg: true, progressive: true },
        // JPEG has no transparency: draw transparent parts on white, not on black.
        transform: format === "jpeg" ? (image) => void image.flatten({ background: "#ffffff" }) : undefined,
      });
      for (const name of names.values()) {
        if (!(await isFile(path.join(incoming, name)))) throw new Error(`eleventy-img did not make ${name} from ${source}`);
        await rename(path.join(incoming, name), path.join(cache, name));
      }
    }
  } finally {
    await rm(incoming, { recursive: true, force: true });
  }
}

/**
 * A hard link costs no copy. Safe because cached files never change: each is renamed into place
 * once, under a name no other content can have. Copies when the cache is on another disk.
 */
async function linkOrCopy(from: string, to: string): Promise<void> {
  await link(from, to).catch(() => copyFile(from, to));
}

function groupByFormat(outputs: ImageOutput[]): Map<ImageFormat, number[]> {
  const groups = new Map<ImageFormat, number[]>();
  for (const o of outputs) groups.set(o.format, [...(groups.get(o.format) ?? []), o.width]);
  return groups;
}

/** An SVG is drawn at 72 dpi; a raster of it wider than its declared size is drawn denser, not enlarged. */
function vectorDensity(rendition: Rendition, widths: number[]): Record<string, unknown> {
  const widest = Math.max(...widths);
  const isVector = rendition.sources.length === 0 && rendition.url.endsWith(".svg");
  return isVector && widest > rendition.width ? { density: Math.ceil((72 * widest) / rendition.width) } : {};
}

function fileName(output: ImageOutput): string {
  return output.url.slice(output.url.lastIndexOf("/") + 1);
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}
