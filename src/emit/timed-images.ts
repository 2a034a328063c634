// processImages() (src/emit/images.ts), timed as the "images" stage of `dateline build --timings`.
import { performance } from "node:perf_hooks";
import { recordStage } from "../stage-timings.ts";
import { processImages as makeImages, type ImageReport } from "./images.ts";

export async function processImages(...args: Parameters<typeof makeImages>): Promise<ImageReport> {
  const started = performance.now();
  const report = await makeImages(...args);
  const files = report.made + report.cached;
  recordStage("images", started, performance.now(), files > 0 ? `${report.made} made, ${report.cached} from the cache` : undefined);
  return report;
}
