// A few numbered lines of a file around a problem, with a caret under the value, as compilers show them.
import type { Problem } from "../problems.ts";

const CONTEXT = 2;

export function codeFrame(text: string, line: number, column: number | undefined): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (line < 1 || line > lines.length) return "";
  const first = Math.max(1, line - CONTEXT);
  const last = Math.min(lines.length, line + CONTEXT);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const gutter = `${n === line ? ">" : " "} ${String(n).padStart(width)} |`;
    const source = lines[n - 1]!;
    out.push(source === "" ? gutter : `${gutter} ${source}`);
    if (n === line && column !== undefined) out.push(`  ${" ".repeat(width)} | ${" ".repeat(column - 1)}^`);
  }
  return out.join("\n");
}

/**
 * 1-based column of the problem on its line: where the received value is written, else where the
 * field's name is, else the first character that is not indentation.
 */
export function problemColumn(lineText: string, p: Pick<Problem, "field" | "received">): number {
  const candidates: string[] = [];
  if (p.received?.startsWith('"')) {
    try {
      candidates.push(JSON.parse(p.received.replace(/, .*$/, "")) as string);
    } catch {
      // Not a plain quoted value ("x", already used by …): fall through to the field name.
    }
  }
  const key = p.field?.split(".").filter((part) => !/^\d+$/.test(part)).pop();
  if (key) candidates.push(`${key}:`);
  for (const candidate of candidates) {
    const at = candidate === "" ? -1 : lineText.indexOf(candidate);
    if (at >= 0) return at + 1;
  }
  return (/\S/.exec(lineText)?.index ?? 0) + 1;
}
