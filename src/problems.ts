// The catalog of content problems: one stable kind per mistake, so tests can pin exact text.

export type Severity = "error" | "warning";

export interface Problem {
  kind: ProblemKind;
  severity: Severity;
  file: string;
  line?: number;
  /** Dotted path of the field, e.g. `image.alt`; `frontmatter` for the whole block. */
  field?: string;
  expected: string;
  received?: string;
  hint?: string;
}

export const PROBLEM_KINDS = {
  "yaml-syntax": "error",
  "frontmatter-language": "error",
  "frontmatter-missing": "error",
  "frontmatter-too-large": "error",
  "file-too-large": "error",
  "missing-file": "error",
  "missing-field": "error",
  "wrong-type": "error",
  "invalid-value": "error",
  "invalid-date": "error",
  "invalid-slug": "error",
  "unknown-author": "error",
  "unknown-section": "error",
  "unknown-related": "error",
  "duplicate-slug": "error",
  "url-collision": "error",
  "missing-alt": "error",
  "missing-image": "error",
  "unreadable-image": "error",
  "unknown-field": "warning",
  // A tag no one else uses, a letter or two from a known one. `dateline check` makes it an error.
  "tag-typo": "warning",
  "live-without-updates": "warning",
  // Found by `dateline check` only.
  "broken-link": "error",
  "link-to-unpublished": "warning",
  "headline-too-long": "warning",
  "dek-too-long": "warning",
} as const satisfies Record<string, Severity>;

export type ProblemKind = keyof typeof PROBLEM_KINDS;

export type ProblemInput = Omit<Problem, "severity">;

export function problem(input: ProblemInput): Problem {
  return { ...input, severity: PROBLEM_KINDS[input.kind] };
}

/** How a received value is shown in an error: strings quoted, others as YAML would write them. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : `a list (${describeValue(value[0])}${value.length > 1 ? ", ..." : ""})`;
  if (typeof value === "object") return "a mapping";
  return `${String(value)} (${typeof value})`;
}

/** Stable order for reports: by file, then line, then field. */
export function compareProblems(a: Problem, b: Problem): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if ((a.line ?? 0) !== (b.line ?? 0)) return (a.line ?? 0) - (b.line ?? 0);
  const fa = a.field ?? "";
  const fb = b.field ?? "";
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}
