import { Decimal } from "../../decimal/index.js";
import { type ErrorReason, OnboardingTargetsError, type Issue, reasonOfCode } from "../../errors/core.js";
import { DEFAULT_WINDOW, type Locale } from "../../vocabulary/index.js";
import type { Target } from "../../model/index.js";
import type { CalendarDate } from "../../periods/core.js";
import { accelerationOf, attainmentOf, paceOf, progressOf, requiredRateOf, runRateOf } from "../../progress/core.js";
import { type PathPoint, pointsAsOf } from "../../path/core.js";
import { projectPath, type ProjectionChoices } from "../../projection/core.js";
import type { DateEstimate, MethodChoice, Projection, ProjectionMethod } from "../../projection/types.js";
import type {
  Assessment,
  AssessmentProjection,
  AssessmentStatus,
  Eta,
  StatusMeasure,
  StatusPreset,
  StatusThresholds,
} from "../types.js";
import { explain } from "./explain.js";
import { withGoalInForce } from "./explainGoal.js";
import { goalInForceOf, targetInForceOf } from "../../model/core.js";
import {
  isNone,
  type MeasureInputs,
  type MeasureOutcome,
  type NoMeasure,
  PRESET_MEASURE,
  PRESET_ROWS,
} from "./presets.js";
import type { ReconcileSettings } from "../../reconcile/core.js";

/** Validated settings of an assessment: its own, and the projection options it passes on. @internal */
export interface AssessSettings extends ProjectionChoices {
  /** How to reconcile the reports first (the target's direction is applied), or `null`. */
  readonly reconcile: Omit<ReconcileSettings, "direction"> | null;
  readonly asOf: CalendarDate;
  readonly method: MethodChoice;
  readonly preset: StatusPreset;
  readonly thresholds: StatusThresholds;
  readonly locale: Locale;
  readonly confidence: number;
}

/** An assessment before its explanation. */
type Unexplained = Omit<Assessment, "explanation" | "summary">;

/**
 * The body of `assess` on a validated target and its cumulative path (`cumulativePath`): `assess` and
 * `assessProgramme` (with rolled-up paths) share it. A pipeline: the points as of `asOf` → the
 * Progress measures → the projection to the goal → the preset's measure and status → eta →
 * explanation. Calls only cores: the target and the path are read once, by the caller.
 * @internal
 */
export function assessPath(
  target: Target,
  all: readonly PathPoint[],
  warnings: readonly Issue[],
  s: AssessSettings,
): Assessment {
  // A revised target is assessed against the goal (and plan) in force at `asOf`.
  if (target.revisions === undefined) return assessInForce(target, all, warnings, s);
  const a = assessInForce(targetInForceOf(target, s.asOf), all, warnings, s);
  return withGoalInForce(a, target, goalInForceOf(target, s.asOf), s.locale);
}

/** `assessPath` against the target's one goal (no revisions, or the one in force). */
function assessInForce(
  t: Target,
  all: readonly PathPoint[],
  warnings: readonly Issue[],
  s: AssessSettings,
): Assessment {
  const points = pointsAsOf(all, s.asOf);
  const last = points.at(-1);
  const measureBase = { preset: s.preset, name: PRESET_MEASURE[s.preset], thresholds: s.thresholds };
  if (last === undefined || !points.some((p) => p.origin === "observation"))
    return explained(t, s, noObservation(t, s, measureBase, warnings));

  const current = { date: last.date, value: last.value };
  const progress = progressOf(t, new Decimal(current.value));
  const required = requiredRateOf(t, current);
  const paceNow = paceOf(t, current);
  const att = t.goal.value > 0 ? attainmentOf(new Decimal(current.value), new Decimal(t.goal.value)) : null;
  // runRateOf reads only the window's two ends (O(log n)) on the path already built.
  const acc = accelerationOf(t, required, runRateOf(points, s.asOf, new Decimal(DEFAULT_WINDOW)), current);

  const project = (method: ProjectionMethod) => projectTo(t, points, warnings, s, method);
  // `auto` backtests the methods on the path built once, at the months from the current
  // observation (the projection's origin) to the goal date.
  const fitted = projectTo(t, points, warnings, s, s.method);
  const progressAt = progressAtOf(t);
  const inputs: MeasureInputs = {
    target: t,
    current: { ...current, position: last.position },
    pace: paceNow,
    fitted,
    project,
    progressAt,
  };
  const { status, measure } = statusOf(
    t,
    s,
    required.state,
    progress.isNegative(),
    PRESET_ROWS[s.preset].measure(inputs),
  );

  return explained(t, s, {
    targetId: t.id,
    asOf: s.asOf,
    status,
    measure: { ...measureBase, ...measure },
    current,
    attainment: att,
    progress,
    planToDate: paceNow.planToDate,
    pace: paceNow,
    required,
    runRate: acc.runRate,
    accelerationNeeded: acc,
    projection: isNone(fitted) ? null : summaryOf(t, fitted, progressAt, required.state),
    projectionReason: isNone(fitted) ? fitted.reason : null,
    projectionMessage: isNone(fitted) ? fitted.message : null,
    eta: etaOf(t, points, status, fitted),
    warnings: isNone(fitted) ? warnings : withProjectionWarnings(warnings, fitted),
  });
}

