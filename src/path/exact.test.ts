import { describe, expect, it } from "vitest";
import { Decimal } from "../decimal/index.js";
import { monthPosition } from "../periods/monthAxis.js";
import { cumulativePath } from "./cumulativePath.js";
import { exactPosition, exactValueAt, lastIndexAtOrBefore } from "./exact.js";

describe("exactValueAt / lastIndexAtOrBefore", () => {
  // The composite example (methodology: the composite example): 0 at month 0 (2022-12-31), 3 000 at
  // month 9 (2023-09-30).
  const { points } = cumulativePath([{ date: "2023-09-30", value: 3000 }], {
    baseline: { date: "2022-12-31", value: 0 },
    direction: "increase",
    onDecrease: "error",
  });
  const base = monthPosition("2022-12-31");

  it.each([
    [0, "0"],
    [6, "2000"], // 3000 * 6/9
    [9, "3000"],
    [4.5, "1500"],
  ])("at month %s the value is %s", (m, v) => {
    expect(exactValueAt(points, base.plus(m))?.toString()).toBe(v);
  });

  it("is null outside the path", () => {
    expect(exactValueAt(points, base.minus(0.1))).toBeNull();
    expect(exactValueAt(points, base.plus(9.1))).toBeNull();
    expect(exactValueAt([], base)).toBeNull();
  });

  it("reads dates", () => {
    expect(exactValueAt(points, monthPosition("2023-06-30"))?.toString()).toBe("2000");
    expect([
      lastIndexAtOrBefore(points, "2022-12-30"),
      lastIndexAtOrBefore(points, "2022-12-31"),
      lastIndexAtOrBefore(points, "9999-12-31"),
    ]).toEqual([-1, 0, 1]);
  });

  it("gives each point its exact position from the month axis (not its float one)", () => {
    // 2024-02-15: 12·2024 + 1 + 15/29, whose float carries rounding in the 12th decimal.
    const [p] = cumulativePath([{ date: "2024-02-15", value: 7 }], {
      direction: "increase",
      onDecrease: "error",
    }).points;
    expect(exactPosition(p!).eq(new Decimal(12 * 2024 + 1).plus(new Decimal(15).div(29)))).toBe(true);
    expect(exactValueAt([p!], exactPosition(p!))?.toString()).toBe("7");
  });

  it("settles the bracket exactly where a float position rounds across it", () => {
    // Three days of February 2023 (28 days): positions 24 277 + d/28. A position one 40th-digit step
    // below the exact end of 2023-02-02 rounds, as a float, onto it; the value still comes from the
    // 02-01 to 02-02 segment: 10 + 10·(1/28 - ε)/(1/28), just below 20.
    const { points: days } = cumulativePath(
      [
        { date: "2023-02-01", value: 10 },
        { date: "2023-02-02", value: 20 },
        { date: "2023-02-03", value: 40 },
      ],
      { direction: "increase", onDecrease: "error" },
    );
    const end2 = monthPosition("2023-02-02");
    const below = end2.minus("1e-30");
    expect(below.toNumber()).toBe(end2.toNumber()); // the float cannot tell them apart
    const v = exactValueAt(days, below)!;
    expect(v.lt(20) && v.gt("19.99999999999999999999999999")).toBe(true);
    expect(exactValueAt(days, end2)?.toString()).toBe("20");
    expect(exactValueAt(days, end2.plus("1e-30"))!.gt(20)).toBe(true);
  });
});
