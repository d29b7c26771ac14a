import { describeType } from "../../decimal/index.js";
import { fail } from "../../errors/core.js";
import { at, readFiniteNumber, readObject } from "../../read/index.js";
import type { MeasureReason } from "../../vocabulary/index.js";
import type { Target } from "../../model/index.js";
import { type CalendarDate, monthPositionNumber } from "../../periods/core.js";
import type { Pace } from "../../progress/core.js";
import type { Projection, ProjectionMethod } from "../../projection/types.js";
import type { AssessmentStatus, StatusMeasure, StatusPreset, StatusThresholds } from "../types.js";

/** The cut-offs of each preset ([status and presets](../../../docs/methodology.md#status-and-presets)). @internal */
export const PRESET_THRESHOLDS: Readonly<Record<StatusPreset, StatusThresholds>> = {
  default: { onTrack: 0.95, needsAcceleration: 0.6, offTrack: 0 },
  "open-sdg": { onTrack: 0.95, needsAcceleration: 0.6, offTrack: 0 },
  unsd: { onTrack: 0.95, needsAcceleration: 0.1, offTrack: 0.1 },
  destatis: { onTrack: 0.05, needsAcceleration: 0.2, offTrack: null },
  evm: { onTrack: 0.95, needsAcceleration: 0.8, offTrack: 0 },
  okr: { onTrack: 0.7, needsAcceleration: 0.4, offTrack: 0 },
  chance: { onTrack: 0.5, needsAcceleration: 0.2, offTrack: 0 },
};

/** The measure each preset reads. @internal */
export const PRESET_MEASURE: Readonly<Record<StatusPreset, StatusMeasure["name"]>> = {
  default: "Q",
  "open-sdg": "R",
  unsd: "Q",
  destatis: "missed",
  evm: "SPI",
  okr: "grade",
  chance: "P",
};

/**
 * Merges overrides into a preset's cut-offs, checking they are finite and ordered. @internal
 */
export function readThresholds(preset: StatusPreset, overrides: unknown, path: string): StatusThresholds {
  const base = PRESET_THRESHOLDS[preset];
  if (overrides === undefined) return base;
  const o = readObject(overrides, path, ["onTrack", "needsAcceleration", "offTrack"]);
  const num = (key: "onTrack" | "needsAcceleration" | "offTrack", fallback: number | null): number | null => {
    const v = o[key];
    if (v === undefined) return fallback;
    if (preset === "destatis" && key === "offTrack") {
      // destatis has no off-track cut-off: a number here would be ignored, so it is refused.
      if (v === null) return null;
      return fail(
        "invalid_option",
        at(path, key),
        `destatis has no offTrack cut-off (off track is a missed share above needsAcceleration): leave it out or pass null, got ${typeof v === "number" ? String(v) : describeType(v)}`,
      );
    }
    return readFiniteNumber(v, at(path, key));
  };
  const t = {
    onTrack: num("onTrack", base.onTrack) as number,
    needsAcceleration: num("needsAcceleration", base.needsAcceleration) as number,
    offTrack: num("offTrack", base.offTrack),
  };
  if (preset === "destatis") {
    if (!(t.onTrack <= t.needsAcceleration))
      fail(
        "out_of_range",
        path,
        `destatis cut-offs must satisfy onTrack ≤ needsAcceleration, got ${t.onTrack} and ${t.needsAcceleration}`,
      );
    return { ...t, offTrack: null };
  }
  if (t.offTrack === null || !(t.onTrack >= t.needsAcceleration && t.needsAcceleration >= t.offTrack)) {
    fail(
      "out_of_range",
      path,
      `cut-offs must satisfy onTrack ≥ needsAcceleration ≥ offTrack, got ${t.onTrack}, ${t.needsAcceleration}, ${String(t.offTrack)}`,
    );
  }
  return t;
}

/**
 * The status of a "higher is better" measure: lower edges inclusive. @internal
 */
export function classify(value: number, t: StatusThresholds): AssessmentStatus {
  if (value >= t.onTrack) return "on-track";
  if (value >= t.needsAcceleration) return "needs-acceleration";
  if (value >= (t.offTrack ?? -Infinity)) return "off-track";
  return "regressing";
}

/**
 * The destatis status from the share of the remaining gap the trend misses (lower is better) and
 * whether the trend points the right way. @internal
 */
export function classifyMissed(missed: number, rightDirection: boolean, t: StatusThresholds): AssessmentStatus {
  if (!rightDirection) return "regressing";
  if (missed < t.onTrack) return "on-track";
  if (missed <= t.needsAcceleration) return "needs-acceleration";
  return "off-track";
}

/** A measure that could not be computed: a kebab-case identifier and the human detail. @internal */
export interface NoMeasure<R extends MeasureReason = MeasureReason> {
  readonly reason: R;
  readonly message: string;
}

/** What a preset's measure reads: the measures already computed, and the projection to the goal. @internal */
export interface MeasureInputs {
  readonly target: Target;
  /** The latest point on or before asOf, with its month-axis position. */
  readonly current: { readonly date: CalendarDate; readonly value: number; readonly position: number };
  readonly pace: Pace;
  /** The projection of the assessment's method, or why there is none. */
  readonly fitted: Projection | NoMeasure;
  /** Fits another method on the same path (unsd reads a cagr). */
  readonly project: (method: ProjectionMethod) => Projection | NoMeasure;
  /** Progress from baseline to goal of a projected value, as a float. */
  readonly progressAt: (value: number) => number;
}

