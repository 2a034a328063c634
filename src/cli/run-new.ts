// Command-line front of `dateline new "Headline"`.
import { parseArgs } from "node:util";
import { newCommand } from "./new-command.ts";
import { buildTime, UsageError } from "./options.ts";

export const NEW_HELP = `Usage: dateline new "Headline" [--slug S] [--section S] [--tags a,b] [--type T]

Writes content/articles/<slug>.md, the slug made from the headline, with every
frontmatter field to fill in, dated now in the site's time zone and marked draft: true.
Never overwrites: a slug that is already used is refused.

Options:
  --slug S        The file name and URL instead of the headline's (needed when the
                  headline has no Latin letters or digits, e.g. in Chinese)
  --section S     A section id from content/site.yaml
  --tags a,b      Tags, separated by commas
  --type T        news (default), analysis, explainer, opinion or live
  -h, --help      Show this help`;

export async function runNew(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      slug: { type: "string" },
      section: { type: "string" },
      tags: { type: "string" },
      type: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(NEW_HELP);
    return 0;
  }
  if (positionals.length !== 1 || positionals[0]!.trim() === "") throw new UsageError('give the headline in quotes, e.g. dateline new "Council approves budget"');
  const tags = (values.tags ?? "").split(",").map((t) => t.trim()).filter(Boolean);
  const outcome = await newCommand(cwd, { headline: positionals[0]!, slug: values.slug, section: values.section, tags, type: values.type, now: buildTime(env) });
  (outcome.ok ? console.log : console.error)(outcome.message);
  return outcome.ok ? 0 : 1;
}
