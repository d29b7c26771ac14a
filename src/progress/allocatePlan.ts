import { Decimal } from "../decimal/index.js";
import { readEnum, readObject } from "../read/index.js";
import { readTarget } from "../model/core.js";
import type { Target, TargetInput } from "../model/index.js";
import { monthPosition, monthLabel, monthsIntersecting } from "../periods/core.js";
import { largestRemainder } from "./largestRemainder.js";
import { planAtPosition, planCurve } from "./planCurve.js";

/**
 * Calendar periods an integer plan can be allocated to.
 *
 * @category Progress
 */
export type AllocationPeriod = "month" | "quarter" | "year";

/**
 * Options of {@link allocatePlan}.
 *
 * @category Progress
 */
export interface AllocatePlanOptions {
  /** `month` (labels `YYYY-MM`), `quarter` (`YYYY-Q1`…`YYYY-Q4`) or `year` (`YYYY`). */
  readonly period: AllocationPeriod;
}

/**
 * The planned amount of one calendar period.
 *
 * @category Progress
 */
export interface PlannedPeriod {
  /** `YYYY-MM`, `YYYY-Qn` or `YYYY`. */
  readonly period: string;
  /** Whole units planned in the part of the period that lies inside (baseline date, goal date]. */
  readonly planned: number;
}

const ALLOCATION_PERIODS = ["month", "quarter", "year"] as const satisfies readonly AllocationPeriod[];

/**
 * Splits the plan of a target (`v_T - v_b`) into whole units per calendar period, so the parts sum
 * exactly to `v_T - v_b`
 * ([largest-remainder allocation](../../docs/methodology.md#largest-remainder-allocation)). Each
 * period's exact share is the plan's increase over the part of the period inside (baseline date,
 * goal date] ({@link planToDate} at its ends); the shares are rounded by the largest-remainder
 * (Hamilton) method: every period gets the floor of its share, and the periods with the largest
 * fractional remainders get one more until the total is reached. Ties go to the earlier period, so
 * the result is deterministic. For a `decrease` target the parts are negative (the planned change);
 * milestones that go down and up give mixed signs.
 *
 * Periods are the calendar months (quarters, years) that intersect (baseline date, goal date], in
 * order, including a partial first and last one. Complexity O(p log p) for p periods.
 *
 * @category Progress
 * @param target - the target
 * @param options - `{ period: "month" | "quarter" | "year" }`
 * @returns one `{ period, planned }` per period, in date order
 * @throws {OnboardingTargetsError} target validation errors (path `target…`); `invalid_enum` at
 *   `options.period`; `invalid_weights` when a seasonal profile is 0 in every month of the target
 * @example
 * ```ts
 * import { allocatePlan } from "onboarding-targets";
 * const target = { id: "t", baseline: { date: "2022-12-31", value: 0 }, goal: { date: "2023-12-31", value: 1200 },
 *   phasing: { kind: "monthly-weights", weights: [1, 1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 2] } };
 * allocatePlan(target, { period: "quarter" });
 * //=> [{ "period": "2023-Q1", "planned": 240 }, { "period": "2023-Q2", "planned": 320 }, { "period": "2023-Q3", "planned": 320 }, { "period": "2023-Q4", "planned": 320 }]
 * allocatePlan({ id: "u", baseline: { date: "2023-12-31", value: 0 }, goal: { date: "2024-03-31", value: 100 } }, { period: "month" }).map((p) => p.planned);
 * //=> [34, 33, 33]
 * ```
 */
export function allocatePlan(target: TargetInput | Target, options: AllocatePlanOptions): PlannedPeriod[] {
  const t = readTarget(target, "target");
  const o = readObject(options, "options", ["period"]);
  const period = readEnum(o.period, "options.period", ALLOCATION_PERIODS);
  return allocationOf(t, period);
}

/**
 * The core of {@link allocatePlan}, on a read target and period.
 * @internal
 */
export function allocationOf(t: Target, period: AllocationPeriod): PlannedPeriod[] {
  const curve = planCurve(t);
  const pb = monthPosition(t.baseline.date);
  const pT = monthPosition(t.goal.date);
  const { first, count } = monthsIntersecting(t.baseline.date, t.goal.date);

  // Group month indexes into periods: [label, first month index, last month index + 1].
  const groups: { label: string; from: number; to: number }[] = [];
  for (let i = first; i < first + count; i++) {
    const year = Math.floor(i / 12);
    const label =
      period === "month"
        ? monthLabel(i)
        : period === "quarter"
          ? `${String(year).padStart(4, "0")}-Q${Math.floor((i - 12 * year) / 3) + 1}`
          : String(year).padStart(4, "0");
    const last = groups[groups.length - 1];
    if (last !== undefined && last.label === label) last.to = i + 1;
    else groups.push({ label, from: i, to: i + 1 });
  }
  const at = (p: Decimal) => planAtPosition(curve, Decimal.max(pb, Decimal.min(pT, p)));
  const shares = groups.map((g) => at(new Decimal(g.to)).minus(at(new Decimal(g.from))));
  const total = new Decimal(t.goal.value - t.baseline.value);
  const parts = largestRemainder(shares, total);
  return groups.map((g, k) => ({ period: g.label, planned: parts[k] as number }));
}
