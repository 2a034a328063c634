// `dateline init DIR`: a new newsroom's site that builds at once with Dateline's own templates and
// styles: content with one example story, the three YAML files, a package.json and the deploy workflow.
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import { slugify } from "../format/slug.ts";
import { isoInZone } from "../time/zoned.ts";
import { PACKAGE_ROOT } from "./paths.ts";

export interface InitRequest {
  /** Site name for site.yaml (default: made from the folder's name). */
  title?: string;
  /** Where the site will be served (default: an example.org address to replace). */
  baseUrl?: string;
  now: Date;
  /** How the message names the folder (default: `dir` as given). */
  label?: string;
}

export interface InitOutcome {
  ok: boolean;
  message: string;
  /** Files written, relative to the new site's folder. */
  files: string[];
}

/** Where the workflow comes from: the one this repository deploys with, shipped in the package. */
export const WORKFLOW = ".github/workflows/deploy.yml";

export async function initCommand(dir: string, request: InitRequest): Promise<InitOutcome> {
  if ((await stat(dir).catch(() => undefined))?.isDirectory() === false) {
    return { ok: false, files: [], message: `dateline init: ${request.label ?? dir} is a file; give a new folder's name.` };
  }
  const existing = await readdir(dir).catch(() => undefined);
  if (existing && existing.length > 0) {
    return { ok: false, files: [], message: `dateline init: ${request.label ?? dir} is not empty (${existing.slice(0, 3).join(", ")}${existing.length > 3 ? ", …" : ""}); give a new folder's name.` };
  }
  const name = path.basename(path.resolve(dir));
  const title = request.title ?? (titleFrom(name) || "Our Newsroom");
  // The site depends on the Dateline that made it.
  const { version } = JSON.parse(await readFile(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string };
  const files = siteFiles({ name, title, baseUrl: request.baseUrl ?? "https://news.example.org", now: request.now, version });
  files.set(WORKFLOW, await readFile(path.join(PACKAGE_ROOT, WORKFLOW), "utf8"));
  for (const [file, text] of files) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    // `wx`: never overwrite, even a file that appeared since the folder was found empty.
    await writeFile(path.join(dir, file), text, { flag: "wx" });
  }
  const list = [...files.keys()].sort();
  return {
    ok: true,
    files: list,
    message: [
      `Created a Dateline site in ${request.label ?? dir}:`,
      ...list.map((f) => `  ${f}`),
      "",
      "Next:",
      `  cd ${request.label ?? dir}`,
      "  npm install        # then commit package-lock.json: the deploy workflow installs from it",
      "  npm start          # preview on http://localhost:8080",
      "  npx dateline new \"Your first headline\"",
      "",
      "Set baseUrl in content/site.yaml to the site's address. Templates and static files come from",
      "Dateline; to change one, put a file of the same name in templates/ or public/.",
    ].join("\n"),
  };
}

/** `harbour-gazette` → `Harbour Gazette`. */
function titleFrom(folder: string): string {
  return slugify(folder)
    .split("-")
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(" ");
}

function siteFiles(site: { name: string; title: string; baseUrl: string; now: Date; version: string }): Map<string, string> {
  const files = new Map<string, string>();
  files.set(
    "package.json",
    `${JSON.stringify(
      {
        name: slugify(site.name) || "newsroom-site",
        private: true,
        type: "module",
        scripts: { start: "dateline dev", build: "dateline build", check: "dateline check", new: "dateline new" },
        dependencies: { dateline: `^${site.version}` },
      },
      null,
      2,
    )}\n`,
  );
  files.set(".gitignore", "node_modules/\n_site/\n_site.*/\n.cache/\n");
  files.set(
    "content/site.yaml",
    [
      "# Every setting, with its default, is listed in Dateline's README under Configuration.",
      stringify({
        title: site.title,
        description: `News from ${site.title}.`,
        baseUrl: site.baseUrl,
        language: "en",
        timeZone: "UTC",
        sections: [
          { id: "news", name: "News", description: "The day's reporting." },
          { id: "opinion", name: "Opinion", description: "Signed columns, kept apart from the news." },
        ],
      }).trimEnd(),
      "",
    ].join("\n"),
  );
  files.set("content/authors.yaml", stringify({ "news-desk": { name: "News Desk", role: "Staff", bio: `Reporting by the staff of ${site.title}.` } }));
  files.set("content/tags.yaml", stringify({ "getting-started": { name: "Getting started", description: "How this site is made." } }));
  files.set(
    "content/articles/welcome.md",
    [
      "---",
      stringify({
        title: `Welcome to ${site.title}`,
        dek: "The first story on a new site. Edit it, or write the next one with dateline new.",
        date: isoInZone(site.now, "UTC"),
        authors: ["news-desk"],
        section: "news",
        tags: ["getting-started"],
      }).trimEnd(),
      "---",
      "Each story is a Markdown file in `content/articles/`, with its headline, date, authors,",
      "section and topics at the top. `npx dateline check` finds every mistake in them, and",
      "`npx dateline build` writes the site into `_site/`.",
      "",
      "## Publishing",
      "",
      "Every push to the main branch is checked, built and published by the workflow in",
      "`.github/workflows/deploy.yml`, which also rebuilds the site on a schedule so that stories",
      "dated in the future go live when their time comes.",
      "",
    ].join("\n"),
  );
  return files;
}
