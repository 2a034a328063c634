// Wall-clock time in an IANA time zone, using only Intl (no time-zone database of our own).

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    partFormatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    partFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone's wall time at an instant. Offsets change only at transitions, which fall on quarter
 * hours in every zone in use, so one Intl lookup serves every instant in the same quarter hour:
 * a large archive formats thousands of dates, and Intl's formatToParts is slow.
 */
export function wallTimeIn(date: Date, timeZone: string): WallTime {
  const shifted = new Date(date.getTime() + offsetMinutesAt(date, timeZone) * 60000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

function intlWallTime(date: Date, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of partFormatter(timeZone).formatToParts(date)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** Like Date.UTC, but years 0–99 stay themselves (Date.UTC reads them as 1900–1999). */
export function utcMillis(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

const QUARTER_HOUR = 15 * 60000;
const offsetCache = new Map<string, Map<number, number>>();

/** Minutes to add to UTC to get the zone's wall time at that instant (-240 for EDT). */
export function offsetMinutesAt(date: Date, timeZone: string): number {
  let zone = offsetCache.get(timeZone);
  if (!zone) offsetCache.set(timeZone, (zone = new Map()));
  const bucket = Math.floor(date.getTime() / QUARTER_HOUR);
  let offset = zone.get(bucket);
  if (offset === undefined) zone.set(bucket, (offset = intlOffset(new Date(bucket * QUARTER_HOUR), timeZone)));
  return offset;
}

function intlOffset(date: Date, timeZone: string): number {
  const w = intlWallTime(date, timeZone);
  const asUtc = utcMillis(w.year, w.month, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/**
 * The instant a wall-clock time names in a zone. In a repeated hour the earlier instant wins;
 * in a DST gap the time moves forward by the gap, as clocks do (02:30 → 03:30), so a date-only
 * value in a zone whose clocks skip midnight stays on its own day.
 */
export function instantOf(wall: WallTime, timeZone: string): Date {
  const asUtc = utcMillis(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second);
  let guess = new Date(asUtc - offsetMinutesAt(new Date(asUtc), timeZone) * 60000);
  guess = new Date(asUtc - offsetMinutesAt(guess, timeZone) * 60000);
  const shown = wallTimeIn(guess, timeZone);
  if (utcMillis(shown.year, shown.month, shown.day, shown.hour, shown.minute, shown.second) !== asUtc) {
    // In a gap: read the wall time with the offset in force before the transition.
    const before = offsetMinutesAt(new Date(guess.getTime() - 86_400_000), timeZone);
    return new Date(asUtc - before * 60000);
  }
  return guess;
}

/** ISO 8601 with the zone's offset, e.g. `2025-08-15T18:30:00-04:00`: what feeds and markup want. */
export function isoInZone(date: Date, timeZone: string): string {
  const w = wallTimeIn(date, timeZone);
  const offset = offsetMinutesAt(date, timeZone);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return (
    `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
