// Formats content problems for the terminal, one block per problem.
import type { Problem } from "../problems.ts";

export function formatProblem(p: Problem): string {
  const where = `${p.file}${p.line ? `:${p.line}` : ""}`;
  const label = p.severity === "warning" ? "warning: " : "";
  const lines = [`${label}${where}${p.field ? `  ${p.field}` : ""}`, `  expected ${p.expected}`];
  if (p.received !== undefined) lines.push(`  received ${p.received}`);
  if (p.hint) lines.push(`  hint: ${p.hint}`);
  return lines.join("\n");
}

export function formatReport(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  const blocks = [...errors, ...warnings].map(formatProblem);
  if (errors.length > 0) {
    const files = new Set(errors.map((p) => p.file)).size;
    blocks.push(`${plural(errors.length, "error")} in ${plural(files, "file")}; nothing was written.`);
  }
  return blocks.join("\n\n");
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** "0.42 s", "12.3 s": enough digits to compare two builds, no more. */
export function seconds(ms: number): string {
  const s = ms / 1000;
  return `${s < 10 ? s.toFixed(2) : s.toFixed(1)} s`;
}
