// Builds sites from hostile and malformed articles: each is refused with exact, located errors, or
// built, and then every page passes the safety checks (tests/hostile/page-safety.ts).
import * as cheerio from "cheerio";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildOutcome } from "../../src/cli/build-command.ts";
import type { Problem } from "../../src/problems.ts";
import { ARTICLE_FIELDS } from "../../src/validate/article.ts";
import { loadPage, REPO } from "../helpers/fixture-site.ts";
import { articleText, hostileCorpus, PAYLOAD, q, QUOTED_URL, type HostileCase } from "./corpus.ts";
import { buildHostile, checkOutput, hostileSite, tree, type HostileSite, type OutputCheck } from "./hostile-site.ts";

/** The file a frontmatter payload would write if it were ever run as code. */
const PROOF = path.join(tmpdir(), `dateline-frontmatter-ran-${process.pid}`);
const corpus = hostileCorpus(PROOF);
const safeCases = corpus.filter((c) => c.expect === "safe");
const rejectedCases = corpus.filter((c): c is HostileCase & { expect: Exclude<HostileCase["expect"], "safe"> } => c.expect !== "safe");

const errorsOf = (problems: Problem[]) =>
  problems.filter((p) => p.severity === "error").map(({ file, line, field, kind }) => ({ file, ...(line === undefined ? {} : { line }), ...(field === undefined ? {} : { field }), kind }));
const text = ($: cheerio.CheerioAPI, selector: string) => $(selector).first().text();

afterAll(() => {
  // Checked last as well, after every case has been built.
  expect(existsSync(PROOF)).toBe(false);
});

