// Renders the pages on two threads: the main thread and one worker each claim runs of pages from
// shared counters until none is left, render them from the same model and write them. A failure
// on either side stops both and becomes the build's error; the site is then not swapped in.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { serialize } from "node:v8";
import { setTimeout as delay } from "node:timers/promises";
import { Worker } from "node:worker_threads";
import type nunjucks from "nunjucks";
import type { SiteModel } from "../model.ts";
import type { Fingerprinter } from "../emit/page-fingerprints.ts";
import type { PageTemplate } from "../emit/page-templates.ts";
import { renderShare, type ShareOptions, type ShareResult } from "../emit/render-share.ts";
import { RENDER_WORKER, type RenderWorkerData } from "./render-worker.ts";
import { createCounters, flagStop, pageDone, sharedClaim, Stopped, stopWhenFlagged } from "./shared-claim.ts";

/** How long a failed build waits for the worker to stop before terminating it. */
const STOP_WAIT_MS = 10_000;

export async function renderOnTwoThreads(
  templates: readonly PageTemplate[],
  templatesDir: readonly string[],
  model: SiteModel,
  env: nunjucks.Environment,
  options: ShareOptions,
  onPage: (done: number) => void = () => {},
  fingerprints?: Fingerprinter,
): Promise<ShareResult[]> {
  const counters = createCounters(templates.length);
  const data: RenderWorkerData = { kind: RENDER_WORKER, templates: [...templates], templatesDir, options, counters };
  // Started first: the worker loads its modules while this thread copies the model for it.
  const worker = startWorker(data);
  const bytes = serialize(model);
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  worker.postMessage({ model: bytes }, whole ? [bytes.buffer as ArrayBuffer] : []);
  let failure: unknown;
  const theirs = new Promise<ShareResult>((resolve, reject) => {
    worker.once("message", (message: { result?: ShareResult; error?: unknown }) => (message.error === undefined ? resolve(message.result!) : reject(message.error)));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the page-rendering worker stopped (exit code ${code}) before it finished`)));
  });
  theirs.catch((error: unknown) => {
    failure ??= error;
    flagStop(counters);
  });
  const stopIfFlagged = stopWhenFlagged(counters);
  try {
    const mine = await renderShare(templates, model, env, options, sharedClaim(counters), {
      onPage: () => onPage(pageDone(counters)),
      fingerprints,
      stop: () => {
        if (failure !== undefined) throw failure;
        stopIfFlagged();
      },
    });
    return [mine, await theirs];
  } catch (error) {
    failure ??= error instanceof Stopped ? undefined : error;
    flagStop(counters);
    // The worker stops at its next page and finishes its writes before it answers (a stuck one is terminated).
    await Promise.race([theirs.catch(() => {}), delay(STOP_WAIT_MS, undefined, { ref: false })]);
    throw failure ?? error;
  } finally {
    await worker.terminate();
  }
}

/**
 * From the bundle (dist/cli.mjs), the worker runs the bundle itself, whose copy of render-worker.ts
 * starts on the worker data; from the TypeScript sources, it registers tsx first, as bin/dateline.js does.
 */
function startWorker(data: RenderWorkerData): Worker {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new Worker(new URL(here), { workerData: data });
  const tsx = pathToFileURL(createRequire(here).resolve("tsx").replace(/loader\.mjs$/, "esm/api/index.mjs")).href;
  const entry = new URL("./render-worker.ts", here).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: data });
}
