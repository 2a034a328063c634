// The slice of eleventy-img's API Dateline uses; the package ships JSDoc, not declarations.
declare module "@11ty/eleventy-img" {
  import type { Sharp } from "sharp";

  export interface ImageStat {
    format: string;
    width: number;
    height: number;
    url: string;
    filename?: string;
    outputPath?: string;
    size?: number;
  }
  export interface ImageOptions {
    widths?: (number | "auto")[];
    formats?: string[];
    outputDir?: string;
    urlPath?: string;
    useCache?: boolean;
    svgShortCircuit?: boolean | "size";
    svgAllowUpscale?: boolean;
    formatFiltering?: string[];
    filenameFormat?: (id: string, src: string, width: number, format: string) => string;
    sharpOptions?: Record<string, unknown>;
    sharpAvifOptions?: Record<string, unknown>;
    sharpWebpOptions?: Record<string, unknown>;
    sharpJpegOptions?: Record<string, unknown>;
    sharpPngOptions?: Record<string, unknown>;
    transform?: (sharp: Sharp) => void | Promise<void>;
  }
  export default function eleventyImage(src: string, options?: ImageOptions): Promise<Record<string, ImageStat[]>>;
}
