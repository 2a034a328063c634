// The `dateline` command line: build, dev, check and new, each with --help. Each command's own
// module is loaded when it runs: `dateline build` with nothing to rebuild then finishes before the
// Markdown renderer, the templates or the search indexer are even loaded.
import { parseArgs } from "node:util";
import { buildCommand } from "./build-command.ts";
import { buildOptions, UsageError } from "./options.ts";
import { sitePaths } from "./paths.ts";
import { terminalProgress } from "./progress.ts";

const HELP: Record<string, string> = {
  main: `Usage: dateline <command> [options]

Commands:
  build   Validate the content and write the site (into _site/ by default)
  dev     Build, serve on http://localhost:8080 and rebuild on every change
  check   Check all content without writing anything (for CI and editors)
  new     Start a new article: dateline new "Headline"
  init    Create a new site: dateline init DIR

Run "dateline <command> --help" for a command's options.`,
  build: `Usage: dateline build [--out DIR] [--drafts] [--future] [--base-url URL] [--path-prefix PATH]
                      [--no-search] [--timings]

Validates every article, then writes the whole site into DIR, or nothing at all:
on a content error the problems are listed, the exit code is 1 and DIR is left as it was.

Options:
  --out DIR           Output folder (default: _site)
  --drafts            Include articles marked draft: true
  --future            Include articles dated after the build time
  --base-url URL      Absolute URL the site is served from (also: BASE_URL)
  --path-prefix PATH  Folder the host serves the site from, e.g. /news/ (also: PATH_PREFIX)
  --no-search         Write no search index, for quicker previews and CI checks; the search
                      page then says search is unavailable
  --timings           Print how long each stage took to stderr, one line each
  -h, --help          Show this help

Environment:
  SOURCE_DATE_EPOCH  Build time in seconds since 1970, for reproducible builds`,
  dev: `Usage: dateline dev [--out DIR] [--port N] [--no-drafts] [--base-url URL]

Builds the site with drafts and scheduled articles, serves it with live reload and
rebuilds whenever content/, templates/ or public/ changes. Drafts and scheduled articles
carry a banner. A content error is reported here and shown in a banner on every page of
the last good build, which stays on screen until the error is fixed.

Options:
  --out DIR         Output folder (default: _site)
  --port N          Port to serve on (default: 8080)
  --no-drafts       Leave out drafts and scheduled articles, as a production build would
  --base-url URL    Absolute URL for links that must be absolute (default: http://localhost:PORT)
  -h, --help        Show this help`,
};

type Run = (args: string[], env: NodeJS.ProcessEnv, cwd: string) => Promise<number>;

/** Commands whose module, with its help, is loaded only when the command runs. */
const LOADED: Record<string, () => Promise<{ run: Run; help: string }>> = {
  check: async () => import("./run-check.ts").then((m) => ({ run: m.runCheck, help: m.CHECK_HELP })),
  new: async () => import("./run-new.ts").then((m) => ({ run: m.runNew, help: m.NEW_HELP })),
  init: async () => import("./run-init.ts").then((m) => ({ run: m.runInit, help: m.INIT_HELP })),
};

/** A command's help: main's own, or from the command's module. */
async function helpFor(command: string): Promise<string> {
  const load = Object.hasOwn(LOADED, command) ? LOADED[command] : undefined;
  return load ? (await load()).help : (HELP[command] ?? HELP.main!);
}

export async function main(argv: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || command === "help") {
    console.log(HELP.main);
    return command === undefined ? 2 : 0;
  }
  try {
    if (command === "build") return await runBuild(rest, env, cwd);
    if (command === "dev") return await runDev(rest, env, cwd);
    if (Object.hasOwn(LOADED, command)) return await (await LOADED[command]!()).run(rest, env, cwd);
    throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`dateline: ${(error as Error).message}\n\n${await helpFor(command)}`);
      return 2;
    }
    throw error;
  }
}

async function runBuild(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: "string", default: "_site" },
      drafts: { type: "boolean" },
      future: { type: "boolean" },
      "base-url": { type: "string" },
      "path-prefix": { type: "string" },
      "no-search": { type: "boolean" },
      timings: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(HELP.build);
    return 0;
  }
  // Progress only on a terminal; in CI (no TTY) the one-line summary is all.
  const started = performance.now();
  const outcome = await buildCommand(sitePaths(cwd, values.out), buildOptions(values, env), {
    progress: terminalProgress(process.stderr),
    clock: () => performance.now(),
    search: !values["no-search"],
    timings: values.timings ?? false,
  });
  if (outcome.timings) {
    const { timingLines } = await import("./build-timings.ts");
    console.error(timingLines(outcome.timings, performance.now() - started).join("\n"));
  }
  (outcome.ok ? console.log : console.error)(outcome.report);
  return outcome.ok ? 0 : 1;
}

async function runDev(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: "string", default: "_site" },
      port: { type: "string", default: "8080" },
      "no-drafts": { type: "boolean" },
      "base-url": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(HELP.dev);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`--port must be a port number, got ${values.port}`);
  const preview = !values["no-drafts"];
  const baseUrl = values["base-url"] ?? `http://localhost:${port}`;
  const { devCommand } = await import("./dev-command.ts");
  await devCommand(sitePaths(cwd, values.out), () => buildOptions({ drafts: preview, future: preview, "base-url": baseUrl, "path-prefix": "/" }, env), {
    port,
    log: (line) => console.log(line),
  });
  return new Promise<number>(() => {});
}
