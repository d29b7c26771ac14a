import { Decimal } from "../../decimal/index.js";
import { OnboardingTargetsError, type Issue } from "../../errors/OnboardingTargetsError.js";
import type { Locale } from "../../vocabulary/index.js";
import type { Target } from "../../model/types.js";
import type { CalendarDate } from "../../periods/calendarDate.js";
import { monthPositionNumber } from "../../periods/monthAxis.js";
import { accelerationOf, attainmentOf, paceOf, progressOf, requiredRateOf, runRateOf } from "../../progress/core.js";
import type { PathPoint } from "../../path/core.js";
import { projectPoints, type ProjectionSettings } from "../../projection/core.js";
import type { Projection, ProjectionMethod } from "../../projection/types.js";
import type { Assessment, AssessmentProjection, AssessmentStatus, Eta, StatusMeasure, StatusPreset, StatusThresholds } from "../types.js";
import { explain } from "./explain.js";
import { classify, classifyMissed, PRESET_MEASURE } from "./presets.js";

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

/**
 * The body of `assess` on a validated target and its cumulative path (`cumulativePath`): `assess` and
 * `assessProgramme` (with rolled-up paths) share it. @internal
 */
export function assessPath(t: Target, all: readonly PathPoint[], warnings: readonly Issue[], s: AssessSettings): Assessment {
  let count = all.length;
  while (count > 0 && (all[count - 1] as PathPoint).date > s.asOf) count--;
  const points = all.slice(0, count);
  const hasObservation = points.some((p) => p.origin === "observation");
  const last = points[count - 1];
  const d = t.direction === "increase" ? 1 : -1;
  const measureBase = { preset: s.preset, name: PRESET_MEASURE[s.preset], thresholds: s.thresholds };

  if (!hasObservation || last === undefined) {
    const measure: StatusMeasure = { ...measureBase, value: null, reason: `no observation on or before ${s.asOf}` };
    const partial = {
      targetId: t.id,
      asOf: s.asOf,
      status: "insufficient-data" as const,
      measure,
      current: null,
      attainment: null,
      progress: null,
      planToDate: null,
      pace: null,
      required: null,
      runRate: null,
      accelerationNeeded: null,
      projection: null,
      projectionReason: measure.reason,
      eta: { date: null, reason: "insufficient-data" } as const,
      warnings,
    };
    const explanation = explain(t, partial);
    return { ...partial, explanation, summary: explanation[s.locale].join(" ") };
  }

  const current = { date: last.date, value: last.value };
  const progress = progressOf(t, new Decimal(current.value));
  const required = requiredRateOf(t, current);
  const paceNow = paceOf(t, current);
  const plan = paceNow.planToDate;
  const att = t.goal.value > 0 ? attainmentOf(new Decimal(current.value), new Decimal(t.goal.value)) : null;
  // runRateOf reads only the window's two ends (O(log n)) on the path already built.
  const acc = accelerationOf(t, required, runRateOf(points, s.asOf, new Decimal(WINDOW)), current);

  // The projection to the goal date.
  const settings = (method: ProjectionMethod): ProjectionSettings => ({
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
  const tryProject = (method: ProjectionMethod): Projection | string => {
    try {
      return projectPoints(points, warnings, settings(method));
    } catch (e) {
      if (e instanceof OnboardingTargetsError) return e.message;
      throw e;
    }
  };
  const vb = t.baseline.value;
  const vT = t.goal.value;
  const progressAt = (v: number): number => {
    if (vT === vb) return d * (v - vT) >= 0 ? 1 : 0;
    const q = (v - vb) / (vT - vb);
    return q === 0 ? 0 : q;
  };
  const fitted = tryProject(s.method);
  let projection: AssessmentProjection | null = null;
  let projectionReason: string | null = null;
  if (typeof fitted === "string") projectionReason = fitted;
  else {
    const atGoal = fitted.valueAt(t.goal.date);
    projection = { method: fitted.method, fittedOn: fitted.fittedOn, confidence: fitted.confidence, valueAtGoal: atGoal.value, lower: atGoal.lower, upper: atGoal.upper, progressAtGoal: progressAt(atGoal.value) };
  }

  // The measure of the preset.
  let value: number | null = null;
  let reason: string | null = null;
  let status: AssessmentStatus;
  let rightDirection = true;
  switch (s.preset) {
    case "default":
    case "okr":
      if (projection === null) reason = projectionReason;
      else value = projection.progressAtGoal;
      break;
    case "unsd": {
      const cagr = tryProject("cagr");
      if (typeof cagr === "string") reason = cagr;
      else value = progressAt(cagr.valueAt(t.goal.date).value);
      break;
    }
    case "open-sdg": {
      const yearsActual = (last.position - monthPositionNumber(t.baseline.date, "target.baseline.date")) / 12;
      const yearsTotal = (monthPositionNumber(t.goal.date, "target.goal.date") - monthPositionNumber(t.baseline.date, "target.baseline.date")) / 12;
      if (!(vb > 0) || !(current.value > 0)) reason = "the Open SDG growth rates need positive baseline and current values";
      else if (!(yearsActual > 0)) reason = "no time has passed since the baseline";
      else if (vT === vb) reason = "the goal equals the baseline: no required growth rate";
      else {
        const actualRate = Math.pow(current.value / vb, 1 / yearsActual) - 1;
        const requiredRate = Math.pow(vT / vb, 1 / yearsTotal) - 1;
        value = (d * actualRate) / Math.abs(requiredRate);
      }
      break;
    }
    case "destatis":
      if (typeof fitted === "string") reason = projectionReason;
      else {
        const gap = vT - current.value;
        const projected = fitted.valueAt(t.goal.date).value;
        const trend = projected - fitted.valueAt(current.date).value;
        rightDirection = trend * d >= 0;
        value = gap === 0 ? 0 : (vT - projected) / gap;
      }
      break;
    case "evm":
      if (paceNow.ratio === null) reason = "the plan has not moved from the baseline yet (no SPI)";
      else value = paceNow.ratio.toNumber();
      break;
  }
  if (value !== null && !Number.isFinite(value)) {
    reason = `the ${PRESET_MEASURE[s.preset]} measure is not finite here`;
    value = null;
  }
  if (required.state === "achieved") status = "achieved";
  else if (required.state === "overdue") {
    status = progress.isNegative() ? "regressing" : "off-track";
    reason = `the goal date ${t.goal.date} has passed short of the goal${reason === null ? "" : `; ${reason}`}`;
  } else if (value === null) status = "insufficient-data";
  else status = s.preset === "destatis" ? classifyMissed(value, rightDirection, s.thresholds) : classify(value, s.thresholds);

  let eta: Eta;
  if (status === "achieved") {
    const first = points.find((p) => d * (p.value - vT) >= 0) ?? last;
    eta = { date: first.date };
  } else if (typeof fitted === "string") eta = { date: null, reason: "insufficient-data" };
  else eta = fitted.dateReaching(vT);

  const partial = {
    targetId: t.id,
    asOf: s.asOf,
    status,
    measure: { ...measureBase, value, reason },
    current,
    attainment: att,
    progress,
    planToDate: plan,
    pace: paceNow,
    required,
    runRate: acc.runRate,
    accelerationNeeded: acc,
    projection,
    projectionReason,
    eta,
    warnings,
  };
  const explanation = explain(t, partial);
  return { ...partial, explanation, summary: explanation[s.locale].join(" ") };
}
