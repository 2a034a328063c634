// Property-based fuzzing of the whole pipeline with fast-check: random frontmatter values and
// random Markdown, full of `<>&"'` and markup, never crash a build and never produce a page with an
// element or attribute outside the expected set (what the templates and markdown-it write).
// `npm test` runs a few cases per property; `npm run fuzz` (vitest --mode fuzz) runs a thousand.
// FUZZ_RUNS sets the number, FUZZ_SEED replays a failure (fast-check prints the seed). `npm test`
// uses a fixed seed: about half of the random articles build, and with a dozen cases a random seed
// would now and then build too few to check rendering; `npm run fuzz` draws a new seed each run.
import fc from "fast-check";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatReport } from "../../src/cli/report.ts";
import { readPageTemplates, type PageTemplate } from "../../src/emit/page-templates.ts";
import { createEnvironment, renderPages } from "../../src/emit/render-pages.ts";
import type { BuildOptions } from "../../src/model.ts";
import { runPipeline } from "../../src/pipeline.ts";
import { ARTICLE_FIELDS } from "../../src/validate/article.ts";
import { BUILD_TIME, REPO } from "../helpers/fixture-site.ts";
import { articleText } from "../hostile/corpus.ts";
import { hostileSite, type HostileSite } from "../hostile/hostile-site.ts";
import { collectElementSets, MARKDOWN_ELEMENTS, mergeElementSets, pageIssues, type ElementSets } from "../hostile/page-safety.ts";

/** vitest's mode (`--mode fuzz`); tsc does not know vitest's `import.meta.env`. */
const MODE = (import.meta as ImportMeta & { env?: { MODE?: string } }).env?.MODE;
const RUNS = Number(process.env.FUZZ_RUNS ?? (MODE === "fuzz" ? 1000 : 12));
const FIXED_SEED = 20261126;
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : MODE === "fuzz" ? undefined : FIXED_SEED;
const TEMPLATES = path.join(REPO, "templates");
const OPTIONS: BuildOptions = { drafts: true, future: true, now: BUILD_TIME };

// ---- Generators ----

const MARKUP = [
  "<script>alert(1)</script>", "</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<iframe src=x>",
  "javascript:alert(1)", "JaVaScRiPt:x", "data:text/html,<b>x</b>", "vbscript:x", "{{ site.config.title }}", "{% raw %}",
  "{% endraw %}", "{#", "#}", "](", "![", "[a]: ", "[a]", "<https://example.org/>", "https://example.org/\"x", "```",
  "## ", "# ", "> ", "- ", "1. ", "| a | b |\n|---|:-:|", "&amp;", "&#x3c;", "&lt;", "<!--", "-->", "]]>",
  " onmouseover=\"alert(1)\" ", "' onfocus='x' ", "\\", "*", "_", "`", "~~", "\u2028", "\u202e", "é", "ferry", "news",
];
const CHARS = ["<", ">", "&", '"', "'", "[", "]", "(", ")", "!", "{", "}", "%", "#", ":", "/", "=", " ", "\n", "\t"];

const fuzzText = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...MARKUP) }, { weight: 3, arbitrary: fc.constantFrom(...CHARS) }, { weight: 2, arbitrary: fc.string({ maxLength: 6 }) }), { maxLength: 24 })
  .map((parts) => parts.join(""));
