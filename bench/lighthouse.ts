// `npm run lighthouse`: Lighthouse 12.2.3 in Debian's Chromium on the sample site's article, topic
// and front pages, phone (the default) and desktop settings. The site is built with the local
// server's address as its base URL, so canonical links point at the pages being measured, and
// served gzip-compressed as a static host would serve it. Each page is measured `--runs` times
// (default 5) and the run with the median performance score is kept, as Lighthouse's own advice on
// variability suggests. HTML and JSON reports go to reports/lighthouse/ (ignored by git); a Markdown
// table of the scores is printed.
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Flags } from "lighthouse";
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/helpers/chromium.ts";
import { REPO } from "../tests/helpers/fixture-site.ts";
import { buildSampleSite, sampleRoot } from "../tests/helpers/sample-site.ts";
import { serveStatic } from "../tests/helpers/static-server.ts";

const PAGES = {
  article: "/articles/trump-putin-anchorage-summit/",
  topic: "/tags/russia/",
  front: "/",
};
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
const REPORTS = path.join(REPO, "reports", "lighthouse");
const RUNS = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 5;

const root = await sampleRoot();
const server = await serveStatic(path.join(root, "_site"));
const site = await buildSampleSite({ root, baseUrl: server.origin });
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
await mkdir(REPORTS, { recursive: true });

const rows: string[] = [];
const misses: string[] = [];
try {
  for (const device of ["mobile", "desktop"] as const) {
    for (const [page, url] of Object.entries(PAGES)) {
      const flags: Flags = { port: chrome.port, output: ["html", "json"], logLevel: "error", onlyCategories: CATEGORIES };
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const outcome = await lighthouse(`${server.origin}${url}`, flags, device === "desktop" ? desktopConfig : undefined);
        if (!outcome) throw new Error(`Lighthouse returned nothing for ${url}`);
        runs.push(outcome);
      }
      runs.sort((a, b) => (a.lhr.categories.performance?.score ?? 0) - (b.lhr.categories.performance?.score ?? 0));
      const result = runs[Math.floor(runs.length / 2)]!;
      const [html, json] = result.report as string[];
      await writeFile(path.join(REPORTS, `${page}-${device}.html`), html!);
      await writeFile(path.join(REPORTS, `${page}-${device}.json`), json!);
      const { categories, audits } = result.lhr;
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      const metric = (id: string) => audits[id]?.displayValue ?? "";
      rows.push(`| ${page} | ${device} | ${CATEGORIES.map(score).join(" | ")} | ${metric("first-contentful-paint")} | ${metric("largest-contentful-paint")} | ${metric("cumulative-layout-shift")} |`);
      for (const id of CATEGORIES) {
        for (const ref of categories[id]?.auditRefs ?? []) {
          const audit = audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) misses.push(`${page} (${device}), ${id}: ${audit.title} (${audit.displayValue ?? audit.score})`);
        }
      }
    }
  }
} finally {
  await chrome.kill();
  await server.close();
  await site.cleanup();
}

console.log(`Lighthouse ${lighthouseVersion()} on Chromium at ${CHROMIUM_PATH}, median of ${RUNS} runs; reports in ${path.relative(REPO, REPORTS)}/\n`);
console.log("| page | settings | performance | accessibility | best practices | SEO | FCP | LCP | CLS |");
console.log("|---|---|---|---|---|---|---|---|---|");
console.log(rows.join("\n"));
console.log(misses.length ? `\nAudits below full marks:\n${misses.map((m) => `- ${m}`).join("\n")}` : "\nEvery scored audit passed.");

function lighthouseVersion(): string {
  return (JSON.parse(readFileSync(path.join(REPO, "node_modules", "lighthouse", "package.json"), "utf8")) as { version: string }).version;
}
