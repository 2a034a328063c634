#!/usr/bin/env node
// Bundles the TypeScript CLI into dist/ (run by `npm install` through the prepare script), so the
// `dateline` command starts without compiling TypeScript on every run: dist/cli.mjs, and the chunks
// in dist/chunks/ that it loads when a command needs them. Without dist/, or when a
// source file is newer than it, bin/dateline.js falls back to running the sources through tsx.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// `--outdir DIR` bundles elsewhere (the tests look at a bundle of their own).
const outdir = path.resolve(root, parseArgs({ options: { outdir: { type: "string", default: "dist" } } }).values.outdir);

// Chunk names change with their contents: last time's would pile up.
rmSync(path.join(outdir, "chunks"), { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { cli: "src/cli/main.ts" },
  outdir,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  // Modules that main.ts and build-command.ts load only when needed go into chunks of their own, so
  // that a start-up (a rebuild with nothing to do, --help) reads only the small entry chunk.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  platform: "node",
  target: "node20",
  format: "esm",
  packages: "external",
  sourcemap: "linked",
  logLevel: "warning",
});