/** Nothing observed on or before `asOf`: every measure is null. */
function noObservation(
  t: Target,
  s: AssessSettings,
  measureBase: Omit<StatusMeasure, "value" | "reason" | "message">,
  warnings: readonly Issue[],
): Unexplained {
  const none = { reason: "no-observation", message: `no observation on or before ${s.asOf}` } as const;
  return {
    targetId: t.id,
    asOf: s.asOf,
    status: "insufficient-data",
    measure: { ...measureBase, value: null, ...none },
    current: null,
    attainment: null,
    progress: null,
    planToDate: null,
    pace: null,
    required: null,
    runRate: null,
    accelerationNeeded: null,
    projection: null,
    projectionReason: none.reason,
    projectionMessage: none.message,
    eta: { date: null, reason: "insufficient-data", earliest: NO_INTERVAL, latest: NO_INTERVAL },
    warnings,
  };
}

/**
 * The projection of `method` to the goal date on the path, or why it cannot be fitted (the error's
 * code as an identifier, its message). With `auto` the method is chosen by a backtest on the same
 * points at the months from their last (the origin) to `until`, the goal date.
 */
function projectTo(
  t: Target,
  points: readonly PathPoint[],
  warnings: readonly Issue[],
  s: AssessSettings,
  method: MethodChoice,
): Projection | NoMeasure<ErrorReason> {
  try {
    return projectPath(points, warnings, {
      method,
      until: t.goal.date,
      asOf: s.asOf,
      // The assessment reads only valueAt and dateReaching, not the projected points: yearly points
      // are the fewest, and keep a far goal date (10 000 months is only 833 years) projectable.
      period: "year",
      confidence: s.confidence,
      fitOn: s.fitOn,
      window: s.window,
      capacity: s.capacity,
      bass: s.bass,
      damped: s.damped,
    });
  } catch (e) {
    if (e instanceof OnboardingTargetsError) return { reason: reasonOfCode(e.code), message: e.message };
    throw e;
  }
}

/** Progress from baseline to goal of a float value (1 or 0 when the goal equals the baseline; no -0). */
function progressAtOf(t: Target): (v: number) => number {
  const vb = t.baseline.value;
  const vT = t.goal.value;
  const d = t.direction === "increase" ? 1 : -1;
  return (v) => {
    if (vT === vb) return d * (v - vT) >= 0 ? 1 : 0;
    const q = (v - vb) / (vT - vb);
    return q === 0 ? 0 : q;
  };
}

function summaryOf(
  t: Target,
  fitted: Projection,
  progressAt: (v: number) => number,
  state: string,
): AssessmentProjection {
  const atGoal = fitted.valueAt(t.goal.date);
  return {
    method: fitted.method,
    fittedOn: fitted.fittedOn,
    confidence: fitted.confidence,
    valueAtGoal: atGoal.value,
    lower: atGoal.lower,
    upper: atGoal.upper,
    progressAtGoal: progressAt(atGoal.value),
    interval: fitted.interval,
    ...probabilityOnTime(t, fitted, state),
    // Only with `auto`: a named method's assessment has no selection in its JSON.
    ...(fitted.selection === undefined ? {} : { selection: fitted.selection }),
  };
}

