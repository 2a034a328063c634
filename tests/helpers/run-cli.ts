// Runs the real `dateline` command in a folder, as an editor or a CI job would, and captures what it prints.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { REPO } from "./fixture-site.ts";

const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `SOURCE_DATE_EPOCH` of the fixtures' build time, March 15, 2025, 12:00 UTC. */
export const FIXTURE_EPOCH = "1742040000";

export async function runCli(cwd: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(REPO, "bin", "dateline.js"), ...args], {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, SOURCE_DATE_EPOCH: FIXTURE_EPOCH, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