const words = fc.array(fc.constantFrom("harbour", "ferry", "council", "vote", "tide", "pier"), { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
const title = fc.oneof(fuzzText.filter((t) => /[a-z]/i.test(t)), words);
const markdown = fc.array(fc.oneof(fuzzText, words, fc.constantFrom("", "```js", "    code", "---", "***", "[a]: https://example.org/ \"t\"")), { maxLength: 12 }).map((lines) => lines.join("\n"));
const url = fc.oneof(fc.constant("https://example.org/x"), fuzzText.map((t) => `https://example.org/${t}`), fuzzText);
const date = fc.constantFrom("2025-03-10T09:00:00-03:00", "2025-03-11", "2025-03-12T23:59:59Z");

/** Frontmatter shaped like a real article, with text fields full of markup: exercises rendering. */
const shapedFrontmatter = fc.record(
  {
    title,
    dek: fuzzText,
    date,
    dateline: fuzzText,
    authors: fc.subarray(["lena-frost", "omar-haddad"]),
    section: fc.constantFrom("news"),
    tags: fc.array(fc.oneof(title, fc.constant("ferry")), { maxLength: 3 }),
    type: fc.constantFrom("news", "analysis", "explainer", "opinion", "live"),
    image: fc.record({ src: fc.oneof(fc.constantFrom("images/pier.svg", "https://cdn.example.org/p.jpg"), url), alt: fuzzText, caption: fuzzText, credit: fuzzText }, { requiredKeys: ["src", "alt"] }),
    further_reading: fc.array(fc.oneof(fc.record({ title, url }), fc.constant("ferry-terminal-opens")), { maxLength: 2 }),
    corrections: fc.array(fc.record({ date, text: fuzzText }), { maxLength: 2 }),
    editors_note: fuzzText,
    series: title,
    canonical: url,
    featured: fc.boolean(),
  },
  { requiredKeys: ["title", "date"] },
);

/** Any values at all in any field, known or not: exercises validation. */
const anyValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fuzzText,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.constantFrom("src", "alt", "title", "url", "date", "text"), fuzzText), tie("value"), { maxKeys: 3 }),
  ),
})).value;
const chaoticFrontmatter = fc.dictionary(fc.oneof(fc.constantFrom(...ARTICLE_FIELDS), fuzzText), anyValue, { maxKeys: 8 });

/** Frontmatter text that is not necessarily YAML at all. */
const rawFrontmatter = fc
  .array(fc.oneof(fc.constantFrom("title: ", "date: 2025-03-11\n", ": ", "- ", "&a ", "*a", "!!str ", "!!js/function ", "? ", "[", "{", "]", "}", "\n  ", "\n", "'", '"', "|\n", ">-\n", "---", "..."), fuzzText), { maxLength: 20 })
  .map((parts) => parts.join(""));

// ---- The property ----

let site: HostileSite;
let templates: PageTemplate[];
let allowed: ElementSets;
const FUZZ_FILE = "content/articles/fuzz.md";
/** Cases that built a site (and so had their pages checked), to be sure rendering is exercised. */
let built = 0;

/** Builds the site with the fuzz article in memory; returns every problem found with the output. */
async function buildAndCheck(articleSource: string): Promise<string[]> {
  await writeFile(path.join(site.root, FUZZ_FILE), articleSource);
  const { model, problems } = await runPipeline(site.root, OPTIONS);
  const issues: string[] = [];
  for (const p of problems) {
    if (!p.file || !p.expected) issues.push(`problem without file or expected: ${JSON.stringify(p)}`);
    if (p.severity === "error" && p.file !== FUZZ_FILE) issues.push(`error in another file: ${JSON.stringify(p)}`);
  }
  const report = formatReport(problems);
  if (/^\s+at .+:\d+:\d+\)?$/m.test(report)) issues.push(`stack trace in the report:\n${report}`);
  if (!model) return issues;
  built += 1;
  const env = createEnvironment(TEMPLATES, model);
  for (const page of renderPages(templates, model, env)) {
    if (page.file.endsWith(".html")) for (const issue of pageIssues(page.content, { allowed })) issues.push(`${page.file}: ${issue}`);
    if (page.file.endsWith(".json")) {
      try {
        JSON.parse(page.content);
      } catch {
        issues.push(`${page.file}: not JSON`);
      }
    }
  }
  return issues;
}