/**
 * The chance that the value at the end of the goal date is at or beyond the goal in the target's
 * direction, from the projection's predictive distribution; none once achieved or past the goal
 * date (`state` is `requiredMonthlyRate`'s).
 */
function probabilityOnTime(
  t: Target,
  fitted: Projection,
  state: string,
): Pick<AssessmentProjection, "probabilityOnTime" | "probabilityReason"> {
  if (state === "achieved") return { probabilityOnTime: null, probabilityReason: "achieved" };
  if (state === "overdue") return { probabilityOnTime: null, probabilityReason: "goal-date-passed" };
  const r = fitted.probabilityReaching(t.goal.value, t.goal.date);
  if (r.probability === null)
    return {
      probabilityOnTime: null,
      probabilityReason: r.reason === "before-origin" ? "goal-date-passed" : r.reason,
    };
  // The projection measures toward the goal from the observed value at the origin, which is the
  // target's direction while the goal is not achieved.
  return { probabilityOnTime: r.probability, probabilityReason: null };
}

/** The data's warnings, then the projection's own (its `warnings` repeats the data's it was given). */
function withProjectionWarnings(warnings: readonly Issue[], fitted: Projection): readonly Issue[] {
  const own = fitted.warnings.filter((w) => !warnings.includes(w));
  return own.length === 0 ? warnings : [...warnings, ...own];
}

/**
 * The status, in the documented order: achieved; the goal date passed short of the goal
 * (off-track, or regressing behind the baseline); no measure (insufficient-data); else the
 * preset's classification of its measure.
 */
function statusOf(
  t: Target,
  s: AssessSettings,
  state: string,
  behindBaseline: boolean,
  outcome: MeasureOutcome,
): { status: AssessmentStatus; measure: Pick<StatusMeasure, "value" | "reason" | "message"> } {
  let measured: MeasureOutcome = outcome;
  if ("value" in measured && !Number.isFinite(measured.value)) {
    measured = { reason: "not-finite", message: `the ${PRESET_MEASURE[s.preset]} measure is not finite here` };
  }
  const measure =
    "value" in measured
      ? { value: measured.value, reason: null, message: null }
      : { value: null, reason: measured.reason, message: measured.message };
  if (state === "achieved") return { status: "achieved", measure };
  if (state === "overdue") {
    const passed = `the goal date ${t.goal.date} has passed short of the goal`;
    return {
      status: behindBaseline ? "regressing" : "off-track",
      measure: {
        value: measure.value,
        reason: "goal-date-passed",
        message: measure.message === null ? passed : `${passed}; ${measure.message}`,
      },
    };
  }
  if (!("value" in measured)) return { status: "insufficient-data", measure };
  return {
    status: PRESET_ROWS[s.preset].classify(measured.value, measured.rightDirection ?? true, s.thresholds),
    measure,
  };
}

/** No interval, no date range. */
const NO_INTERVAL: DateEstimate = { date: null, reason: "insufficient-data" };

/** When the goal is (or was first) reached, and the range of dates within the projection's interval. */
function etaOf(t: Target, points: readonly PathPoint[], status: AssessmentStatus, fitted: Projection | NoMeasure): Eta {
  const d = t.direction === "increase" ? 1 : -1;
  if (status === "achieved") {
    const first = points.find((p) => d * (p.value - t.goal.value) >= 0) ?? (points.at(-1) as PathPoint);
    const reached = { date: first.date };
    return { ...reached, earliest: reached, latest: reached };
  }
  if (isNone(fitted)) return { date: null, reason: "insufficient-data", earliest: NO_INTERVAL, latest: NO_INTERVAL };
  return { ...fitted.dateReaching(t.goal.value), ...fitted.dateReachingRange(t.goal.value) };
}

function explained(t: Target, s: AssessSettings, partial: Unexplained): Assessment {
  const explanation = explain(t, partial);
  return { ...partial, explanation, summary: explanation[s.locale].join(" ") };
}
