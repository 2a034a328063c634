import { describe, expect, it } from "vitest";
import { instantOf, isoInZone, isValidTimeZone, offsetMinutesAt, utcMillis, wallTimeIn, type WallTime } from "../../src/time/zoned.ts";

const at = (iso: string) => new Date(iso);
const wall = (year: number, month: number, day: number, hour: number, minute: number, second = 0): WallTime => ({ year, month, day, hour, minute, second });

describe("isoInZone", () => {
  it.each([
    ["2025-08-15T22:30:00Z", "America/New_York", "2025-08-15T18:30:00-04:00"],
    ["2025-01-15T22:30:00Z", "America/New_York", "2025-01-15T17:30:00-05:00"],
    ["2025-08-15T04:30:00Z", "America/New_York", "2025-08-15T00:30:00-04:00"],
    ["2025-08-15T18:00:00Z", "America/Anchorage", "2025-08-15T10:00:00-08:00"],
    ["2025-01-15T18:00:00Z", "America/Anchorage", "2025-01-15T09:00:00-09:00"],
    ["2025-08-15T22:30:00Z", "UTC", "2025-08-15T22:30:00+00:00"],
    ["2025-08-15T22:30:45.999Z", "UTC", "2025-08-15T22:30:45+00:00"],
    ["2025-08-15T12:00:00Z", "Asia/Kolkata", "2025-08-15T17:30:00+05:30"],
    ["2025-08-15T12:00:00Z", "Asia/Kathmandu", "2025-08-15T17:45:00+05:45"],
    ["2025-12-31T23:30:00Z", "Asia/Kolkata", "2026-01-01T05:00:00+05:30"],
    // Around the spring-forward and fall-back instants in New York.
    ["2025-03-09T06:59:59Z", "America/New_York", "2025-03-09T01:59:59-05:00"],
    ["2025-03-09T07:00:00Z", "America/New_York", "2025-03-09T03:00:00-04:00"],
    ["2025-11-02T05:30:00Z", "America/New_York", "2025-11-02T01:30:00-04:00"],
    ["2025-11-02T06:30:00Z", "America/New_York", "2025-11-02T01:30:00-05:00"],
  ])("isoInZone(%s, %s) === %s", (iso, zone, expected) => {
    expect(isoInZone(at(iso), zone)).toBe(expected);
  });
});

describe("instantOf", () => {
  it.each([
    [wall(2025, 8, 15, 10, 0), "UTC", "2025-08-15T10:00:00.000Z"],
    [wall(2025, 8, 15, 10, 0), "America/Anchorage", "2025-08-15T18:00:00.000Z"],
    [wall(2025, 8, 15, 18, 30), "America/New_York", "2025-08-15T22:30:00.000Z"],
    [wall(2025, 1, 15, 17, 30), "America/New_York", "2025-01-15T22:30:00.000Z"],
    [wall(2025, 3, 9, 1, 59), "America/New_York", "2025-03-09T06:59:00.000Z"],
    [wall(2025, 3, 9, 3, 0), "America/New_York", "2025-03-09T07:00:00.000Z"],
    // 2:30 a.m. does not exist on Mar. 9: clocks jump, so it means 3:30 a.m. EDT.
    [wall(2025, 3, 9, 2, 30), "America/New_York", "2025-03-09T07:30:00.000Z"],
    [wall(2025, 3, 30, 1, 30), "Europe/London", "2025-03-30T01:30:00.000Z"],
    [wall(2025, 10, 5, 2, 15), "Australia/Lord_Howe", "2025-10-04T15:45:00.000Z"],
    // Santiago skips midnight: 00:00 on Sept. 7 becomes 01:00 -03:00, still Sept. 7.
    [wall(2025, 9, 7, 0, 0), "America/Santiago", "2025-09-07T04:00:00.000Z"],
    // 1:30 a.m. happens twice on Nov. 2: the first (EDT) one is meant.
    [wall(2025, 11, 2, 1, 30), "America/New_York", "2025-11-02T05:30:00.000Z"],
    [wall(2025, 11, 2, 0, 30), "America/New_York", "2025-11-02T04:30:00.000Z"],
    [wall(2025, 11, 2, 2, 0), "America/New_York", "2025-11-02T07:00:00.000Z"],
    [wall(25, 8, 15, 10, 0), "UTC", "0025-08-15T10:00:00.000Z"],
  ])("instantOf(%j, %s) === %s", (w, zone, expected) => {
    expect(instantOf(w, zone).toISOString()).toBe(expected);
  });

  it.each([
    [wall(2025, 8, 15, 10, 0), "America/Anchorage"],
    [wall(2025, 1, 15, 23, 59, 59), "America/New_York"],
    [wall(2025, 11, 2, 1, 30), "America/New_York"],
    [wall(2025, 8, 15, 0, 0), "Asia/Kolkata"],
  ])("wallTimeIn(instantOf(%j, %s)) round-trips", (w, zone) => {
    expect(wallTimeIn(instantOf(w, zone), zone)).toEqual(w);
  });
});

describe("wallTimeIn and offsetMinutesAt", () => {
  it('wallTimeIn(2025-08-15T04:00Z, "America/New_York") is midnight, hour 0 not 24', () => {
    expect(wallTimeIn(at("2025-08-15T04:00:00Z"), "America/New_York")).toEqual(wall(2025, 8, 15, 0, 0));
  });

  it.each([
    ["2025-08-15T12:00:00Z", "America/New_York", -240],
    ["2025-01-15T12:00:00Z", "America/New_York", -300],
    ["2025-08-15T12:00:00Z", "America/Anchorage", -480],
    ["2025-08-15T12:00:00Z", "UTC", 0],
    ["2025-08-15T12:00:00.750Z", "Asia/Kolkata", 330],
  ])("offsetMinutesAt(%s, %s) === %i", (iso, zone, minutes) => {
    expect(offsetMinutesAt(at(iso), zone)).toBe(minutes);
  });

  it.each([
    [[2025, 8, 15, 10, 30, 5], "2025-08-15T10:30:05.000Z"],
    [[99, 12, 31, 0, 0, 0], "0099-12-31T00:00:00.000Z"],
    [[2024, 3, 0, 0, 0, 0], "2024-02-29T00:00:00.000Z"],
  ] as [[number, number, number, number, number, number], string][])("utcMillis(%j) is %s", (parts, expected) => {
    expect(new Date(utcMillis(...parts)).toISOString()).toBe(expected);
  });
});

describe("isValidTimeZone", () => {
  it.each([
    ["America/New_York", true],
    ["America/Anchorage", true],
    ["UTC", true],
    ["Europe/Kyiv", true],
    ["Mars/Olympus", false],
    ["", false],
    ["EDT", false],
  ])("isValidTimeZone(%j) === %s", (zone, expected) => {
    expect(isValidTimeZone(zone)).toBe(expected);
  });
});
