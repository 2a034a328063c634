// Splits a live article's body at its update headings: `## 14:05 Headline` or `## 2025-08-15T14:05:00-08:00 Headline`.
import type { LiveSource } from "../model.ts";
import { problem, type Problem } from "../problems.ts";
import { instantOf, utcMillis, wallTimeIn } from "../time/zoned.ts";
import { parseDate } from "./parse-date.ts";

const ISO_TIME = String.raw`\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})`;
const CLOCK = String.raw`\d{1,2}:\d{2}`;
/** A level-2 heading opening with a time, then an optional separator and the update's headline. */
const UPDATE_HEADING = new RegExp(String.raw`^##[ \t]+(${ISO_TIME}|${CLOCK})(?=[\s\-–—:|·]|$)[ \t]*(?:[-–—:|·][ \t]*)?(.*?)(?:[ \t]+#+)?[ \t]*$`, "i");
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export interface LiveInput {
  file: string;
  body: string;
  bodyLine: number;
  date: Date;
}

/**
 * A clock time alone (`## 14:05`) is read in the site's time zone on the day the coverage started,
 * or the next day when that would be before the start: coverage that runs past midnight needs no
 * dates. Longer coverage writes full date-times.
 */
export function readLiveUpdates(input: LiveInput, timeZone: string, problems: Problem[]): LiveSource {
  const lines = input.body.split("\n");
  const intro: string[] = [];
  const updates: LiveSource["updates"] = [];
  let current: { at: Date; headline: string; lines: string[]; line: number } | undefined;
  let fence: string | undefined;

  const report = (line: number, expected: string, received: string, hint?: string) =>
    problems.push(problem({ kind: "invalid-date", file: input.file, line, field: "body", expected, received, hint }));

  lines.forEach((text, i) => {
    const line = input.bodyLine + i;
    const fenceMatch = FENCE.exec(text);
    if (fenceMatch) {
      if (fence === undefined) fence = fenceMatch[1]![0]!.repeat(3);
      else if (fenceMatch[1]!.startsWith(fence)) fence = undefined;
    }
    const heading = fence === undefined ? UPDATE_HEADING.exec(text) : null;
    if (!heading) {
      (current ? current.lines : intro).push(text);
      return;
    }
    const written = heading[1]!;
    const at = written.includes("T") || written.includes("t") ? fullTime(written, timeZone) : clockTime(written, input.date, timeZone);
    if (at === undefined) {
      report(line, "an update heading opening with a 24-hour time (## 14:05) or an ISO 8601 date-time with a UTC offset", JSON.stringify(written));
      (current ? current.lines : intro).push(text);
      return;
    }
    if (at < input.date) {
      report(line, "an update time at or after the article's date", JSON.stringify(written), "coverage starts at the article's date; give the update a full date-time if it belongs to another day");
    }
    if (current) updates.push(finish(current));
    current = { at, headline: heading[2] ?? "", lines: [], line };
  });
  if (current) updates.push(finish(current));
  if (updates.length === 0) {
    problems.push(
      problem({
        kind: "live-without-updates",
        file: input.file,
        line: input.bodyLine,
        field: "body",
        expected: "update entries, each opening with a heading such as ## 14:05 Headline",
        received: "no update headings",
        hint: "a live article lists its updates under level-2 headings that start with the time",
      }),
    );
  }
  return { intro: intro.join("\n"), updates };
}

function finish(entry: { at: Date; headline: string; lines: string[]; line: number }): LiveSource["updates"][number] {
  return { at: entry.at, headline: entry.headline, markdown: entry.lines.join("\n").trim() + "\n", line: entry.line };
}

function fullTime(written: string, timeZone: string): Date | undefined {
  const result = parseDate(written, timeZone);
  return result.ok ? result.date : undefined;
}

function clockTime(written: string, start: Date, timeZone: string): Date | undefined {
  const [hour, minute] = written.split(":").map(Number) as [number, number];
  if (hour > 23 || minute > 59) return undefined;
  const day = wallTimeIn(start, timeZone);
  const at = instantOf({ year: day.year, month: day.month, day: day.day, hour, minute, second: 0 }, timeZone);
  // The heading has no seconds: 10:00 still belongs to coverage that started at 10:00:30.
  if (at.getTime() >= start.getTime() - 59_999) return at;
  const next = new Date(utcMillis(day.year, day.month, day.day + 1));
  return instantOf({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour, minute, second: 0 }, timeZone);
}
