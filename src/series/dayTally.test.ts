import { describe, expect, it } from "vitest";
import { DayTally } from "./dayTally.js";

describe("DayTally", () => {
  it("spills the 32-bit counts into exact doubles before a cell could overflow", () => {
    const tally = new DayTally("Asia/Jakarta", 100, 109);
    const g = tally.group("");
    tally.reserve(3);
    tally.addDay(100, g, "input.0");
    tally.addDay(100, g, "input.1");
    tally.addDay(105, g, "input.2");
    tally.reserve(0xffff_ffff); // would overflow: counts move into the spill
    expect(tally.spill).toBeDefined();
    expect([...tally.counts.subarray(0, 10)]).toEqual(new Array(10).fill(0));
    tally.addDay(100, g, "input.3", 2 ** 40); // weighted adds go to the spill directly
    expect(tally.cell(0)).toBe(2 + 2 ** 40);
    expect(tally.cell(5)).toBe(1);
  });

  it("grows its day range and group capacity, keeping the counts", () => {
    const tally = new DayTally("UTC", undefined, undefined);
    const a = tally.group("a");
    tally.addDay(1000, a, "input.0");
    const b = tally.group("b");
    tally.addDay(5000, b, "input.1");
    tally.addDay(-3000, a, "input.2");
    expect(tally.observedRange()).toEqual({ first: -3000, last: 5000 });
    expect(tally.cell(a * tally.span + 1000 - tally.first)).toBe(1);
    expect(tally.cell(b * tally.span + 5000 - tally.first)).toBe(1);
  });
});
