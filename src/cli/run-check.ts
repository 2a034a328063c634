// Command-line front of `dateline check`: flags in, report out, exit code 1 on errors.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { checkCommand } from "./check-command.ts";
import { CHECK_FORMATS, formatCheck, type CheckFormat } from "./check-report.ts";
import { buildOptions, UsageError } from "./options.ts";
import { sitePaths } from "./paths.ts";

export const CHECK_HELP = `Usage: dateline check [--format human|json|github]

Checks all content without writing anything: every mistake the build rejects, plus
internal links in article bodies that lead nowhere, likely tag typos, headlines over
110 characters and deks over 300 (warnings). Lists scheduled articles with their
publish time and articles that expire within 7 days.
Exit code 1 when there are errors, 0 when there are only warnings or none.

Options:
  --format F      human (default: with the lines around each problem), json, or
                  github (annotations for GitHub Actions)
  -h, --help      Show this help

Environment:
  SOURCE_DATE_EPOCH  The time to check against ("now"), in seconds since 1970`;

export async function runCheck(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const { values } = parseArgs({ args, options: { format: { type: "string", default: "human" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    console.log(CHECK_HELP);
    return 0;
  }
  if (!(CHECK_FORMATS as readonly string[]).includes(values.format)) {
    throw new UsageError(`--format must be one of ${CHECK_FORMATS.join(", ")}, got ${JSON.stringify(values.format)}`);
  }
  const { now, baseUrl, pathPrefix } = buildOptions({}, env);
  const result = await checkCommand(sitePaths(cwd, "_site"), { now, baseUrl, pathPrefix });
  const files = new Map<string, string | undefined>();
  for (const p of result.problems) {
    if (!files.has(p.file)) files.set(p.file, await readFile(path.join(cwd, p.file), "utf8").catch(() => undefined));
  }
  console.log(formatCheck(result, values.format as CheckFormat, files));
  return result.ok ? 0 : 1;
}
