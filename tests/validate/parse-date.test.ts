import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/validate/parse-date.ts";

/** The instant as UTC ISO, or the failure hint, so each case pins one exact value. */
function read(value: string, timeZone: string): string {
  const result = parseDate(value, timeZone);
  return result.ok ? result.date.toISOString() : `error: ${result.hint ?? "(no hint)"}`;
}

describe("parseDate with an offset", () => {
  it.each([
    ["2025-08-15T10:00:00-08:00", "2025-08-15T18:00:00.000Z"],
    ["2025-08-15T19:40:00-04:00", "2025-08-15T23:40:00.000Z"],
    ["2025-08-15T10:00:00+05:30", "2025-08-15T04:30:00.000Z"],
    ["2025-08-15T10:00:00+0530", "2025-08-15T04:30:00.000Z"],
    ["2025-08-15T10:00:00+14:00", "2025-08-14T20:00:00.000Z"],
    ["2025-08-15T10:00:00+00:00", "2025-08-15T10:00:00.000Z"],
    ["2025-08-15T10:00:00-00:00", "2025-08-15T10:00:00.000Z"],
    ["2025-08-15T10:00:00Z", "2025-08-15T10:00:00.000Z"],
    ["2025-08-15t10:00z", "2025-08-15T10:00:00.000Z"],
    ["2025-08-15 10:00Z", "2025-08-15T10:00:00.000Z"],
    ["2025-08-15T10:00:00.123456-04:00", "2025-08-15T14:00:00.000Z"],
    ["  2025-08-15T10:00:00Z  ", "2025-08-15T10:00:00.000Z"],
    ["2025-12-31T23:30:00-05:00", "2026-01-01T04:30:00.000Z"],
    ["2024-02-29T12:00:00Z", "2024-02-29T12:00:00.000Z"],
    ["0025-08-15T10:00:00Z", "0025-08-15T10:00:00.000Z"],
  ])("parseDate(%j, any zone) === %s", (value, iso) => {
    // With an offset the site's time zone must not matter.
    expect(read(value, "America/Anchorage")).toBe(iso);
    expect(read(value, "Asia/Kolkata")).toBe(iso);
  });
});

describe("parseDate date only, midnight in the site's zone", () => {
  it.each([
    ["2025-08-15", "UTC", "2025-08-15T00:00:00.000Z"],
    ["2025-08-15", "America/New_York", "2025-08-15T04:00:00.000Z"],
    ["2025-01-15", "America/New_York", "2025-01-15T05:00:00.000Z"],
    ["2025-08-15", "America/Anchorage", "2025-08-15T08:00:00.000Z"],
    ["2025-01-15", "America/Anchorage", "2025-01-15T09:00:00.000Z"],
    ["2025-08-15", "Asia/Kolkata", "2025-08-14T18:30:00.000Z"],
    // DST change days: midnight is before the 2 a.m. switch, so the day's own offset at 00:00 applies.
    ["2025-03-09", "America/New_York", "2025-03-09T05:00:00.000Z"],
    ["2025-03-10", "America/New_York", "2025-03-10T04:00:00.000Z"],
    ["2025-11-02", "America/New_York", "2025-11-02T04:00:00.000Z"],
    ["2025-11-03", "America/New_York", "2025-11-03T05:00:00.000Z"],
    ["2025-03-30", "Europe/London", "2025-03-30T00:00:00.000Z"],
    // Santiago's clocks skip from 00:00 to 01:00: the date stays Sept. 7 (01:00 -03:00).
    ["2025-09-07", "America/Santiago", "2025-09-07T04:00:00.000Z"],
    ["2024-02-29", "UTC", "2024-02-29T00:00:00.000Z"],
    ["2000-02-29", "UTC", "2000-02-29T00:00:00.000Z"],
    ["0099-12-31", "UTC", "0099-12-31T00:00:00.000Z"],
  ])("parseDate(%j, %j) === %s", (value, zone, iso) => {
    expect(read(value, zone)).toBe(iso);
  });
});

describe("parseDate rejections", () => {
  it.each([
    ["2025-02-30", "error: February 2025 has 28 days"],
    ["2025-02-29", "error: February 2025 has 28 days"],
    ["1900-02-29", "error: February 1900 has 28 days"],
    ["2024-02-30", "error: February 2024 has 29 days"],
    ["2025-04-31", "error: April 2025 has 30 days"],
    ["2025-06-00", "error: June 2025 has 30 days"],
    ["2025-02-30T10:00:00Z", "error: February 2025 has 28 days"],
    ["2025-13-01", "error: there is no month 13"],
    ["2025-00-10", "error: there is no month 0"],
    ["2025-08-15T10:00:00", "error: add the UTC offset (e.g. -04:00) so the time is not ambiguous, or give the date alone"],
    ["2025-08-15T10:00", "error: add the UTC offset (e.g. -04:00) so the time is not ambiguous, or give the date alone"],
    ["2025-08-15 10:00:00", "error: add the UTC offset (e.g. -04:00) so the time is not ambiguous, or give the date alone"],
    ["2025-08-15T24:00:00Z", "error: the time of day is out of range"],
    ["2025-08-15T10:60:00Z", "error: the time of day is out of range"],
    ["2025-08-15T10:00:60Z", "error: the time of day is out of range"],
    ["2025-08-15T10:00:00+15:00", "error: +15:00 is not a UTC offset"],
    ["2025-08-15T10:00:00-04:60", "error: -04:60 is not a UTC offset"],
    ["last friday", "error: (no hint)"],
    ["", "error: (no hint)"],
    ["Aug. 15, 2025", "error: (no hint)"],
    ["15/08/2025", "error: (no hint)"],
    ["2025-8-15", "error: (no hint)"],
    ["2025-08-15T10:00:00 EDT", "error: (no hint)"],
    ["2025-08-15T10:00:00-4:00", "error: (no hint)"],
  ])("parseDate(%j) → %s", (value, outcome) => {
    expect(read(value, "America/New_York")).toBe(outcome);
  });
});
