import { describe, expect, it } from "vitest";
import { accelerationNeeded } from "../progress/accelerationNeeded.js";
import { project } from "../projection/project.js";
import { assess } from "./assess.js";

// Every machine-readable reason in the results of project, assess and accelerationNeeded is a
// kebab-case identifier; words go in messages and explanations.
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Every string value of a key named `reason` or `…Reason`, anywhere in a result (Decimals skipped). */
function reasonsIn(value: unknown, path = "result", found: [string, string][] = []): [string, string][] {
  if (value === null || typeof value !== "object" || "toFixed" in value) return found;
  for (const [k, v] of Object.entries(value)) {
    if ((k === "reason" || k.endsWith("Reason")) && typeof v === "string") found.push([`${path}.${k}`, v]);
    else reasonsIn(v, `${path}.${k}`, found);
  }
  return found;
}

const composite = { id: "c", baseline: { date: "2022-12-31", value: 0 }, goal: { date: "2024-12-31", value: 10_000 } };
const sdg = { id: "sdg", baseline: { date: "2010-12-31", value: 50 }, goal: { date: "2025-12-31", value: 100 } };
const flat = [
  { date: "2023-03-31", value: 100 },
  { date: "2023-06-30", value: 100 },
];

/** 12 month ends of a running count with uneven steps: enough for auto's backtest at 3 months. */
const monthly = [100, 220, 310, 450, 520, 640, 700, 830, 900, 1010, 1150, 1230].map((value, i) => ({
  date: new Date(Date.UTC(2023, i + 1, 0)).toISOString().slice(0, 10),
  value,
}));
const steady = monthly.map((o, i) => ({ date: o.date, value: 100 * (i + 1) }));

const scenarios: [string, () => unknown][] = [
  ["assess: no observation", () => assess(composite, [], { asOf: "2023-10-15" })],
  ["assess: one point only", () => assess(composite, [{ date: "2022-12-31", value: 0 }], { asOf: "2023-01-01" })],
  ["assess: flat path, never at this pace", () => assess(composite, flat, { asOf: "2023-06-30" })],
  [
    "assess: goal date passed, unsd from a zero baseline",
    () => assess(composite, [{ date: "2025-01-31", value: 9000 }], { asOf: "2025-02-01", preset: "unsd" }),
  ],
  [
    "assess: unsd from a zero baseline",
    () => assess(composite, [{ date: "2023-06-30", value: 1000 }], { asOf: "2023-06-30", preset: "unsd" }),
  ],
  ["assess: achieved", () => assess(composite, [{ date: "2023-06-30", value: 10_000 }], { asOf: "2023-06-30" })],
  [
    "assess: evm before the plan moves",
    () => assess(composite, [{ date: "2022-12-31", value: 0 }], { asOf: "2023-01-01", preset: "evm" }),
  ],
  [
    "assess: open-sdg at the baseline date",
    () => assess(sdg, [{ date: "2010-12-31", value: 50 }], { asOf: "2011-01-01", preset: "open-sdg" }),
  ],
  [
    "assess: open-sdg with a current value of 0",
    () => assess(sdg, [{ date: "2015-12-31", value: 0, correction: true }], { asOf: "2016-01-01", preset: "open-sdg" }),
  ],
  [
    "assess: logistic beyond its capacity",
    () =>
      assess(
        composite,
        [
          { date: "2023-03-31", value: 1000 },
          { date: "2023-06-30", value: 2000 },
          { date: "2023-09-30", value: 2500 },
          { date: "2023-12-31", value: 2700 },
        ],
        { asOf: "2023-12-31", method: "logistic" },
      ),
  ],
  [
    "assess: goal date passed, with an interval",
    () =>
      assess(
        composite,
        [
          { date: "2024-06-30", value: 6000 },
          { date: "2024-09-30", value: 8000 },
          { date: "2025-01-31", value: 9000 },
        ],
        { asOf: "2025-02-01" },
      ),
  ],
  [
    "assess: run rate, an interval whose pessimistic end never reaches the goal",
    () =>
      assess(
        composite,
        [
          { date: "2023-03-31", value: 900 },
          { date: "2023-06-30", value: 900 },
          { date: "2023-09-30", value: 1500 },
        ],
        { asOf: "2023-10-15", method: "run-rate", window: 3 },
      ),
  ],
  ["assess: auto, chosen by backtest", () => assess(composite, monthly, { asOf: "2023-12-31", method: "auto" })],
  [
    "assess: auto, too few points for a backtest",
    () => assess(composite, monthly.slice(0, 4), { asOf: "2023-12-31", method: "auto" }),
  ],
  ["assess: auto, the same step every month", () => assess(composite, steady, { asOf: "2023-12-31", method: "auto" })],
  [
    "project: flat line, dateReaching",
    () => project(flat, { method: "linear", until: "2024-12-31" }).dateReaching(1000),
  ],
  [
    "project: a goal past the calendar's end",
    () =>
      project(
        [
          { date: "2023-01-31", value: 0 },
          { date: "2023-02-28", value: 1 },
        ],
        { method: "linear", until: "2024-12-31" },
      ).dateReaching(1e15),
  ],
  ["accelerationNeeded: flat", () => accelerationNeeded(composite, flat, { asOf: "2023-06-30" })],
  [
    "accelerationNeeded: overdue",
    () => accelerationNeeded(composite, [{ date: "2025-01-31", value: 9000 }], { asOf: "2025-02-01" }),
  ],
  [
    "accelerationNeeded: one point",
    () => accelerationNeeded(composite, [{ date: "2023-06-30", value: 10 }], { asOf: "2023-06-30" }),
  ],
];

describe("machine-readable reasons are kebab-case identifiers", () => {
  it.each(scenarios)("%s", (_name, run) => {
    const reasons = reasonsIn(run());
    for (const [path, reason] of reasons)
      expect({ path, reason, kebab: KEBAB.test(reason) }).toEqual({ path, reason, kebab: true });
  });

  it("assess's probabilityReason, eta range and auto's selection reasons are among those found", () => {
    const found = new Map<string, Set<string>>();
    for (const [, run] of scenarios)
      for (const [path, reason] of reasonsIn(run())) {
        const key = path.replace(/^result\./, "");
        found.set(key, (found.get(key) ?? new Set()).add(reason));
      }
    expect([...(found.get("projection.probabilityReason") ?? [])].sort()).toEqual([
      "achieved",
      "goal-date-passed",
      "insufficient-data",
    ]);
    expect(found.get("eta.earliest.reason")).toContain("insufficient-data");
    expect(found.get("eta.latest.reason")).toContain("insufficient-data");
    expect(found.get("eta.latest.reason")).toContain("never-at-this-pace");
    expect([...(found.get("projection.selection.reason") ?? [])].sort()).toEqual([
      "interval-score-stacking",
      "no-naive-error",
      "too-few-points-for-backtest",
    ]);
  });

  it("the table reaches every kind of reason (so the check above has something to check)", () => {
    const all = new Set(scenarios.flatMap(([, run]) => reasonsIn(run()).map(([, r]) => r)));
    for (const r of [
      "no-observation",
      "too-few-points",
      "insufficient-data",
      "never-at-this-pace",
      "goal-date-passed",
      "out-of-range",
      "no-plan-yet",
      "no-time-elapsed",
      "non-positive-value",
      "after-calendar-end",
      "current-value-zero",
      "interval-score-stacking",
      "too-few-points-for-backtest",
      "no-naive-error",
    ]) {
      expect(all).toContain(r);
    }
  });
});
