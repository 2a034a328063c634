import { describe, expect, it } from "vitest";
import { headersFile, IMMUTABLE, isImmutable, REVALIDATE } from "../../src/emit/headers-file.ts";

const FILES = [
  "index.html",
  "404.html",
  "styles.css",
  "styles.1a2b3c4d5e.css",
  "_headers",
  "_redirects",
  ".dateline/manifest.json",
  "articles/x/index.html",
  "articles/x/related/index.html",
  "img/x-1a2b3c4d5e-800.webp",
  "img/x-1a2b3c4d5e-480.webp",
  "pagefind/pagefind.js",
  "pagefind/pagefind.en_1a2b3c.pf_meta",
  "pagefind/fragment/en_1a2b3c.pf_fragment",
  "pagefind/index/en_1a2b3c.pf_index",
];
const hashed = new Set(["styles.1a2b3c4d5e.css"]);
const immutable = (file: string) => isImmutable(file, hashed);

/** Rules as `path value` pairs, in order. */
function rules(text: string): [string, string][] {
  return [...text.matchAll(/^(\/\S*)\n {2}Cache-Control: (.*)$/gm)].map((m) => [m[1]!, m[2]!]);
}

/** How Netlify and Cloudflare Pages match a rule's path: exactly, or a `/*` splat over everything below. */
function matches(rule: string, url: string): boolean {
  return rule.endsWith("/*") ? url.startsWith(rule.slice(0, -1)) : rule === url;
}

describe("headersFile", () => {
  it("headersFile(files) → one rule per folder cached alike, files listed where a folder mixes", () => {
    expect(rules(headersFile(FILES, immutable))).toEqual([
      ["/404.html", REVALIDATE],
      ["/", REVALIDATE],
      ["/index.html", REVALIDATE],
      ["/styles.1a2b3c4d5e.css", IMMUTABLE],
      ["/styles.css", REVALIDATE],
      ["/articles/*", REVALIDATE],
      ["/img/*", IMMUTABLE],
      ["/pagefind/pagefind.en_1a2b3c.pf_meta", IMMUTABLE],
      ["/pagefind/pagefind.js", REVALIDATE],
      ["/pagefind/fragment/*", IMMUTABLE],
      ["/pagefind/index/*", IMMUTABLE],
    ]);
  });

  it("every served file matches exactly one rule, with its own cache policy", () => {
    const list = rules(headersFile(FILES, immutable, "/news/"));
    for (const file of FILES.filter((f) => !f.startsWith("_") && !f.startsWith("."))) {
      const urls = [`/news/${file}`, ...(file.endsWith("index.html") ? [`/news/${file.slice(0, -"index.html".length)}`] : [])];
      for (const url of urls) {
        const hits = list.filter(([rule]) => matches(rule, url));
        expect(hits.map(([, value]) => value), url).toEqual([immutable(file) ? IMMUTABLE : REVALIDATE]);
      }
    }
  });

  it("headersFile(files, …, /news/) puts every rule under the prefix and names no host-only file", () => {
    const text = headersFile(FILES, immutable, "/news/");
    expect(rules(text).every(([rule]) => rule.startsWith("/news/"))).toBe(true);
    expect(text).not.toMatch(/_headers|_redirects|\.dateline/);
  });
});

describe("isImmutable", () => {
  it.each([
    ["img/x-1a2b3c4d5e-800.webp", true],
    ["styles.1a2b3c4d5e.css", true],
    ["styles.css", false],
    ["pagefind/filter/en_1.pf_filter", true],
    ["pagefind/pagefind-entry.json", false],
    ["images/logo.svg", false],
    ["index.html", false],
  ])("isImmutable(%j) === %j", (file, expected) => {
    expect(isImmutable(file, hashed)).toBe(expected);
  });
});
