import { describe, expect, it } from "vitest";
import { apDate, apDateTime, apTime } from "../../src/format/ap-date.ts";

const at = (iso: string) => new Date(iso);

describe("apDate", () => {
  it.each([
    ["2025-01-06T15:00:00Z", "Jan. 6, 2025"],
    ["2025-02-06T15:00:00Z", "Feb. 6, 2025"],
    ["2025-03-03T15:00:00Z", "March 3, 2025"],
    ["2025-04-06T15:00:00Z", "April 6, 2025"],
    ["2025-05-06T15:00:00Z", "May 6, 2025"],
    ["2025-06-06T15:00:00Z", "June 6, 2025"],
    ["2025-07-06T15:00:00Z", "July 6, 2025"],
    ["2025-08-15T15:00:00Z", "Aug. 15, 2025"],
    ["2025-09-02T15:00:00Z", "Sept. 2, 2025"],
    ["2025-10-06T15:00:00Z", "Oct. 6, 2025"],
    ["2025-11-06T15:00:00Z", "Nov. 6, 2025"],
    ["2025-12-06T15:00:00Z", "Dec. 6, 2025"],
  ])("apDate(%s, America/New_York) === %j", (iso, expected) => {
    expect(apDate(at(iso), "America/New_York")).toBe(expected);
  });

  it.each([
    // 02:30 UTC on Aug. 16 is still Aug. 15 in New York and Anchorage.
    ["2025-08-16T02:30:00Z", "America/New_York", "Aug. 15, 2025"],
    ["2025-08-16T02:30:00Z", "America/Anchorage", "Aug. 15, 2025"],
    ["2025-08-16T02:30:00Z", "UTC", "Aug. 16, 2025"],
    ["2025-12-31T23:30:00Z", "Asia/Kolkata", "Jan. 1, 2026"],
  ])("apDate(%s, %s) === %j", (iso, zone, expected) => {
    expect(apDate(at(iso), zone)).toBe(expected);
  });
});

describe("apTime", () => {
  it.each([
    ["2025-08-15T14:00:00Z", "America/New_York", "10 a.m. EDT"],
    ["2025-08-15T19:30:00Z", "America/New_York", "3:30 p.m. EDT"],
    ["2025-08-15T16:00:00Z", "America/New_York", "noon EDT"],
    ["2025-08-15T04:00:00Z", "America/New_York", "midnight EDT"],
    ["2025-08-15T04:01:00Z", "America/New_York", "12:01 a.m. EDT"],
    ["2025-08-15T16:05:00Z", "America/New_York", "12:05 p.m. EDT"],
    ["2025-08-15T16:00:59Z", "America/New_York", "noon EDT"],
    ["2025-08-15T22:30:00Z", "America/New_York", "6:30 p.m. EDT"],
    ["2025-01-15T22:30:00Z", "America/New_York", "5:30 p.m. EST"],
    ["2025-08-15T18:00:00Z", "America/Anchorage", "10 a.m. AKDT"],
    ["2025-01-15T18:00:00Z", "America/Anchorage", "9 a.m. AKST"],
    ["2025-08-15T20:00:00Z", "America/Anchorage", "noon AKDT"],
    ["2025-08-15T22:30:00Z", "UTC", "10:30 p.m. UTC"],
    ["2025-08-15T00:00:00Z", "UTC", "midnight UTC"],
    ["2025-08-15T12:00:00Z", "UTC", "noon UTC"],
    ["2025-08-15T09:07:00Z", "UTC", "9:07 a.m. UTC"],
  ])("apTime(%s, %s) === %j", (iso, zone, expected) => {
    expect(apTime(at(iso), zone)).toBe(expected);
  });
});

describe("apDateTime", () => {
  it.each([
    ["2025-08-15T22:30:00Z", "America/New_York", "Aug. 15, 2025, 6:30 p.m. EDT"],
    ["2025-08-15T23:40:00Z", "America/New_York", "Aug. 15, 2025, 7:40 p.m. EDT"],
    ["2025-09-02T16:00:00Z", "America/New_York", "Sept. 2, 2025, noon EDT"],
    ["2025-03-03T05:00:00Z", "America/New_York", "March 3, 2025, midnight EST"],
    ["2025-08-15T18:00:00Z", "America/Anchorage", "Aug. 15, 2025, 10 a.m. AKDT"],
    // DST ends: 1:30 a.m. happens twice in New York on Nov. 2, 2025.
    ["2025-11-02T05:30:00Z", "America/New_York", "Nov. 2, 2025, 1:30 a.m. EDT"],
    ["2025-11-02T06:30:00Z", "America/New_York", "Nov. 2, 2025, 1:30 a.m. EST"],
  ])("apDateTime(%s, %s) === %j", (iso, zone, expected) => {
    expect(apDateTime(at(iso), zone)).toBe(expected);
  });
});