describe("hostile content that is rendered safely", () => {
  let site: HostileSite;
  let outcome: BuildOutcome;
  let check: OutputCheck;

  beforeAll(async () => {
    site = await hostileSite(safeCases);
    outcome = await buildHostile(site);
    check = await checkOutput(site.out);
  });
  afterAll(() => site.cleanup());

  it(`builds all ${safeCases.length} cases with no error`, () => {
    expect(errorsOf(outcome.problems)).toEqual([]);
    expect(outcome.ok).toBe(true);
  });

  it("passes every HTML page, XML file and JSON file through the safety checks", () => {
    expect(check.issues).toEqual([]);
    expect(check.checked.html.length).toBeGreaterThan(40);
    expect(check.checked.xml.length).toBeGreaterThan(0);
    expect(check.checked.json.length).toBeGreaterThan(0);
  });

  it.each(safeCases.map((c) => [c.name, Object.keys(c.files).filter((f) => f.startsWith("content/articles/"))] as const))(
    "%s: written as an article page",
    (_, files) => {
      for (const file of files) {
        const slug = path.basename(file, ".md").normalize("NFKD").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
        const explicit = file.includes("slug-tags") ? "tags" : slug;
        expect(existsSync(path.join(site.out, "articles", explicit, "index.html")), file).toBe(true);
      }
    },
  );

  it("prints the payload in every text field of an article as text", async () => {
    const $ = await loadPage(site.out, "/articles/payload-in-every-text-field/");
    const payload = PAYLOAD.trim();
    expect(text($, "h1")).toBe(payload);
    expect(text($, "title")).toBe(`${payload} | Courier ${payload}`);
    expect(text($, ".dek")).toBe(payload);
    expect($(".lead-image img").attr("alt")).toBe(payload);
    expect($('meta[name="description"]').attr("content")).toBe(payload);
    expect(text($, ".lead-image figcaption")).toContain(payload);
    expect(text($, ".corrections li")).toContain(payload);
    expect($(".further-reading a").first().text()).toBe(payload);
    expect($(".further-reading a").first().attr("href")).toBe(QUOTED_URL);
    // The typographer curls the payload's quotes in the body; the rest is as written.
    expect($(".story-body").text()).toContain("First paragraph. <script>alert(“pwned”)</script><img src=x onerror=alert(1)>");
    expect($(".story-body").text()).toContain("</title></textarea></script><!-- ]]> {{ site.config.title }} {% raw %} {# c #} javascript:alert(1) &");
  });

  it("keeps JSON-LD whole: the headline read back is the payload", async () => {
    const $ = await loadPage(site.out, "/articles/payload-in-every-text-field/");
    const blocks: Record<string, unknown>[] = $('script[type="application/ld+json"]').map((_, s) => JSON.parse($(s).text())).get();
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.map((b) => b.headline).filter(Boolean)).toContain(PAYLOAD.trim());
  });

  it("prints the payload in site.yaml, authors.yaml and tags.yaml as text", async () => {
    const payload = PAYLOAD.trim();
    const author = await loadPage(site.out, "/authors/mallory/");
    expect(text(author, "h1")).toBe(payload);
    expect(text(author, ".site-title")).toBe(`Courier ${payload}`);
    const tag = await loadPage(site.out, "/tags/evil/");
    expect(text(tag, "h1")).toBe(payload);
    expect(text(tag, ".listing-description")).toBe(payload);
    const section = await loadPage(site.out, "/sections/opinion/");
    expect(text(section, "h1")).toBe(payload);
  });

  it("prints template syntax in frontmatter and body as written", async () => {
    const $ = await loadPage(site.out, "/articles/template-syntax/");
    expect(text($, "h1")).toBe("{{ site.config.title }} {% if true %}yes{% endif %} {#");
    expect(text($, ".dek")).toBe("{{ site.config.baseUrl }} {% include 'base.njk' %} {# open comment");
    expect($(".story-body p").eq(0).text()).toContain("{{ site.config.title }} and {{ 7 * 7 }} and {% for a in site.articles %}{{ a.title }}{% endfor %}");
    expect($(".story-body pre code").text()).toBe('{% include "article.njk" %}\n');
  });

  it("links no dangerous URL from a body; an attribute that tried to break out keeps its text", async () => {
    const $ = await loadPage(site.out, "/articles/body-dangerous-links/");
    // "%6Aavascript:" is not a scheme (a scheme starts with a letter): a browser reads a relative path.
    expect($(".story-body a").map((_, a) => $(a).attr("href")).get()).toEqual([
      "https://example.org",
      "%6Aavascript:alert(1)",
      "https://example.org/%22onmouseover=%22alert(1)",
    ]);
    expect($(".story-body a").first().attr("title")).toBe('" onmouseover="alert(1)');
    const refs = await loadPage(site.out, "/articles/body-reference-definitions/");
    expect(refs(".story-body a").map((_, a) => refs(a).attr("href")).get()).toEqual(["https://example.org/?a="]);
    const images = await loadPage(site.out, "/articles/body-dangerous-images/");
    expect(images(".story-body img").map((_, img) => `${images(img).attr("alt")} ${images(img).attr("src")}`).get()).toEqual([
      'x" onerror="alert(1) https://example.org/x.png',
    ]);
  });

  it("shows raw HTML in a body as text, never as elements", async () => {
    const $ = await loadPage(site.out, "/articles/body-inline-html/");
    // The typographer curls the quotes: further proof that this is text, not markup.
    expect($(".story-body").text()).toContain("<script>alert(“block”)</script>");
    expect($(".story-body").text()).toContain("<a href=“javascript:alert(1)”>a link written in HTML</a>");
    expect($(".story-body *").map((_, el) => (el as { tagName: string }).tagName).get()).toEqual(["p", "p", "p", "p", "p"]);
  });

  it("reads a byte-order mark, CRLF and mixed line endings as ordinary text", async () => {
    expect(text(await loadPage(site.out, "/articles/utf8-byte-order-mark/"), ".dek")).toBe("Starts with a byte-order mark");
    expect((await loadPage(site.out, "/articles/crlf-line-endings/"))(".story-body p").map((_, p) => cheerio.load(p).text()).get()).toEqual(["One.", "Two."]);
    const mixed = await loadPage(site.out, "/articles/mixed-line-endings/");
    expect(text(mixed, "h1")).toBe("Mixed");
    expect(mixed(".story-body p").length).toBe(2);
  });

  it("writes nothing outside the site's folder, and inside it only the output and the build cache", async () => {
    expect(await tree(site.jail).then((all) => all.filter((p) => !p.includes("/")))).toEqual(["site"]);
    expect((await tree(site.root)).filter((p) => !p.includes("/"))).toEqual([".cache", "_site", "content"]);
    expect(await tree(path.join(site.root, "content"))).toEqual(
      (await tree(path.join(site.root, "content"))).filter((p) => p.startsWith("articles") || p.startsWith("images") || p.endsWith(".yaml")),
    );
  });

  it("publishes an SVG image that embeds a bitmap as a data: URL (not active content)", async () => {
    expect(await readFile(path.join(site.out, "images", "embedded.svg"), "utf8")).toContain('<image href="data:image/png;base64,');
  });

  it("never runs frontmatter as code", () => {
    expect(existsSync(PROOF)).toBe(false);
  });
});

