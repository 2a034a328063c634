// The site.yaml schema is the one list of settings: the README's reference is generated from it,
// the validator reads every key in it (and warns about any other), and its defaults are the validator's.
import { Ajv } from "ajv";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { initCommand } from "../../src/cli/init-command.ts";
import type { Problem } from "../../src/problems.ts";
import { RELATED_DEFAULTS } from "../../src/related/options.ts";
import { validateSiteData } from "../../src/validate/site-data.ts";
import { configReference, flatSettings, SITE_SETTINGS, siteJsonSchema } from "../../src/validate/site-schema.ts";
import { withReference } from "../../scripts/config-reference.ts";
import { REPO } from "../helpers/fixture-site.ts";

const MINIMAL = "title: The Ledger\nbaseUrl: https://news.example.org\n";

function validate(site: string) {
  const problems: Problem[] = [];
  const data = validateSiteData({ site: { path: "content/site.yaml", text: site }, authors: undefined, tags: undefined }, problems);
  return { data, problems };
}

describe("site.yaml reference", () => {
  it("README.md holds the reference generated from the schema (run npm run docs:config after changing it)", async () => {
    const readme = await readFile(path.join(REPO, "README.md"), "utf8");
    expect(readme).toBe(withReference(readme));
    expect(readme).toContain(configReference());
  });

  it("lists every key with a type and notes, and names the nested keys with dots", () => {
    const keys = flatSettings().map((s) => s.key);
    expect(keys.slice(0, 3)).toEqual(["title", "baseUrl", "pathPrefix"]);
    expect(keys).toContain("sections[].id");
    expect(keys).toContain("related.weights.tags");
    expect(flatSettings().filter(({ setting }) => !setting.type || !setting.notes)).toEqual([]);
  });
});

describe("the schema and the validator agree", () => {
  it("the documented defaults are the values a minimal site.yaml gets", () => {
    const { config } = validate(MINIMAL).data!;
    const related = SITE_SETTINGS.related!.keys!;
    expect({
      description: config.description,
      language: config.language,
      timeZone: config.timeZone,
      permalink: config.permalink,
      pageSize: config.pageSize,
      sections: config.sections,
    }).toEqual({
      description: SITE_SETTINGS.description!.default,
      language: SITE_SETTINGS.language!.default,
      timeZone: SITE_SETTINGS.timeZone!.default,
      permalink: SITE_SETTINGS.permalink!.default,
      pageSize: SITE_SETTINGS.pageSize!.default,
      sections: SITE_SETTINGS.sections!.default,
    });
    const weights = Object.fromEntries(Object.entries(related.weights!.keys!).map(([k, s]) => [k, s.default]));
    const others = Object.fromEntries(Object.entries(related).filter(([k]) => k !== "weights").map(([k, s]) => [k, s.default]));
    expect(config.related).toEqual({ weights, ...others });
    expect(config.related).toEqual(RELATED_DEFAULTS);
    expect(config.pathPrefix).toBeUndefined();
  });

  // A value of the wrong kind for each key: the validator must complain about that very key, which shows it reads it.
  const wrongValue = (json: string) => (json === "string" ? "[1, 2]" : json === "array" || json === "object" ? "5" : '"many"');
  const cases = flatSettings()
    .filter(({ key }) => key !== "title" && key !== "baseUrl")
    .map(({ key, setting }) => [key, setting.json] as const);
  it.each(cases)("the validator reads %s (%s)", (key, json) => {
    // `sections[].id` → a sections list with one entry; `related.weights.tags` → nested mappings.
    const parts = key.replace("[]", ".0").split(".");
    const wrong = wrongValue(json);
    let yaml = wrong;
    for (const part of [...parts].reverse()) yaml = part === "0" ? `[${yaml}]` : `{${part}: ${yaml}}`;
    const value = parse(yaml) as Record<string, unknown>;
    const base = parse(MINIMAL) as Record<string, unknown>;
    // Give list entries their required keys, so that only the wrong one is wrong.
    if (parts[0] === "sections" && parts.length > 1) (value.sections as Record<string, unknown>[])[0] = { id: "world", name: "World", ...(value.sections as Record<string, unknown>[])[0] };
    if (parts[0] === "defaultImage" && parts.length > 1) value.defaultImage = { src: "https://x.org/a.jpg", alt: "A", ...(value.defaultImage as object) };
    const text = JSON.stringify({ ...base, ...value });
    const { problems } = validate(text);
    const field = parts.join(".");
    expect(problems.filter((p) => p.field === field && p.severity === "error").map((p) => p.kind), text).not.toEqual([]);
  });
});

describe("unknown keys in site.yaml", () => {
  it.each([
    ["titel: The Ledger\n", "titel", "did you mean title?"],
    ["pathprefix: /news/\n", "pathprefix", "did you mean pathPrefix?"],
    ["related:\n  limt: 3\n", "related.limt", "did you mean limit?"],
    ["related:\n  weights:\n    tag: 2\n", "related.weights.tag", "did you mean tags?"],
    ["sections:\n  - id: world\n    name: World\n    colour: red\n", "sections.0.colour", "the setting is ignored"],
  ])("validateSiteData(%j) → an unknown-field warning on %s", (extra, field, hint) => {
    const { data, problems } = validate(`${MINIMAL}${extra}`);
    expect(data).toBeDefined();
    expect(problems.map((p) => [p.kind, p.severity, p.field, p.hint])).toEqual([["unknown-field", "warning", field, hint]]);
    expect(problems[0]!.expected).toBe("a known site.yaml setting");
  });

  it("the sample site.yaml and the one dateline init writes are valid by the JSON Schema and raise no warning", async () => {
    const ajv = new Ajv({ allErrors: true, strict: true });
    const check = ajv.compile(siteJsonSchema());
    const dir = await mkdtemp(path.join(tmpdir(), "dateline-schema-"));
    try {
      await initCommand(path.join(dir, "site"), { now: new Date("2025-03-15T12:00:00Z") });
      for (const file of [path.join(REPO, "content", "site.yaml"), path.join(dir, "site", "content", "site.yaml")]) {
        const text = await readFile(file, "utf8");
        expect(check(parse(text)) ? [] : check.errors, file).toEqual([]);
        expect(validate(text).problems, file).toEqual([]);
      }
      expect(check({ title: "T", baseUrl: "https://x.org", pageSize: "many" })).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
