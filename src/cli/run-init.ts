// Command-line front of `dateline init DIR`.
import { parseArgs } from "node:util";
import path from "node:path";
import { initCommand } from "./init-command.ts";
import { buildTime, UsageError } from "./options.ts";

export const INIT_HELP = `Usage: dateline init DIR [--title "Site name"] [--base-url URL]

Creates a new site in DIR (a new or empty folder): content/ with one example article,
site.yaml, authors.yaml and tags.yaml, a package.json that depends on Dateline, and
.github/workflows/deploy.yml, which checks, builds and publishes it on GitHub Pages.
The site uses Dateline's templates and styles; a file of the same name in its own
templates/ or public/ replaces Dateline's.

Options:
  --title NAME      The site's name (default: made from DIR)
  --base-url URL    Where the site will be served (default: https://news.example.org)
  -h, --help        Show this help`;

export async function runInit(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      title: { type: "string" },
      "base-url": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(INIT_HELP);
    return 0;
  }
  if (positionals.length !== 1 || positionals[0]!.trim() === "") throw new UsageError("give the new site's folder, e.g. dateline init harbour-gazette");
  const baseUrl = values["base-url"];
  if (baseUrl !== undefined && !(/^https?:\/\/[^\s/]/i.test(baseUrl) && URL.canParse(baseUrl))) {
    throw new UsageError(`--base-url must be an absolute http(s) URL, got ${JSON.stringify(baseUrl)}`);
  }
  const outcome = await initCommand(path.resolve(cwd, positionals[0]!), { title: values.title, baseUrl, now: buildTime(env), label: positionals[0]! });
  (outcome.ok ? console.log : console.error)(outcome.message);
  return outcome.ok ? 0 : 1;
}
