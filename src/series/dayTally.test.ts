import { describe, expect, it } from "vitest";
import { thrown } from "../../test/support/errors.js";
import { MAX_DAY, MIN_DAY } from "./dayClock.js";
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

// Day numbers count days since 1970-01-01 (day 0), so day d starts at d * DAY_MS in UTC.
describe("DayTally: bucketed columns (from and to fixed)", () => {
  it("counts straight into the columns given by bucketOf, built once over from..to", () => {
    const seen: number[] = [];
    // Days 100..109 in two buckets of five days: 100-104 -> 0, 105-109 -> 1.
    const tally = new DayTally("UTC", 100, 109, (day) => {
      seen.push(day);
      return Math.floor((day - 100) / 5);
    });
    expect(seen).toEqual([100, 101, 102, 103, 104, 105, 106, 107, 108, 109]);
    expect(tally.bucketed).toBe(true);
    expect([tally.first, tally.span, tally.width]).toEqual([100, 10, 2]);
    const g = tally.group("");
    for (const day of [100, 104, 105, 109, 109]) tally.addDay(day, g, "input");
    // Hand count: bucket 0 holds 100 and 104; bucket 1 holds 105, 109, 109.
    expect([tally.cell(0), tally.cell(1)]).toEqual([2, 3]);
    expect(tally.counts.length).toBe(2);
    // Bucketed, the observed range is from..to whatever was counted.
    expect(tally.observedRange()).toEqual({ first: 100, last: 109 });
  });

  it("is not bucketed without both from and to", () => {
    const bucketOf = (day: number) => day;
    expect(new DayTally("UTC", 100, undefined, bucketOf).bucketed).toBe(false);
    expect(new DayTally("UTC", undefined, 109, bucketOf).bucketed).toBe(false);
    const days = new DayTally("UTC", 100, 109);
    expect([days.bucketed, days.first, days.span, days.width]).toEqual([false, 100, 10, 10]);
  });
});

describe("DayTally: from and to", () => {
  it("counts days before from in before[g] and days after to in after, remembering the first path", () => {
    const tally = new DayTally("UTC", 100, 109);
    const g = tally.group("");
    tally.addDay(99, g, "input.0");
    tally.addDay(100, g, "input.1");
    tally.addDay(109, g, "input.2");
    tally.addDay(110, g, "input.3");
    tally.addDay(200, g, "input.4");
    // Hand count: 99 is before from; 110 and 200 are after to; 100 and 109 are inside.
    expect(tally.before).toEqual([1]);
    expect([tally.after, tally.firstAfterPath]).toEqual([2, "input.3"]);
    expect([tally.cell(0), tally.cell(9)]).toEqual([1, 1]);
  });

  it("with only from, allocates from the first day counted on", () => {
    const tally = new DayTally("UTC", 100, undefined);
    const g = tally.group("");
    tally.addDay(100, g, "input.0");
    expect(tally.observedRange()).toEqual({ first: 100, last: 100 });
    tally.addDay(150, g, "input.1");
    expect(tally.observedRange()).toEqual({ first: 100, last: 150 });
    expect(tally.cell(150 - tally.first)).toBe(1);
  });

  it("places instants in UTC days cheaply far from from/to and by the clock near them", () => {
    const DAY = 86_400_000;
    const tally = new DayTally("UTC", 100, 109);
    const g = tally.group("");
    tally.addInstant(50 * DAY, g, "input.0"); // day 50: before
    tally.addInstant(99 * DAY + 1, g, "input.1"); // day 99: before (by the clock)
    tally.addInstant(100 * DAY + 3_600_000, g, "input.2"); // day 100, 01:00: inside
    tally.addInstant(110 * DAY, g, "input.3"); // day 110: after (by the clock)
    tally.addInstant(300 * DAY, g, "input.4"); // day 300: after
    expect(tally.before).toEqual([2]);
    expect([tally.after, tally.firstAfterPath]).toEqual([2, "input.3"]);
    expect(tally.cell(0)).toBe(1);
  });

  it("counts the extreme JavaScript instants before from and after to instead of failing on them", () => {
    // ±8.64e15 ms are the limits of Date; they lie far outside 0001..9999 but before from / after to.
    const tally = new DayTally("UTC", 100, 109);
    const g = tally.group("");
    tally.addInstant(-8.64e15, g, "input.0");
    tally.addInstant(8.64e15, g, "input.1");
    expect([tally.before, tally.after]).toEqual([[1], 1]);
  });

  it("rejects instants beyond the range of JavaScript dates and days outside 0001-9999", () => {
    const tally = new DayTally("UTC", undefined, undefined);
    const g = tally.group("");
    for (const ms of [8.64e15 + 1, -8.64e15 - 1, Number.NaN]) {
      const e = thrown(() => tally.addInstant(ms, g, "input.7"));
      expect([e.code, e.path]).toEqual(["out_of_range", "input.7"]);
      expect(e.message).toContain("outside the range of JavaScript dates");
    }
    // MIN_DAY is 0001-01-01 and MAX_DAY 9999-12-31 (dayClock.ts); one day beyond fails.
    for (const day of [MIN_DAY - 1, MAX_DAY + 1]) {
      const e = thrown(() => tally.addDay(day, g, "input.8"));
      expect([e.code, e.path]).toEqual(["out_of_range", "input.8"]);
      expect(e.message).toContain("outside the years 0001-9999");
    }
    // The first and last days themselves count (separate tallies keep the allocation small).
    for (const day of [MIN_DAY, MAX_DAY]) {
      const edge = new DayTally("UTC", undefined, undefined);
      edge.addDay(day, edge.group(""), "input.9");
      expect(edge.observedRange()).toEqual({ first: day, last: day });
    }
  });
});

