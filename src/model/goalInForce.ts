import type { CalendarDate } from "../periods/core.js";
import { parseCalendarDate } from "../periods/core.js";
import { readTarget } from "./readTarget.js";
import type { DatedValue, Phasing, Target, TargetInput } from "./types.js";

/**
 * The goal of a target in force on a date, and where it comes from.
 *
 * @category Model
 */
export interface GoalInForce {
  /** The goal in force. */
  readonly goal: DatedValue;
  /** The plan's phasing to it. */
  readonly phasing: Phasing;
  /** When it was announced, `YYYY-MM-DD`; `null` for the target's own goal. */
  readonly announced: CalendarDate | null;
  /** Its index in `revisions`; `null` for the target's own goal. */
  readonly revision: number | null;
  /** The goal it replaced (the one in force just before), or `null` for the target's own goal. */
  readonly replaced: DatedValue | null;
}

/**
 * The goal in force on `date` of a target already read: the last revision announced on or before
 * it, else the target's own goal. @internal
 */
export function goalInForceOf(t: Target, date: CalendarDate): GoalInForce {
  const revisions = t.revisions ?? [];
  let k = -1;
  while (k + 1 < revisions.length && (revisions[k + 1]?.announced as string) <= date) k++;
  if (k < 0) return { goal: t.goal, phasing: t.phasing, announced: null, revision: null, replaced: null };
  const r = revisions[k] as NonNullable<Target["revisions"]>[number];
  return {
    goal: r.goal,
    phasing: r.phasing ?? { kind: "linear" },
    announced: r.announced,
    revision: k,
    replaced: k === 0 ? t.goal : (revisions[k - 1]?.goal as DatedValue),
  };
}

/** The target as it stood on `date`: the goal and phasing in force, no revisions. @internal */
export function targetInForceOf(t: Target, date: CalendarDate): Target {
  if (t.revisions === undefined) return t;
  const { revisions: _revisions, ...rest } = t;
  const g = goalInForceOf(t, date);
  return { ...rest, goal: g.goal, phasing: g.phasing };
}

/**
 * The goal of a target in force on a date ([revised targets](../../docs/methodology.md#revised-targets)):
 * the last revision announced on or before `date` (the end of its announcement day counts), else
 * the target's own goal; with the phasing to it (a revision without one plans a straight line) and
 * the goal it replaced. The baseline stays the target's. Pass `{ ...target, ...goalInForce(target, d) }`
 * without `revisions` (or use `assess`, which does this itself) to measure against it. O(r) for r revisions.
 *
 * @category Model
 * @param target - the target, with its `revisions`
 * @param date - `YYYY-MM-DD`
 * @returns `{ goal, phasing, announced, revision, replaced }`
 * @throws {OnboardingTargetsError} target validation errors (paths `target…`, among them
 *   `invalid_target` at `target.revisions.<i>.announced` for a revision announced before the
 *   baseline and `inconsistent_target` at `target.revisions.<i>.goal.value` for a goal against the
 *   direction); `invalid_date` at `date`
 * @example
 * ```ts
 * import { goalInForce } from "onboarding-targets";
 * const target = {
 *   id: "umkm-digital", baseline: { date: "2020-12-31", value: 11_700_000 }, goal: { date: "2023-12-31", value: 30_000_000 },
 *   revisions: [{ announced: "2022-03-28", goal: { date: "2024-12-31", value: 30_000_000 } }],
 * };
 * goalInForce(target, "2022-03-27");
 * //=> { "goal": { "date": "2023-12-31", "value": 30000000 }, "phasing": { "kind": "linear" }, "announced": null, "revision": null, "replaced": null }
 * goalInForce(target, "2022-03-28").goal;
 * //=> { "date": "2024-12-31", "value": 30000000 }
 * ```
 */
export function goalInForce(target: TargetInput | Target, date: CalendarDate): GoalInForce {
  const t = readTarget(target, "target");
  parseCalendarDate(date, "date");
  return goalInForceOf(t, date);
}
