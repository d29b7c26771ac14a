/**
 * The observed path of `src/internal/observedPath.ts`, built in floating point for speed.
 *
 * `observedPath` is the reference: exact Decimal positions and values, ~20 ms for 3 650 daily
 * observations (each month position is a 40-digit division). Projections and assessments fit
 * floats anyway, and `assess` has a budget of 5 ms for such a series, so this mirror applies the
 * very same rules (see that module: grouping by date, increments, baseline precedence,
 * `duplicate_date`, `decreasing_series`, `correction`, `direction`) with float positions and integer values,
 * validating each observation with a fast check and falling back to `readObservation` for the
 * exact error. A property test holds it equal to `observedPath` (same dates, values, origins,
 * warnings; positions within 1e-9).
 * @internal
 * @module
 */
import { fail, OnboardingTargetsError, type Issue } from "../../errors/OnboardingTargetsError.js";
import { incrementsHint } from "../../internal/incrementsHint.js";
import { at, readArray } from "../../read/index.js";
import { readObservation } from "../../model/readObservations.js";
import { readDatedValue } from "../../model/readTarget.js";
import type { DatedValue } from "../../model/types.js";
import { type CalendarDate, daysInMonth } from "../../periods/calendarDate.js";

/** A path point, floats. @internal */
export interface FloatPoint {
  readonly date: CalendarDate;
  /** Month-axis position ([the month axis](../../../docs/methodology.md#the-month-axis)), float. */
  readonly position: number;
  /** Cumulative value. */
  readonly value: number;
  readonly origin: "baseline" | "observation";
}

/** Options, as for `observedPath`. @internal */
export interface FloatPathOptions {
  readonly baseline?: DatedValue | undefined;
  readonly onDecrease?: "error" | "warn";
  readonly path?: string;
  readonly baselinePath?: string;
  /** `"increase"` (default): a decrease is reported; `"decrease"`: a level meant to fall, nothing reported. */
  readonly direction?: "increase" | "decrease";
}

interface Group {
  date: CalendarDate;
  position: number;
  cumulative: number;
  cumulativeIndex: number;
  correction: boolean;
  increment: number;
  firstIndex: number;
  baseline: DatedValue | undefined;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const KEYS = new Set(["date", "value", "kind", "source", "note", "correction"]);

interface Fast {
  date: CalendarDate;
  value: number;
  kind: "cumulative" | "increment";
  correction: boolean;
  position: number;
}

/** Fast validation of a plain, well-formed observation; null when in doubt (the caller falls back). */
function fast(o: unknown): Fast | null {
  try {
    if (typeof o !== "object" || o === null || Array.isArray(o)) return null;
    const r = o as Record<string, unknown>;
    for (const k of Object.keys(r)) if (!KEYS.has(k)) return null;
    const { date, value, kind, source, note, correction } = r;
    if (typeof date !== "string" || typeof value !== "number" || !Number.isSafeInteger(value) || value < 0 || Object.is(value, -0)) return null;
    if (kind !== undefined && kind !== "cumulative" && kind !== "increment") return null;
    if (source !== undefined && (typeof source !== "string" || source.length === 0 || source.length > 1000)) return null;
    if (note !== undefined && (typeof note !== "string" || note.length === 0 || note.length > 10_000)) return null;
    if (correction !== undefined && typeof correction !== "boolean") return null;
    const m = DATE_RE.exec(date);
    if (m === null) return null;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (year < 1 || month < 1 || month > 12 || day < 1) return null;
    const dim = daysInMonth(year, month);
    if (day > dim) return null;
    return { date, value, kind: kind ?? "cumulative", correction: correction === true, position: 12 * year + month - 1 + day / dim };
  } catch {
    return null;
  }
}

function positionOf(date: CalendarDate): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return 12 * year + month - 1 + day / daysInMonth(year, month);
}

/**
 * Builds the float path of baseline + observations, by the rules of `observedPath`.
 * @throws {OnboardingTargetsError} as `observedPath`
 * @internal
 */