describe("DayTally: growth", () => {
  it("grows to a day just past the allocation and to negative days", () => {
    const tally = new DayTally("UTC", undefined, undefined);
    const g = tally.group("");
    tally.addDay(-3000, g, "input.0");
    const next = tally.first + tally.span; // first day not allocated yet
    tally.addDay(next, g, "input.1");
    expect(tally.observedRange()).toEqual({ first: -3000, last: next });
    expect([tally.cell(-3000 - tally.first), tally.cell(next - tally.first)]).toEqual([1, 1]);
  });

  it("raises the group capacity by half (rounded up) only when a new group does not fit", () => {
    const tally = new DayTally("UTC", 100, 109);
    const capacities: number[] = [];
    for (const label of ["a", "b", "c", "d", "e", "f"]) {
      tally.group(label);
      capacities.push(tally.groupCapacity);
    }
    // 1 -> ceil(1.5) = 2 -> ceil(3) = 3 -> ceil(4.5) = 5 -> 5 -> ceil(7.5) = 8.
    expect(capacities).toEqual([1, 2, 3, 5, 5, 8]);
    expect(tally.group("c")).toBe(2); // known labels keep their index
    tally.addDay(105, 5, "input.0");
    expect(tally.cell(5 * tally.width + 5)).toBe(1);
  });

  it("keeps spilled counts when the groups and the days grow", () => {
    const tally = new DayTally("UTC", undefined, undefined);
    const a = tally.group("a");
    tally.addDay(1000, a, "input.0", 5); // weighted: into the spill
    const b = tally.group("b"); // capacity 1 -> 2: counts and spill copied
    tally.addDay(1000, b, "input.1", 7);
    tally.addDay(1000, b, "input.2");
    tally.addDay(500, a, "input.3"); // grows the days downwards: columns shift
    const at = (g: number, day: number) => tally.cell(g * tally.width + day - tally.first);
    expect([at(a, 1000), at(b, 1000), at(a, 500), at(b, 500)]).toEqual([5, 8, 1, 0]);
  });
});

describe("DayTally: 32-bit budget", () => {
  it("keeps unit adds in the 32-bit counts while the budget of 2^32 - 1 adds lasts", () => {
    const tally = new DayTally("UTC", 100, 109);
    const g = tally.group("");
    tally.addDay(100, g, "input.0"); // 1 unit add used
    tally.addDay(101, g, "input.1"); // 2 used
    tally.reserve(0xffff_ffff - 2); // a batch of 2^32 - 3 announced: exactly 2^32 - 1 used
    expect(tally.spill).toBeUndefined();
    tally.reserve(1); // one more would pass 2^32 - 1: the counts move into the spill
    expect(tally.spill).toBeDefined();
    expect([tally.counts[0], tally.counts[1], tally.cell(0), tally.cell(1)]).toEqual([0, 0, 1, 1]);
  });

  it("sends unit adds to the spill once the reserved budget is used up", () => {
    const tally = new DayTally("UTC", 100, 109);
    const g = tally.group("");
    tally.reserve(0xffff_ffff);
    tally.addDay(102, g, "input.0");
    // No 32-bit cell may pass the budget: this add goes to the exact doubles.
    expect([tally.counts[2], tally.spill?.[2], tally.cell(2)]).toEqual([0, 1, 1]);
  });
});
