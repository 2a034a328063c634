// The real validators the output is checked with: the Nu Html Checker (vnu.jar, run once per batch
// of pages), xmllint with the schemas in tests/schemas/, and ajv for JSON Feed. Nothing is fetched.
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { execFile, execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { REPO } from "./fixture-site.ts";

const run = promisify(execFile);

export const SCHEMAS = path.join(REPO, "tests", "schemas");
export const VNU_JAR = path.join(path.dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")), "build", "dist", "vnu.jar");

function hasCommand(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether `java` and `xmllint` are installed. Without them the validator tests are skipped with one
 * line saying why, except in CI (`CI=true`), where `.ci/run` installs both and a gap must fail.
 */
export function validatorsOrSkip(): boolean {
  const missing = [
    ...(hasCommand("java", ["-version"]) ? [] : ["java (Debian: default-jre-headless)"]),
    ...(hasCommand("xmllint", ["--version"]) ? [] : ["xmllint (Debian: libxml2-utils)"]),
  ];
  if (missing.length === 0) return true;
  const why = `${missing.join(" and ")} not found`;
  if (process.env.CI === "true") throw new Error(`Validator tests cannot run in CI: ${why}.`);
  console.warn(`Validator tests skipped: ${why}.`);
  return false;
}

export interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * A short run gains nothing from the optimising compiler: stopping at the quick one cuts the
 * checker's CPU time by more than half. Its deeper stack frames need a bigger thread stack (the
 * checker asks for at least 512k even with the default compiler).
 */
const VNU_JVM_OPTIONS = ["-Xss16m", "-XX:TieredStopAtLevel=1"];

/** Every error the Nu Html Checker finds in the files, from one JVM start. */
export async function vnuErrors(files: string[]): Promise<VnuMessage[]> {
  if (files.length === 0) return [];
  // vnu exits 1 when it reports errors; the JSON report (on stderr) is what counts.
  const result = await run("java", [...VNU_JVM_OPTIONS, "-jar", VNU_JAR, "--errors-only", "--format", "json", ...files], { maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? "", stderr: error.stderr ?? "" }),
  );
  const report = JSON.parse(result.stderr || result.stdout) as { messages: VnuMessage[] };
  return report.messages.filter((m) => m.type === "error" || m.subType === "fatal" || m.type === "non-document-error");
}

export interface XmlResult {
  ok: boolean;
  /** xmllint's messages, minus the "validates" lines. */
  errors: string;
}

/** Validates XML files against an XSD (`.xsd`) or a RELAX NG grammar in XML syntax (`.rng`). */
export async function xmllint(schema: string, files: string[]): Promise<XmlResult> {
  const mode = schema.endsWith(".rng") ? "--relaxng" : "--schema";
  const args = ["--noout", "--nonet", mode, path.join(SCHEMAS, schema), ...files];
  const result = await run("xmllint", args, { maxBuffer: 64 * 1024 * 1024 }).then(
    (r) => ({ ok: true, stderr: r.stderr }),
    (error: { stderr?: string }) => ({ ok: false, stderr: error.stderr ?? String(error) }),
  );
  const errors = result.stderr
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.endsWith(" validates"))
    .join("\n");
  return { ok: result.ok && errors === "", errors };
}

// ajv-formats is CommonJS: under NodeNext its function is the default export's `default`.
const addFormats = addFormatsModule.default;
let jsonFeedValidator: ValidateFunction | undefined;

/** ajv's messages for a JSON Feed document against the JSON Feed 1.1 schema; empty when valid. */
export function jsonFeedErrors(document: unknown): string[] {
  if (!jsonFeedValidator) {
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    jsonFeedValidator = ajv.compile(JSON.parse(readFileSync(path.join(SCHEMAS, "jsonfeed-1.1.schema.json"), "utf8")));
  }
  if (jsonFeedValidator(document)) return [];
  return (jsonFeedValidator.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
}
