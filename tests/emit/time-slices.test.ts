// Slices of synchronous work: the pause function lets the event loop run only once a slice is over.
import { describe, expect, it } from "vitest";
import { timeSlices } from "../../src/emit/time-slices.ts";

describe("timeSlices", () => {
  it("timeSlices(60_000)() within the slice → undefined: no turn of the event loop", () => {
    expect(timeSlices(60_000)()).toBeUndefined();
  });

  it("timeSlices(0)() → a promise that resolves only after callbacks already queued have run", async () => {
    const pause = timeSlices(0);
    const order: string[] = [];
    setImmediate(() => order.push("queued callback"));
    const pending = pause();
    expect(pending).toBeInstanceOf(Promise);
    await pending;
    order.push("after the pause");
    expect(order).toEqual(["queued callback", "after the pause"]);
  });
});
