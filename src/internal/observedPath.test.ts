import { describe, expect, it } from "vitest";
import { thrown } from "../../test/support/errors.js";
import { monthPosition } from "../periods/monthAxis.js";
import { lastPointAtOrBefore, observedPath, valueAtDate, valueAtPosition } from "./observedPath.js";

const values = (r: ReturnType<typeof observedPath>) => r.points.map((p) => [p.date, p.value.toString(), p.origin]);

describe("observedPath", () => {
  it("sorts cumulative observations and adds the baseline as a point", () => {
    const r = observedPath(
      [
        { date: "2023-09-30", value: 3000 },
        { date: "2023-03-31", value: 1000 },
      ],
      { baseline: { date: "2022-12-31", value: 0 } },
    );
    expect(values(r)).toEqual([
      ["2022-12-31", "0", "baseline"],
      ["2023-03-31", "1000", "observation"],
      ["2023-09-30", "3000", "observation"],
    ]);
    expect(r.points[0]?.position.toString()).toBe(String(12 * 2022 + 12));
    expect(r.warnings).toEqual([]);
  });

  it("adds increments to the running total; increments before anything start at 0", () => {
    const r = observedPath([
      { date: "2024-01-31", value: 5, kind: "increment" },
      { date: "2024-02-29", value: 100, kind: "cumulative" },
      { date: "2024-03-31", value: 7, kind: "increment" },
      { date: "2024-03-31", value: 3, kind: "increment" },
    ]);
    expect(values(r)).toEqual([
      ["2024-01-31", "5", "observation"],
      ["2024-02-29", "100", "observation"],
      ["2024-03-31", "110", "observation"], // 100 + 7 + 3
    ]);
  });

  it("a cumulative figure on a date includes that date's increments", () => {
    const r = observedPath([
      { date: "2024-01-31", value: 10 },
      { date: "2024-02-29", value: 5, kind: "increment" },
      { date: "2024-02-29", value: 15 },
    ]);
    expect(values(r).map((v) => v[1])).toEqual(["10", "15"]);
  });

  it("an observation on the baseline date wins, with a warning when they differ", () => {
    const r = observedPath([{ date: "2022-12-31", value: 5 }], { baseline: { date: "2022-12-31", value: 0 } });
    expect(values(r)).toEqual([["2022-12-31", "5", "observation"]]);
    expect(r.warnings.map((w) => [w.code, w.path])).toEqual([["duplicate_date", "observations.0.value"]]);
  });

  it("same cumulative value twice on a date is one figure; different values are duplicate_date", () => {
    expect(values(observedPath([{ date: "2024-01-31", value: 9 }, { date: "2024-01-31", value: 9 }]))).toHaveLength(1);
    const e = thrown(() => observedPath([{ date: "2024-01-31", value: 9 }, { date: "2024-01-31", value: 8 }]));
    expect([e.code, e.path]).toEqual(["duplicate_date", "observations.1.date"]);
  });

  it("reports an unmarked decrease: error by default, warning on request, silent with correction", () => {
    const obs = [
      { date: "2024-01-31", value: 10 },
      { date: "2024-02-29", value: 8 },
    ];
    const e = thrown(() => observedPath(obs));
    expect([e.code, e.path]).toEqual(["decreasing_series", "observations.1.value"]);
    const w = observedPath(obs, { onDecrease: "warn" });
    expect(values(w).map((v) => v[1])).toEqual(["10", "8"]); // kept as reported, not "fixed"
    expect(w.warnings.map((i) => [i.code, i.path])).toEqual([["decreasing_series", "observations.1.value"]]);
    const c = observedPath([obs[0], { ...obs[1], correction: true }]);
    expect(c.warnings).toEqual([]);
    expect(c.points.map((p) => p.value.toNumber())).toEqual([10, 8]);
  });

  it("a level meant to fall (direction: decrease) reports no decrease", () => {
    const r = observedPath([{ date: "2024-01-31", value: 10 }, { date: "2024-02-29", value: 8 }], { direction: "decrease" });
    expect(r.points.map((p) => p.value.toNumber())).toEqual([10, 8]);
    expect(r.warnings).toEqual([]);
  });

  it.each([
    [[], { direction: "down" }, "invalid_enum", "options.direction"],
    [[{ date: "2024-02-30", value: 1 }], {}, "invalid_date", "observations.0.date"],
    [[{ date: "2024-02-01", value: -1 }], {}, "invalid_count", "observations.0.value"],
    ["nope", {}, "invalid_type", "observations"],
    [[], { onDecrease: "ignore" }, "invalid_enum", "options.onDecrease"],
    [[], { baseline: { date: "2024-01-01" } }, "invalid_count", "baseline.value"],
    [[{ date: "2024-02-01", value: 1 }], { path: "obs" }, null, null],
  ] as const)("validates %j %j", (obs, options, code, path) => {
    if (code === null) {
      expect(() => observedPath(obs, options as never)).not.toThrow();
      return;
    }
    const e = thrown(() => observedPath(obs, options as never));
    expect([e.code, e.path]).toEqual([code, path]);
  });

  it("does not mutate its input", () => {
    const obs = Object.freeze([Object.freeze({ date: "2024-01-31", value: 1, kind: "increment" as const })]);
    expect(() => observedPath(obs)).not.toThrow();
  });
});

describe("valueAtPosition / valueAtDate", () => {
  // The composite example (methodology: the composite example): 0 at month 0 (2022-12-31), 3 000 at
  // month 9 (2023-09-30).
  const { points } = observedPath([{ date: "2023-09-30", value: 3000 }], { baseline: { date: "2022-12-31", value: 0 } });
  const base = monthPosition("2022-12-31");

  it.each([
    [0, "0"],
    [6, "2000"], // 3000 * 6/9
    [9, "3000"],
    [4.5, "1500"],
  ])("at month %s the value is %s", (m, v) => {
    expect(valueAtPosition(points, base.plus(m))?.toString()).toBe(v);
  });

  it("is null outside the path", () => {
    expect(valueAtPosition(points, base.minus(0.1))).toBeNull();
    expect(valueAtPosition(points, base.plus(9.1))).toBeNull();
    expect(valueAtPosition([], base)).toBeNull();
  });

  it("reads dates", () => {
    expect(valueAtDate(points, "2023-06-30")?.toString()).toBe("2000");
    expect(lastPointAtOrBefore(points, base.plus(8))?.date).toBe("2022-12-31");
    expect(lastPointAtOrBefore(points, base.minus(1))).toBeUndefined();
  });
});
