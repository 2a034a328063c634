// Typed reads of YAML fields that record a located problem for every mistake.
import type { YamlData } from "../model.ts";
import { describeValue, problem, type Problem, type ProblemKind } from "../problems.ts";
import { parseDate } from "./parse-date.ts";

type Path = readonly (string | number)[];

export class FieldReader {
  constructor(
    readonly yaml: YamlData,
    readonly problems: Problem[],
    /** Path of the mapping being read inside the document (empty for the top level). */
    readonly base: Path = [],
  ) {}

  get record(): Record<string, unknown> {
    let value: unknown = this.yaml.data;
    for (const key of this.base) value = (value as Record<string | number, unknown>)?.[key];
    return (value ?? {}) as Record<string, unknown>;
  }

  has(name: string): boolean {
    return this.record[name] !== undefined && this.record[name] !== null;
  }

  line(...path: Path): number {
    return this.yaml.lineOf([...this.base, ...path]);
  }

  fieldName(...path: Path): string {
    return [...this.base, ...path].map(String).join(".");
  }

  report(kind: ProblemKind, path: Path, expected: string, received: unknown, hint?: string): void {
    this.problems.push(
      problem({
        kind,
        file: this.yaml.file,
        line: this.line(...path),
        field: this.fieldName(...path),
        expected,
        received: typeof received === "string" && kind !== "wrong-type" ? received : describeValue(received),
        hint,
      }),
    );
  }

  /** A nested reader for a mapping field, or undefined (with a problem) when it is not one. */
  child(name: string | number, expected: string): FieldReader | undefined {
    const value = this.record[name];
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      this.report("wrong-type", [name], expected, value);
      return undefined;
    }
    return new FieldReader(this.yaml, this.problems, [...this.base, name]);
  }

  string(name: string, options: { required?: boolean; what?: string } = {}): string | undefined {
    const value = this.record[name];
    const what = options.what ?? "text";
    if (value === undefined || value === null || value === "") {
      if (options.required) this.report("missing-field", [name], `a ${name} field (${what})`, value);
      return undefined;
    }
    if (typeof value !== "string") {
      const quoted = typeof value === "number" || typeof value === "boolean";
      this.report("wrong-type", [name], what, value, quoted ? `put the value in quotes: ${name}: "${String(value)}"` : undefined);
      return undefined;
    }
    return value.trim();
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.record[name];
    if (value === undefined || value === null) return fallback;
    if (typeof value !== "boolean") {
      this.report("wrong-type", [name], "true or false", value);
      return fallback;
    }
    return value;
  }

  /** A list of strings; numbers are accepted as text (a tag may be "2025"). */
  stringList(name: string, what: string): string[] {
    const value = this.record[name];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      const hint = typeof value === "string" ? `write a list: ${name}: [${value}]` : undefined;
      this.report("wrong-type", [name], `a list of ${what}`, value, hint);
      return [];
    }
    const items: string[] = [];
    value.forEach((item, i) => {
      if (typeof item === "string" && item.trim() !== "") items.push(item.trim());
      else if (typeof item === "number") items.push(String(item));
      else this.report("wrong-type", [name, i], what, item);
    });
    return items;
  }

  list(name: string, what: string): unknown[] {
    const value = this.record[name];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.report("wrong-type", [name], `a list of ${what}`, value);
      return [];
    }
    return value;
  }

  date(name: string, timeZone: string, options: { required?: boolean } = {}): Date | undefined {
    const value = this.record[name];
    const expected = "an ISO 8601 date-time with a UTC offset, e.g. 2025-08-15T10:00:00-08:00";
    if (value === undefined || value === null || value === "") {
      if (options.required) this.report("missing-field", [name], expected, value);
      return undefined;
    }
    if (typeof value !== "string") {
      this.report("invalid-date", [name], expected, value);
      return undefined;
    }
    const result = parseDate(value, timeZone);
    if (!result.ok) {
      this.report("invalid-date", [name], expected, JSON.stringify(value), result.hint);
      return undefined;
    }
    return result.date;
  }

  oneOf<T extends string>(name: string, values: readonly T[], fallback: T): T {
    const value = this.string(name);
    if (value === undefined) return fallback;
    if (!(values as readonly string[]).includes(value)) {
      this.report("invalid-value", [name], `one of ${values.join(", ")}`, JSON.stringify(value));
      return fallback;
    }
    return value as T;
  }
}
