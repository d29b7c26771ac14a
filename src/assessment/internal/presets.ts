import { describeType } from "../../decimal/index.js";
import { fail } from "../../errors/OnboardingTargetsError.js";
import { at, readObject } from "../../read/index.js";
import type { AssessmentStatus, StatusMeasure, StatusPreset, StatusThresholds } from "../types.js";

/** The cut-offs of each preset ([status and presets](../../../docs/methodology.md#status-and-presets)). @internal */
export const PRESET_THRESHOLDS: Readonly<Record<StatusPreset, StatusThresholds>> = {
  default: { onTrack: 0.95, needsAcceleration: 0.6, offTrack: 0 },
  "open-sdg": { onTrack: 0.95, needsAcceleration: 0.6, offTrack: 0 },
  unsd: { onTrack: 0.95, needsAcceleration: 0.1, offTrack: 0.1 },
  destatis: { onTrack: 0.05, needsAcceleration: 0.2, offTrack: null },
  evm: { onTrack: 0.95, needsAcceleration: 0.8, offTrack: 0 },
  okr: { onTrack: 0.7, needsAcceleration: 0.4, offTrack: 0 },
};

/** The measure each preset reads. @internal */
export const PRESET_MEASURE: Readonly<Record<StatusPreset, StatusMeasure["name"]>> = {
  default: "Q",
  "open-sdg": "R",
  unsd: "Q",
  destatis: "missed",
  evm: "SPI",
  okr: "grade",
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
      return fail("invalid_option", at(path, key), `destatis has no offTrack cut-off (off track is a missed share above needsAcceleration): leave it out or pass null, got ${typeof v === "number" ? String(v) : describeType(v)}`);
    }
    if (typeof v !== "number" || !Number.isFinite(v)) return fail("invalid_number", at(path, key), `expected a finite number, got ${typeof v === "number" ? String(v) : describeType(v)}`);
    return v;
  };
  const t = { onTrack: num("onTrack", base.onTrack) as number, needsAcceleration: num("needsAcceleration", base.needsAcceleration) as number, offTrack: num("offTrack", base.offTrack) };
  if (preset === "destatis") {
    if (!(t.onTrack <= t.needsAcceleration)) fail("out_of_range", path, `destatis cut-offs must satisfy onTrack ≤ needsAcceleration, got ${t.onTrack} and ${t.needsAcceleration}`);
    return { ...t, offTrack: null };
  }
  if (t.offTrack === null || !(t.onTrack >= t.needsAcceleration && t.needsAcceleration >= t.offTrack)) {
    fail("out_of_range", path, `cut-offs must satisfy onTrack ≥ needsAcceleration ≥ offTrack, got ${t.onTrack}, ${t.needsAcceleration}, ${String(t.offTrack)}`);
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
