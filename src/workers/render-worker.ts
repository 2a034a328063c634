// The worker side of parallel page rendering (src/workers/render-pool.ts): takes its own copy of the
// site model and renders the pages it claims, exactly as the main thread renders its own.
import { deserialize } from "node:v8";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import type { SiteModel } from "../model.ts";
import type { PageTemplate } from "../emit/page-templates.ts";
import { createEnvironment } from "../emit/render-pages.ts";
import { renderShare, type ShareOptions } from "../emit/render-share.ts";
import { pageDone, sharedClaim, stopWhenFlagged, type PoolCounters } from "./shared-claim.ts";

/** Marks the worker data of a page-rendering worker, so that the bundle (which holds this module too) starts one only there. */
export const RENDER_WORKER = "dateline:render-pages";

export interface RenderWorkerData {
  kind: typeof RENDER_WORKER;
  templates: PageTemplate[];
  templatesDir: readonly string[];
  options: ShareOptions;
  counters: PoolCounters;
}

/** The site model arrives in the first message, serialized with v8.serialize. */
async function run(data: RenderWorkerData, message: { model: Uint8Array }): Promise<void> {
  try {
    const model = deserialize(message.model) as SiteModel;
    const env = createEnvironment(data.templatesDir, model);
    const result = await renderShare(data.templates, model, env, data.options, sharedClaim(data.counters), {
      onPage: () => void pageDone(data.counters),
      stop: stopWhenFlagged(data.counters),
    });
    parentPort!.postMessage({ result });
  } catch (error) {
    parentPort!.postMessage({ error });
  }
}

if (!isMainThread && (workerData as Partial<RenderWorkerData> | undefined)?.kind === RENDER_WORKER) {
  parentPort!.once("message", (message: { model: Uint8Array }) => void run(workerData as RenderWorkerData, message));
}