beforeAll(async () => {
  site = await hostileSite();
  templates = await readPageTemplates(TEMPLATES);
  // The expected elements and attributes: what the templates write for an article using every
  // field, a live page and every listing, plus what markdown-it writes for a body.
  await writeFile(path.join(site.root, "content", "articles", "kitchen-sink.md"), KITCHEN_SINK);
  await writeFile(path.join(site.root, "content", "articles", "live-page.md"), LIVE_PAGE);
  const { model, problems } = await runPipeline(site.root, OPTIONS);
  expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  const seen: Record<string, Set<string>> = {};
  const env = createEnvironment(TEMPLATES, model!);
  for (const page of renderPages(templates, model!, env)) if (page.file.endsWith(".html")) collectElementSets(page.content, seen);
  allowed = mergeElementSets(seen, MARKDOWN_ELEMENTS);
});
afterAll(() => site.cleanup());

const parameters = (runs: number): fc.Parameters<unknown> => ({ numRuns: runs, seed: SEED, endOnFailure: true });

describe(`pipeline fuzzing (${RUNS} runs per property)`, () => {
  it("an article with random text in every field and a random body: no crash, only expected elements and attributes", async () => {
    built = 0;
    await fc.assert(
      fc.asyncProperty(shapedFrontmatter, markdown, async (front, body) => {
        expect(await buildAndCheck(`---\n${stringify(front)}---\n${body}\n`)).toEqual([]);
      }),
      parameters(RUNS),
    );
    expect(built).toBeGreaterThanOrEqual(RUNS / 4);
  }, 600_000);

  it("an article with any values in any fields: no crash, errors only about it, each with file and expectation", async () => {
    await fc.assert(
      fc.asyncProperty(chaoticFrontmatter, markdown, async (front, body) => {
        expect(await buildAndCheck(`---\n${stringify({ title: "Fuzzed", date: "2025-03-11", ...front })}---\n${body}\n`)).toEqual([]);
      }),
      parameters(RUNS),
    );
  }, 600_000);

  it("frontmatter that is not YAML: no crash, a located problem", async () => {
    await fc.assert(
      fc.asyncProperty(rawFrontmatter, markdown, async (front, body) => {
        expect(await buildAndCheck(`---\n${front}\n---\n${body}\n`)).toEqual([]);
      }),
      parameters(RUNS),
    );
  }, 600_000);
});

const KITCHEN_SINK = articleText(
  [
    "dek: Everything at once.",
    "updated: 2025-03-12T11:00:00-03:00",
    "dateline: Ferry Point, Nova Scotia",
    "authors: [lena-frost, omar-haddad]",
    "section: news",
    "tags: [ferry, tides]",
    "type: analysis",
    "image: {src: images/pier.svg, alt: Pier, caption: The pier., credit: Courier photo}",
    "related: [ferry-terminal-opens]",
    "further_reading: [{title: Timetable, url: 'https://example.org/t'}, ferry-terminal-opens]",
    "corrections: [{date: '2025-03-12T12:00:00-03:00', text: A fix.}]",
    "editors_note: A note.",
    "series: Ferry Point Terminal",
    "featured: true",
    "canonical: https://example.org/original",
    "noindex: true",
    "lang: fr",
    "aliases: [/old/kitchen-sink/]",
  ],
  [
    "Intro with *em*, **strong**, ~~s~~, `code`, [a link](https://example.org \"title\"), <https://example.org/auto> and an image ![alt](images/pier.svg \"t\") ![remote](https://cdn.example.org/r.jpg).",
    "",
    "# One", "## Two", "### Three", "#### Four", "##### Five", "###### Six",
    "",
    "> quote", "", "- a", "- b", "", "3. c", "4. d", "", "---", "", "```js", "x", "```", "",
    "| a | b | c |", "|:--|:-:|--:|", "| 1 | 2 | 3 |", "", "line with a hard break  ", "next",
  ].join("\n"),
  ["title: Kitchen sink", "date: 2025-03-12T10:00:00-03:00"],
);

const LIVE_PAGE = articleText(["type: live", "section: news", "tags: [ferry]", "series: Ferry Point Terminal"], "Summary.\n\n## 10:05 First update\n\nText.\n\n## 10:30 Second update\n\nMore.", [
  "title: \"Live: the terminal opens\"",
  "date: 2025-03-12T09:00:00-03:00",
]);