export function floatPath(observations: unknown, options: FloatPathOptions = {}): { points: FloatPoint[]; warnings: Issue[] } {
  const path = options.path ?? "observations";
  const onDecrease = options.onDecrease ?? "error";
  const checkDecrease = options.direction !== "decrease";
  const list = readArray(observations, path);
  // Validate everything first (as readObservations does), then group.
  const parsed: Fast[] = [];
  for (let i = 0; i < list.length; i++) {
    let o = fast(list[i]);
    if (o === null) {
      const r = readObservation(list[i], at(path, i));
      o = { date: r.date, value: r.value, kind: r.kind, correction: r.correction === true, position: positionOf(r.date) };
    }
    parsed.push(o);
  }

  const baseline = options.baseline === undefined ? undefined : readDatedValue(options.baseline, options.baselinePath ?? "baseline");

  const groups = new Map<CalendarDate, Group>();
  for (let i = 0; i < parsed.length; i++) {
    const o = parsed[i] as Fast;
    let g = groups.get(o.date);
    if (g === undefined) {
      g = { date: o.date, position: o.position, cumulative: -1, cumulativeIndex: -1, correction: false, increment: 0, firstIndex: i, baseline: undefined };
      groups.set(o.date, g);
    }
    if (o.kind === "increment") {
      g.increment += o.value;
      continue;
    }
    if (g.cumulative >= 0 && g.cumulative !== o.value) {
      fail("duplicate_date", at(at(path, i), "date"), `${o.date} already has the cumulative value ${g.cumulative} (${at(path, g.cumulativeIndex)}); ${o.value} disagrees with it`);
    }
    g.correction = g.correction || o.correction;
    if (g.cumulative < 0) g.cumulativeIndex = i;
    g.cumulative = o.value;
  }

  const warnings: Issue[] = [];
  if (baseline !== undefined) {
    let g = groups.get(baseline.date);
    if (g === undefined) {
      g = { date: baseline.date, position: positionOf(baseline.date), cumulative: -1, cumulativeIndex: -1, correction: false, increment: 0, firstIndex: -1, baseline: undefined };
      groups.set(baseline.date, g);
    }
    g.baseline = baseline;
    if (g.cumulative >= 0 && g.cumulative !== baseline.value) {
      warnings.push({
        code: "duplicate_date",
        path: at(at(path, g.cumulativeIndex), "value"),
        message: `the observation on the baseline date ${baseline.date} (${g.cumulative}) differs from the baseline value ${baseline.value}; the observation is used`,
      });
    }
  }

  // Dates are distinct (they key the groups). Input already in date order is one run for the
  // engine's TimSort: n - 1 comparisons.
  const sorted = [...groups.values()].sort((a, b) => (a.date < b.date ? -1 : 1));

  const points: FloatPoint[] = [];
  const decreases: Issue[] = [];
  const falls: number[] = []; // indices in `points` of the decreases, for the increments hint
  let total = 0;
  for (let k = 0; k < sorted.length; k++) {
    const g = sorted[k] as Group;
    let value: number;
    let origin: FloatPoint["origin"] = "observation";
    let correction = false;
    let index = g.firstIndex;
    if (g.cumulative >= 0) {
      value = g.cumulative;
      correction = g.correction;
      index = g.cumulativeIndex;
    } else if (g.baseline !== undefined) {
      value = g.baseline.value;
      origin = "baseline";
    } else {
      value = total + g.increment;
    }
    // No `k > 0` needed: values are non-negative, so the first point never falls below total = 0.
    if (checkDecrease && value < total && !correction) {
      falls.push(points.length);
      decreases.push({
        code: "decreasing_series",
        path: index < 0 ? (options.baselinePath ?? "baseline") : at(at(path, index), "value"),
        message: `the cumulative value falls from ${total} to ${value} on ${g.date}; mark the observation with correction: true if it restates earlier figures`,
      });
    }
    total = value;
    points.push({ date: g.date, position: g.position, value, origin });
  }
  const hint = decreases.length === 0 ? "" : incrementsHint(points.map((p) => p.value), falls);
  const reported = hint === "" ? decreases : decreases.map((d) => ({ ...d, message: d.message + hint }));
  if (reported.length > 0 && onDecrease === "error") throw new OnboardingTargetsError(reported);
  return { points, warnings: [...warnings, ...reported] };
}
