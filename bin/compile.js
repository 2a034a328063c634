#!/usr/bin/env node
// Bundles the TypeScript CLI into dist/ (run by `npm install` through the prepare script), so the
// `dateline` command starts without compiling TypeScript on every run. Without dist/, or when a
// source file is newer than it, bin/dateline.js falls back to running the sources through tsx.
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

await build({
  absWorkingDir: root,
  entryPoints: { cli: "src/cli/main.ts" },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
});
