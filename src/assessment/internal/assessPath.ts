import { Decimal } from "../../decimal/index.js";
import { OnboardingTargetsError, type Issue } from "../../errors/OnboardingTargetsError.js";
import type { Locale } from "../../vocabulary/index.js";
import type { Target } from "../../model/types.js";
import type { CalendarDate } from "../../periods/calendarDate.js";
import { accelerationOf, attainmentOf, paceOf, progressOf, requiredRateOf, runRateOf } from "../../progress/core.js";
import type { PathPoint } from "../../path/core.js";
import { projectPoints } from "../../projection/core.js";
import type { Projection, ProjectionMethod } from "../../projection/types.js";
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
import {
  isNone,
  type MeasureInputs,
  type MeasureOutcome,
  type NoMeasure,
  PRESET_MEASURE,
  PRESET_ROWS,
} from "./presets.js";

/** Validated settings of an assessment. @internal */
export interface AssessSettings {
  readonly asOf: CalendarDate;
  readonly method: ProjectionMethod;
  readonly preset: StatusPreset;
  readonly thresholds: StatusThresholds;
  readonly locale: Locale;
  readonly confidence: number;
}

/** Run-rate window of the assessment, months (as `runRate`'s default). */
const WINDOW = 3;

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
  t: Target,
  all: readonly PathPoint[],
  warnings: readonly Issue[],
  s: AssessSettings,
): Assessment {
  const points = asOfPoints(all, s.asOf);
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
  const acc = accelerationOf(t, required, runRateOf(points, s.asOf, new Decimal(WINDOW)), current);

  const project = (method: ProjectionMethod) => projectTo(t, points, warnings, s, method);
  const fitted = project(s.method);
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
    projection: isNone(fitted) ? null : summaryOf(t, fitted, progressAt),
    projectionReason: isNone(fitted) ? fitted.reason : null,
    projectionMessage: isNone(fitted) ? fitted.message : null,
    eta: etaOf(t, points, status, fitted),
    warnings,
  });
}

/** The points on or before `asOf` (the path is sorted by date). */
function asOfPoints(all: readonly PathPoint[], asOf: CalendarDate): readonly PathPoint[] {
  let count = all.length;
  while (count > 0 && (all[count - 1] as PathPoint).date > asOf) count--;
  return count === all.length ? all : all.slice(0, count);
}

/** Nothing observed on or before `asOf`: every measure is null. */
function noObservation(
  t: Target,
  s: AssessSettings,
  measureBase: Omit<StatusMeasure, "value" | "reason" | "message">,
  warnings: readonly Issue[],
): Unexplained {
  const none = { reason: "no-observation", message: `no observation on or before ${s.asOf}` };
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
    eta: { date: null, reason: "insufficient-data" },
    warnings,
  };
}

/** The projection of `method` to the goal date on the path, or why it cannot be fitted (the error's code as an identifier, its message). */
function projectTo(
  t: Target,
  points: readonly PathPoint[],
  warnings: readonly Issue[],
  s: AssessSettings,
  method: ProjectionMethod,
): Projection | NoMeasure {
  try {
    return projectPoints(points, warnings, {
      method,
      until: t.goal.date,
      asOf: s.asOf,
      // The assessment reads only valueAt and dateReaching, not the projected points: yearly points
      // are the fewest, and keep a far goal date (10 000 months is only 833 years) projectable.
      period: "year",
      confidence: s.confidence,
      fitOn: "cumulative",
      window: WINDOW,
      capacity: undefined,
      bass: undefined,
    });
  } catch (e) {
    if (e instanceof OnboardingTargetsError) return { reason: e.code.replaceAll("_", "-"), message: e.message };
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

function summaryOf(t: Target, fitted: Projection, progressAt: (v: number) => number): AssessmentProjection {
  const atGoal = fitted.valueAt(t.goal.date);
  return {
    method: fitted.method,
    fittedOn: fitted.fittedOn,
    confidence: fitted.confidence,
    valueAtGoal: atGoal.value,
    lower: atGoal.lower,
    upper: atGoal.upper,
    progressAtGoal: progressAt(atGoal.value),
  };
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

/** When the goal is (or was first) reached. */
function etaOf(t: Target, points: readonly PathPoint[], status: AssessmentStatus, fitted: Projection | NoMeasure): Eta {
  const d = t.direction === "increase" ? 1 : -1;
  if (status === "achieved") {
    const first = points.find((p) => d * (p.value - t.goal.value) >= 0) ?? (points.at(-1) as PathPoint);
    return { date: first.date };
  }
  return isNone(fitted) ? { date: null, reason: "insufficient-data" } : fitted.dateReaching(t.goal.value);
}

function explained(t: Target, s: AssessSettings, partial: Unexplained): Assessment {
  const explanation = explain(t, partial);
  return { ...partial, explanation, summary: explanation[s.locale].join(" ") };
}
