// Prints a `dateline check` result for people (with code frames), for machines (JSON) or for GitHub Actions annotations.
import type { Problem } from "../problems.ts";
import type { CheckResult, Scheduling } from "./check-command.ts";
import { EXPIRING_WITHIN_DAYS } from "./check-command.ts";
import { codeFrame, problemColumn } from "./code-frame.ts";
import { formatProblem, plural } from "./report.ts";

export const CHECK_FORMATS = ["human", "json", "github"] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** The text of every file a problem names, keyed by its path (undefined when it could not be read). */
export type FileTexts = ReadonlyMap<string, string | undefined>;

export function formatCheck(result: CheckResult, format: CheckFormat, files: FileTexts): string {
  if (format === "json") return JSON.stringify(checkJson(result, files), null, 2);
  if (format === "github") return formatGithub(result, files);
  return formatHuman(result, files);
}

export function checkSummary(result: CheckResult): string {
  const errors = result.problems.filter((p) => p.severity === "error").length;
  const warnings = result.problems.length - errors;
  return `Checked ${plural(result.articles, "article")}: ${plural(errors, "error")}, ${plural(warnings, "warning")}.`;
}

function located(p: Problem, files: FileTexts): { line?: number; column?: number; lineText?: string } {
  const text = files.get(p.file);
  if (p.line === undefined || text === undefined) return { line: p.line };
  const lineText = text.replace(/\r\n?/g, "\n").split("\n")[p.line - 1];
  if (lineText === undefined) return { line: p.line };
  return { line: p.line, column: problemColumn(lineText, p), lineText };
}

function formatHuman(result: CheckResult, files: FileTexts): string {
  const errors = result.problems.filter((p) => p.severity === "error");
  const warnings = result.problems.filter((p) => p.severity === "warning");
  const blocks = [...errors, ...warnings].map((p) => {
    const where = located(p, files);
    const text = files.get(p.file);
    const frame = text !== undefined && where.line !== undefined ? codeFrame(text, where.line, where.column) : "";
    return frame ? `${formatProblem(p)}\n\n${indent(frame)}` : formatProblem(p);
  });
  if (result.scheduled.length) blocks.push(["Scheduled (built from their publish time):", ...result.scheduled.map(listed)].join("\n"));
  if (result.expiring.length) blocks.push([`Expiring within ${EXPIRING_WITHIN_DAYS} days (left out of builds from then):`, ...result.expiring.map(listed)].join("\n"));
  blocks.push(checkSummary(result));
  return blocks.join("\n\n");
}

function listed(s: Scheduling): string {
  return `  ${s.display}  ${s.file}${s.draft ? " (draft)" : ""}`;
}

function indent(text: string): string {
  return text.split("\n").map((line) => `  ${line}`).join("\n");
}

function checkJson(result: CheckResult, files: FileTexts) {
  const errors = result.problems.filter((p) => p.severity === "error").length;
  return {
    ok: result.ok,
    articles: result.articles,
    errors,
    warnings: result.problems.length - errors,
    problems: result.problems.map((p) => ({
      severity: p.severity,
      kind: p.kind,
      file: p.file,
      line: p.line ?? null,
      column: located(p, files).column ?? null,
      field: p.field ?? null,
      expected: p.expected,
      received: p.received ?? null,
      hint: p.hint ?? null,
    })),
    scheduled: result.scheduled,
    expiring: result.expiring,
  };
}

/** GitHub Actions workflow commands: https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions */
function formatGithub(result: CheckResult, files: FileTexts): string {
  const lines = result.problems.map((p) => {
    const where = located(p, files);
    const props = [`file=${p.file}`];
    if (where.line !== undefined) props.push(`line=${where.line}`);
    if (where.column !== undefined) props.push(`col=${where.column}`);
    props.push(`title=${p.field ?? p.kind}`);
    const message = [`expected ${p.expected}`, p.received !== undefined ? `received ${p.received}` : "", p.hint ? `hint: ${p.hint}` : ""].filter(Boolean).join("\n");
    return `::${p.severity} ${props.map(escapeProperty).join(",")}::${escapeData(message)}`;
  });
  for (const s of result.scheduled) lines.push(`::notice ${escapeProperty(`file=${s.file}`)}::${escapeData(`Scheduled for ${s.display}`)}`);
  for (const s of result.expiring) lines.push(`::notice ${escapeProperty(`file=${s.file}`)}::${escapeData(`Expires ${s.display}`)}`);
  lines.push(checkSummary(result));
  return lines.join("\n");
}

function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** `name=value` with the value escaped as GitHub's toolkit does for properties. */
function escapeProperty(pair: string): string {
  const eq = pair.indexOf("=");
  const value = escapeData(pair.slice(eq + 1)).replace(/:/g, "%3A").replace(/,/g, "%2C");
  return `${pair.slice(0, eq)}=${value}`;
}