/** A preset's measure: its value (and, for destatis, whether the trend heads the right way), or why not. @internal */
export type MeasureOutcome = { readonly value: number; readonly rightDirection?: boolean } | NoMeasure;

/** One status preset as a row: how its measure is computed and how a value is classified. @internal */
export interface PresetRow {
  readonly measure: (m: MeasureInputs) => MeasureOutcome;
  readonly classify: (value: number, rightDirection: boolean, t: StatusThresholds) => AssessmentStatus;
}

/** A projection that could not be fitted (a Projection carries `valueAt`). @internal */
export const isNone = (x: Projection | NoMeasure): x is NoMeasure => !("valueAt" in x);

/** Q: projected progress from baseline to goal at the goal date, on the assessment's method. */
const projectedProgress = (m: MeasureInputs): MeasureOutcome =>
  isNone(m.fitted) ? m.fitted : { value: m.progressAt(m.fitted.valueAt(m.target.goal.date).value) };

/** R: the actual compound growth rate since the baseline over the required one (Open SDG). */
function growthRatio(m: MeasureInputs): MeasureOutcome {
  const { baseline, goal, direction } = m.target;
  const pb = monthPositionNumber(baseline.date, "target.baseline.date");
  const yearsActual = (m.current.position - pb) / 12;
  const yearsTotal = (monthPositionNumber(goal.date, "target.goal.date") - pb) / 12;
  if (!(baseline.value > 0) || !(m.current.value > 0))
    return {
      reason: "non-positive-value",
      message: "the Open SDG growth rates need positive baseline and current values",
    };
  if (!(yearsActual > 0)) return { reason: "no-time-elapsed", message: "no time has passed since the baseline" };
  if (goal.value === baseline.value)
    return { reason: "baseline-equals-goal", message: "the goal equals the baseline: no required growth rate" };
  const actualRate = Math.pow(m.current.value / baseline.value, 1 / yearsActual) - 1;
  const requiredRate = Math.pow(goal.value / baseline.value, 1 / yearsTotal) - 1;
  return { value: ((direction === "increase" ? 1 : -1) * actualRate) / Math.abs(requiredRate) };
}

/** The share of the remaining gap the projection misses at the goal date, and the trend's direction (Destatis). */
function missedShare(m: MeasureInputs): MeasureOutcome {
  if (isNone(m.fitted)) return m.fitted;
  const goal = m.target.goal.value;
  const gap = goal - m.current.value;
  const projected = m.fitted.valueAt(m.target.goal.date).value;
  const trend = projected - m.fitted.valueAt(m.current.date).value;
  return {
    value: gap === 0 ? 0 : (goal - projected) / gap,
    rightDirection: trend * (m.target.direction === "increase" ? 1 : -1) >= 0,
  };
}

/**
 * P: the probability, from the projection's predictive distribution, that the value at the end of
 * the goal date is at or beyond the goal, and whether the projected path heads toward it.
 */
function chanceOnTime(m: MeasureInputs): MeasureOutcome {
  if (isNone(m.fitted)) return m.fitted;
  const { goal, direction } = m.target;
  const reaching = m.fitted.probabilityReaching(goal.value, goal.date);
  if (reaching.probability === null)
    return {
      reason: "no-interval",
      message: "the projection has no interval, so it gives no chance of arriving on time",
    };
  const trend = m.fitted.valueAt(goal.date).value - m.fitted.valueAt(m.current.date).value;
  return { value: reaching.probability, rightDirection: trend * (direction === "increase" ? 1 : -1) >= 0 };
}

/** The chance status: regressing when the path heads away from the goal, else by the cut-offs. */
const classifyChance = (value: number, rightDirection: boolean, t: StatusThresholds): AssessmentStatus =>
  rightDirection ? classify(value, t) : "regressing";

const byCutOffs = (value: number, _rightDirection: boolean, t: StatusThresholds): AssessmentStatus =>
  classify(value, t);

/**
 * The presets as rows ([status and presets](../../../docs/methodology.md#status-and-presets)):
 * adding a preset adds a row here (and its cut-offs and measure name above).
 * @internal
 */
export const PRESET_ROWS: Readonly<Record<StatusPreset, PresetRow>> = {
  default: { measure: projectedProgress, classify: byCutOffs },
  okr: { measure: projectedProgress, classify: byCutOffs },
  chance: { measure: chanceOnTime, classify: classifyChance },
  unsd: {
    measure: (m) => {
      const cagr = m.project("cagr");
      return isNone(cagr) ? cagr : { value: m.progressAt(cagr.valueAt(m.target.goal.date).value) };
    },
    classify: byCutOffs,
  },
  "open-sdg": { measure: growthRatio, classify: byCutOffs },
  destatis: { measure: missedShare, classify: classifyMissed },
  evm: {
    // SPI is pace's ratio; when it has none, pace's reason (no-plan-yet, baseline-equals-goal) says why.
    measure: (m) =>
      m.pace.ratio === null
        ? {
            reason: m.pace.ratioReason ?? "no-plan-yet",
            message: "the plan has not moved from the baseline yet (no SPI)",
          }
        : { value: m.pace.ratio.toNumber() },
    classify: byCutOffs,
  },
};
