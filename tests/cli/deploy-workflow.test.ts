// The deploy workflow (.github/workflows/deploy.yml), which `dateline init` copies into every new
// site: valid against the workflow schema, and checked for what makes a deploy safe and complete.
// actionlint is not in npm or Debian as a native tool; when it is on PATH it runs too.
import { Ajv } from "ajv";
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO } from "../helpers/fixture-site.ts";

const FILE = path.join(REPO, ".github", "workflows", "deploy.yml");
const text = readFileSync(FILE, "utf8");

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: { push?: { branches?: string[] }; pull_request?: unknown; workflow_dispatch?: unknown; schedule?: { cron: string }[] };
  permissions: Record<string, string>;
  concurrency: { group: string; "cancel-in-progress": boolean };
  jobs: Record<string, Job>;
}
const workflow = parse(text) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const named = (uses: string) => steps.find((s) => s.uses?.startsWith(`${uses}@`));
const schema = JSON.parse(readFileSync(path.join(REPO, "tests", "schemas", "github-workflow.schema.json"), "utf8"));
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);

describe("deploy workflow", () => {
  it("is valid against the GitHub Actions workflow schema", () => {
    expect(validate(workflow) ? [] : validate.errors).toEqual([]);
  });

  it("the schema refuses a misspelt key, a step with both uses and run, an unknown permission and a bad cron", () => {
    const broken = (edit: (w: any) => void) => {
      const copy = structuredClone(workflow) as any;
      edit(copy);
      return validate(copy);
    };
    expect(broken((w) => (w.jobs.build["run-on"] = "ubuntu-24.04"))).toBe(false);
    expect(broken((w) => (w.jobs.build.steps[0].run = "true"))).toBe(false);
    expect(broken((w) => (w.permissions.page = "write"))).toBe(false);
    expect(broken((w) => (w.on.schedule[0].cron = "every hour"))).toBe(false);
  });

  it("runs on pushes to main, on pull requests, by hand, and on a schedule at least daily", () => {
    expect(workflow.on.push).toEqual({ branches: ["main"] });
    expect(workflow.on).toHaveProperty("pull_request");
    expect(workflow.on).toHaveProperty("workflow_dispatch");
    const [minute, hour, day, month, weekday] = workflow.on.schedule![0]!.cron.split(/\s+/);
    expect([minute, day, month, weekday]).toEqual(["17", "*", "*", "*"]);
    expect(hour).toBe("*");
  });

  it("reads the repository only; the publishing job alone may write to Pages", () => {
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(workflow.jobs.build!.permissions).toBeUndefined();
    expect(workflow.jobs.deploy!.permissions).toEqual({ pages: "write", "id-token": "write" });
    expect(named("actions/checkout")!.with).toEqual({ "persist-credentials": false });
  });

  it("runs one deploy at a time and never cancels one half-way", () => {
    expect(workflow.concurrency).toEqual({ group: "deploy-${{ github.ref }}", "cancel-in-progress": false });
  });

  it("pins every action to a full release version", () => {
    const uses = steps.flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses.length).toBe(6);
    expect(uses.filter((u) => !/^[\w.-]+\/[\w.-]+@(v\d+\.\d+\.\d+|[0-9a-f]{40})$/.test(u))).toEqual([]);
  });

  it("checks the content with annotations before it builds, keeps the build cache, and publishes _site except for pull requests", () => {
    const runs = workflow.jobs.build!.steps.flatMap((s) => (s.run ? [s.run] : []));
    expect(runs).toEqual(["npm ci", "npm run check -- --format github", "npm run build"]);
    expect(named("actions/cache")!.with!.path).toBe(".cache/dateline");
    expect(named("actions/upload-pages-artifact")!.with).toEqual({ path: "_site" });
    expect(named("actions/upload-pages-artifact")!.if).toBe("github.event_name != 'pull_request'");
    expect(workflow.jobs.deploy!.if).toBe("github.event_name != 'pull_request'");
    expect(workflow.jobs.deploy!.needs).toBe("build");
  });

  it("builds for the address Pages serves it from: the origin and the repository's sub-path", () => {
    const build = workflow.jobs.build!.steps.find((s) => s.run === "npm run build")!;
    expect(build.env).toEqual({ BASE_URL: "${{ steps.pages.outputs.origin }}", PATH_PREFIX: "${{ steps.pages.outputs.base_path }}" });
  });

  it("uses only step outputs of steps that come earlier in the same job", () => {
    const problems: string[] = [];
    for (const [name, job] of Object.entries(workflow.jobs)) {
      const seen = new Set<string>();
      for (const step of job.steps) {
        for (const [, id] of JSON.stringify(step).matchAll(/steps\.([\w-]+)\.outputs/g)) if (!seen.has(id!)) problems.push(`${name}: ${id}`);
        if (step.id) seen.add(step.id);
      }
    }
    expect(problems).toEqual([]);
    // The deploy job's environment URL is its publishing step's output.
    expect(JSON.stringify(workflow.jobs.deploy)).toContain("steps.deployment.outputs.page_url");
    expect(workflow.jobs.deploy!.steps.map((s) => s.id)).toEqual(["deployment"]);
  });

  it("the scripts it runs exist in Dateline's package.json", () => {
    const { scripts } = JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(scripts.check).toBe("node bin/dateline.js check");
    expect(scripts.build).toBe("node bin/dateline.js build");
  });

  it("passes actionlint, when actionlint is installed", (ctx) => {
    const found = spawnSync("actionlint", ["-version"], { encoding: "utf8" });
    if (found.error) {
      console.warn("actionlint not on PATH: the workflow was checked against the schema only.");
      ctx.skip();
    }
    expect(execFileSync("actionlint", ["-no-color", FILE], { encoding: "utf8" })).toBe("");
  });
});
