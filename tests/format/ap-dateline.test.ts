import { describe, expect, it } from "vitest";
import { apDateline } from "../../src/format/ap-dateline.ts";

describe("apDateline", () => {
  it.each([
    ["Anchorage, Alaska", "ANCHORAGE, Alaska —"],
    ["Washington", "WASHINGTON —"],
    ["KYIV, Ukraine", "KYIV, Ukraine —"],
    ["The Hague, Netherlands", "THE HAGUE, Netherlands —"],
    ["  moscow ,  Russia ", "MOSCOW, Russia —"],
    ["São Paulo, Brazil", "SÃO PAULO, Brazil —"],
    ["Anchorage, Alaska, United States", "ANCHORAGE, Alaska, United States —"],
    ["Brussels,", "BRUSSELS —"],
  ])("apDateline(%j) === %j", (input, expected) => {
    expect(apDateline(input)).toBe(expected);
  });
});
