// processImages() (src/emit/images.ts), timed as the "images" stage of `dateline build --timings`.
import { performance } from "node:perf_hooks";
import { recordStage } from "../stage-timings.ts";
import { processImages as makeImages, type ImageReport } from "./images.ts";

export async function processImages(...args: Parameters<typeof makeImages>): Promise<ImageReport> {
  const started = performance.now();
  const report = await makeImages(...args);
  // A site without images has no images stage.
  if (report.made + report.cached > 0) recordStage("images", started, performance.now(), `${report.made} made, ${report.cached} from the cache`);
  return report;
}