describe("hostile content that is refused", () => {
  it.each(rejectedCases.map((c) => [c.name, c] as const))("%s → exact errors, nothing written, no stack trace", async (_, c) => {
    const site = await hostileSite([c]);
    try {
      const outcome = await buildHostile(site);
      expect(errorsOf(outcome.problems)).toEqual(c.expect);
      expect(outcome.ok).toBe(false);
      for (const p of c.expect) expect(outcome.report).toContain(`${p.file}${p.line ? `:${p.line}` : ""}${p.field ? `  ${p.field}` : ""}\n  expected `);
      expect(outcome.report).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(existsSync(site.out)).toBe(false);
      expect(existsSync(PROOF)).toBe(false);
    } finally {
      await site.cleanup();
    }
  });
});

describe("templates", () => {
  it("never use Nunjucks' urlize filter, which writes the URL into href without escaping it", async () => {
    const files = (await tree(path.join(REPO, "templates"))).filter((f) => f.endsWith(".njk"));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(await readFile(path.join(REPO, "templates", file), "utf8"), file).not.toMatch(/\|\s*urlize\b/);
  });
});

describe("a payload in every frontmatter field", () => {
  const payloads = { markup: PAYLOAD, "javascript-url": "javascript:alert(1)", "data-url": "data:text/html,<script>alert(1)</script>" };
  const cases = Object.entries(payloads).flatMap(([name, payload]) =>
    ARTICLE_FIELDS.filter((field) => field !== "title").map((field) => ({
      file: `content/articles/${name}-in-${field.replace(/_/g, "-")}.md`,
      field,
      text: field === "date" ? articleText([], "Body", ["title: Ordinary headline", `date: ${q(payload)}`]) : articleText([`${field}: ${q(payload)}`]),
    })),
  );
  let outcome: BuildOutcome;
  let safeOutcome: BuildOutcome;
  let check: OutputCheck;
  let accepted: typeof cases;
  const sites: HostileSite[] = [];

  beforeAll(async () => {
    const all = await hostileSite([{ name: "all", files: Object.fromEntries(cases.map((c) => [c.file, c.text])), expect: "safe" }]);
    sites.push(all);
    outcome = await buildHostile(all);
    const refused = new Set(outcome.problems.filter((p) => p.severity === "error").map((p) => p.file));
    accepted = cases.filter((c) => !refused.has(c.file));
    const safe = await hostileSite([{ name: "accepted", files: Object.fromEntries(accepted.map((c) => [c.file, c.text])), expect: "safe" }]);
    sites.push(safe);
    safeOutcome = await buildHostile(safe);
    check = await checkOutput(safe.out);
  });
  afterAll(() => Promise.all(sites.map((s) => s.cleanup())));

  it("refuses a field only with an error about that field", () => {
    const stray = outcome.problems.filter((p) => {
      if (p.severity !== "error") return false;
      const c = cases.find((x) => x.file === p.file);
      return !c || !(p.field === c.field || p.field?.startsWith(`${c.field}.`));
    });
    expect(stray).toEqual([]);
  });

  it("builds the articles whose fields were accepted, and every page passes the safety checks", () => {
    expect(accepted.length).toBeGreaterThan(0);
    expect(errorsOf(safeOutcome.problems)).toEqual([]);
    expect(check.issues).toEqual([]);
  });
});
