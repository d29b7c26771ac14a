import { describe, expect, it } from "vitest";
import { INCREMENTS_HINT, incrementsHint } from "./incrementsHint.js";

/** The unmarked falls of `values` (every fall, none marked correction). */
const fallsOf = (values: readonly number[]) =>
  values.flatMap((v, i) => (i > 0 && v < (values[i - 1] as number) ? [i] : []));

describe("incrementsHint", () => {
  it.each([
    // (b): a fall that loses more than half of the value before it. The BBI baseline of 11.7 million,
    // then a month's 450 000 new on-boardings read as a total.
    ["a month's new on-boardings after the BBI baseline", [11_700_000, 450_000], true],
    ["a fall to 0", [500, 0], true],
    ["a fall to just below half", [1000, 1100, 549], true],
    ["a fall to exactly half is not below half", [1000, 500], false],
    [
      "a fall below half of an earlier high, but not of the value before it",
      [1000, 1100, 1200, 600, 700, 800, 450],
      false,
    ],
    // (a): at least two falls, at least half of the steps. Monthly increments without a baseline.
    ["increments going up and down", [450, 520, 480, 610, 590], true],
    ["two falls in four steps", [100, 90, 120, 110, 130], true],
    ["two falls in five steps", [100, 90, 120, 110, 130, 140], false],
    // One fall in few steps, and small: a restatement.
    ["one small restatement", [1000, 1100, 1050], false],
    ["one fall, one step", [1000, 900], false],
    // No fall: no warning, no hint.
    ["rising", [1, 2, 3], false],
    ["one value", [5], false],
    ["none", [], false],
  ])("%s: %j -> %s", (_name, values, hinted) => {
    expect(incrementsHint(values, fallsOf(values))).toBe(hinted ? INCREMENTS_HINT : "");
  });

  it("counts only the falls it is given (a fall marked correction: true is not one)", () => {
    // 1000 -> 400 is marked as a restatement: the remaining fall 450 -> 440 is small and single.
    expect(incrementsHint([1000, 400, 450, 440], [3])).toBe("");
    expect(incrementsHint([1000, 400, 450, 440], [1, 3])).toBe(INCREMENTS_HINT);
  });

  it("says what to do", () => {
    expect(INCREMENTS_HINT).toBe(
      '; these values look like increments (new on-boardings per period) rather than running totals: if so, pass kind: "increment" on each observation',
    );
  });
});
