// `dateline dev`: build, serve with live reload, rebuild on every change; content errors never stop it.
import { watch } from "node:fs";
import path from "node:path";
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import type { BuildOptions, SiteModel } from "../model.ts";
import { writeSite, type SitePaths } from "../emit/write-site.ts";
import { publicFolders } from "../emit/site-folders.ts";
import { buildCommand } from "./build-command.ts";
import { previewErrorPage, previewErrors } from "./preview-errors.ts";

export interface DevOptions {
  port: number;
  log: (line: string) => void;
}

export async function devCommand(paths: SitePaths, options: () => BuildOptions, dev: DevOptions): Promise<{ close(): Promise<void> }> {
  let lastGood: SiteModel | undefined;
  /** Resolves to whether the output changed, so that the browser should reload. */
  const rebuild = async (): Promise<boolean> => {
    const started = performance.now();
    try {
      const outcome = await buildCommand(paths, options());
      dev.log(outcome.report);
      if (outcome.ok) {
        lastGood = outcome.model;
        dev.log(`Rebuilt in ${Math.round(performance.now() - started)} ms.`);
        return true;
      }
      // Keep the last good build on screen, with the errors over every page until they are fixed.
      const errors = previewErrors(outcome.problems);
      if (lastGood) await writeSite({ ...lastGood, previewErrors: errors }, paths);
      else await writeErrorPages(paths, previewErrorPage(errors));
      dev.log("The preview keeps showing the last good build, with the errors on every page, until the content is fixed.");
      return true;
    } catch (error) {
      // A template mistake must not end the preview either: report it and wait for the next change.
      dev.log(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  };

  await rebuild();
  // Loaded here, not at the top: every other command would pay for the dev server's start-up.
  const { default: EleventyDevServer } = await import("@11ty/eleventy-dev-server");
  const server = EleventyDevServer.getServer("dateline", paths.out, { liveReload: true, domDiff: false, portReassignmentRetryCount: 0, logger: quietLogger(dev.log) });
  server.serve(dev.port);
  dev.log(`Serving ${paths.out} on http://localhost:${dev.port}/ — watching content/, templates/ and public/.`);

  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        if (await rebuild()) server.reload();
      });
    }, 80);
  };
  const watchers = [path.join(paths.root, "content"), paths.templates, paths.public].map((dir) =>
    watch(dir, { recursive: true }, schedule),
  );

  return {
    async close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      await running;
      await server.close();
    },
  };
}

function quietLogger(log: (line: string) => void) {
  return { info: () => {}, log: () => {}, error: (msg: string) => log(msg), warn: (msg: string) => log(msg), forceLog: () => {} };
}

/** Before any good build there is no site to show: every URL answers with the list of errors. */
async function writeErrorPages(paths: SitePaths, page: string): Promise<void> {
  const out = paths.out;
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  for (const dir of publicFolders(paths).reverse()) await cp(dir, out, { recursive: true }).catch(() => {});
  await writeFile(path.join(out, "index.html"), page);
  await writeFile(path.join(out, "404.html"), page);
}
