// `dateline dev`: build, serve with live reload, rebuild on every change; content errors never stop it.
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { watch } from "node:fs";
import path from "node:path";
import type { BuildOptions } from "../model.ts";
import type { SitePaths } from "../emit/write-site.ts";
import { buildCommand } from "./build-command.ts";

export interface DevOptions {
  port: number;
  log: (line: string) => void;
}

export async function devCommand(paths: SitePaths, options: () => BuildOptions, dev: DevOptions): Promise<{ close(): Promise<void> }> {
  const rebuild = async () => {
    const started = performance.now();
    try {
      const outcome = await buildCommand(paths, options());
      dev.log(outcome.report);
      if (outcome.ok) dev.log(`Rebuilt in ${Math.round(performance.now() - started)} ms.`);
      else dev.log("The preview keeps showing the last good build until the content is fixed.");
      return outcome.ok;
    } catch (error) {
      // A template mistake must not end the preview either: report it and wait for the next change.
      dev.log(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  };

  await rebuild();
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
