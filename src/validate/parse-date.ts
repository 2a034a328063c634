// Reads frontmatter dates: ISO 8601 with an offset, or a date alone in the site's time zone.
import { instantOf, utcMillis } from "../time/zoned.ts";

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export type DateResult = { ok: true; date: Date } | { ok: false; hint?: string };

export function parseDate(value: string, timeZone: string): DateResult {
  const text = value.trim();
  const full = DATE_TIME.exec(text);
  const dateOnly = full ? undefined : DATE_ONLY.exec(text);
  const match = full ?? dateOnly;
  if (!match) {
    const missingOffset = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$/.test(text);
    return {
      ok: false,
      hint: missingOffset
        ? "add the UTC offset (e.g. -04:00) so the time is not ambiguous, or give the date alone"
        : undefined,
    };
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return { ok: false, hint: `there is no month ${month}` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { ok: false, hint: `${MONTH_NAMES[month - 1]} ${year} has ${days} days` };
  if (!full) return { ok: true, date: instantOf({ year, month, day, hour: 0, minute: 0, second: 0 }, timeZone) };

  const [hour, minute, second] = [Number(full[4]), Number(full[5]), Number(full[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, hint: "the time of day is out of range" };
  const zone = full[7]!.toUpperCase();
  let offset = 0;
  if (zone !== "Z") {
    const digits = zone.replace(":", "");
    const hours = Number(digits.slice(1, 3));
    const minutes = Number(digits.slice(3, 5));
    if (hours > 14 || minutes > 59) return { ok: false, hint: `${zone} is not a UTC offset` };
    offset = (digits[0] === "-" ? -1 : 1) * (hours * 60 + minutes);
  }
  const utc = utcMillis(year, month, day, hour, minute, second) - offset * 60000;
  return { ok: true, date: new Date(utc) };
}

function daysInMonth(year: number, month: number): number {
  return new Date(utcMillis(year, month + 1, 0)).getUTCDate();
}
