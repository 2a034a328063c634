#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so Dateline needs no compile step on Node 20, 22 or 24.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2), process.env, process.cwd());
