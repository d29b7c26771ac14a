/**
 * What other folders use of the reconciliation: read its options once and reconcile observations
 * already read (`assess` and `assessOverTime` reconcile only what was known by their date).
 * @internal
 * @module
 */
import { describeType } from "../decimal/index.js";
import { atPath, fail, type Issue } from "../errors/core.js";
import { readObservations } from "../model/core.js";
import type { Observation } from "../model/types.js";
import type { CalendarDate } from "../periods/core.js";
import { monthPositionNumber } from "../periods/core.js";
import { at, didYouMean, readArray, readBoolean, readEnum, readObject, readString } from "../read/index.js";
import { DIRECTIONS, type Direction } from "../vocabulary/index.js";
import { isotonicFit } from "./internal/isotonic.js";
import { flagOutliers } from "./internal/outliers.js";
import { keptReport } from "./internal/sameDate.js";
import type { Adjustment, Outlier, Reconciliation, ReconcileOptions, SameDateConflict, SameDateRule } from "./types.js";

/** The rules for same-date reports, the default first. @internal */
export const SAME_DATE_RULES = ["median", "latest"] as const satisfies readonly SameDateRule[];
const OUTLIER_CHOICES = ["keep", "drop"] as const;
const KEYS = ["prefer", "sameDate", "monotone", "outliers", "outlierThreshold", "weights", "direction"];

/** Validated options of a reconciliation. @internal */
export interface ReconcileSettings {
  readonly prefer: readonly string[];
  readonly sameDate: SameDateRule;
  readonly monotone: boolean;
  readonly outliers: "keep" | "drop";
  readonly outlierThreshold: number;
  /** Weight by source, scaled so the largest is 1 (so weighted sums of counts stay finite). */
  readonly weights: ReadonlyMap<string, number>;
  /** The weight of a report whose source has none given (1, scaled as the others). */
  readonly defaultWeight: number;
  readonly direction: Direction;
  /** Dotted path of the options, for the errors found against the observations. */
  readonly path: string;
}

function readPositive(value: unknown, path: string): number {
  if (typeof value !== "number" || !Number.isFinite(value))
    fail(
      "invalid_number",
      path,
      `expected a finite number, got ${typeof value === "number" ? String(value) : describeType(value)}`,
    );
  if (!((value as number) > 0)) fail("out_of_range", path, `${value as number} must be greater than 0`);
  return value as number;
}

/**
 * Reads the options of `reconcile` (`undefined` or `true` for every default). Where the direction
 * is the target's (`assess`), pass it: a `direction` key is then refused (`unknown_key`).
 * @throws {OnboardingTargetsError} `invalid_type`, `invalid_enum`, `invalid_number`, `out_of_range`, `unknown_key`, `invalid_option` (a source named twice in `prefer`) at `<path>…`
 * @internal
 */
export function readReconcileOptions(options: unknown, path: string, direction?: Direction): ReconcileSettings {
  const keys = direction === undefined ? KEYS : KEYS.filter((k) => k !== "direction");
  const o = options === undefined || options === true ? {} : readObject(options, path, keys);
  const prefer =
    o.prefer === undefined
      ? []
      : readArray(o.prefer, at(path, "prefer")).map((s, i) => readString(s, at(at(path, "prefer"), i)));
  prefer.forEach((s, i) => {
    if (prefer.indexOf(s) !== i)
      fail(
        "invalid_option",
        at(at(path, "prefer"), i),
        `${JSON.stringify(s)} is already listed at prefer.${prefer.indexOf(s)}`,
      );
  });
  const weights = new Map<string, number>();
  let largest = 1;
  if (o.weights !== undefined) {
    const raw = o.weights;
    // Any source may be named: the keys allowed are the object's own (a bad container fails in readObject).
    const keys = typeof raw === "object" && raw !== null ? atPath(at(path, "weights"), () => Object.keys(raw)) : [];
    const w = readObject(raw, at(path, "weights"), keys);
    for (const key of Object.keys(w)) weights.set(key, readPositive(w[key], at(at(path, "weights"), key)));
    largest = Math.max(1, ...weights.values());
    for (const [key, value] of weights) weights.set(key, value / largest);
  }
  return {
    prefer,
    sameDate: o.sameDate === undefined ? "median" : readEnum(o.sameDate, at(path, "sameDate"), SAME_DATE_RULES),
    monotone: o.monotone === undefined ? true : readBoolean(o.monotone, at(path, "monotone")),
    outliers: o.outliers === undefined ? "keep" : readEnum(o.outliers, at(path, "outliers"), OUTLIER_CHOICES),
    outlierThreshold:
      o.outlierThreshold === undefined ? 3.5 : readPositive(o.outlierThreshold, at(path, "outlierThreshold")),
    weights,
    defaultWeight: 1 / largest,
    direction:
      direction ?? (o.direction === undefined ? "increase" : readEnum(o.direction, at(path, "direction"), DIRECTIONS)),
    path,
  };
}

/** A report on the way through: the read observation, its input index and month-axis position. */
interface Entry {
  readonly index: number;
  readonly date: CalendarDate;
  readonly value: number;
  readonly source: string | null;
  readonly position: number;
  readonly observation: Observation;
}

const report = (e: Entry) => ({ index: e.index, date: e.date, value: e.value, source: e.source });

/**
 * Reconciles observations already read (see `reconcile` for the rules). With `asOf`, only the
 * reports dated on or before it take part (what was known then); `prefer` and `weights` are
 * checked against every report.
 * @throws {OnboardingTargetsError} `invalid_option` at `<options>.prefer.<i>` or `<options>.weights.<source>` for a source no report has; `invalid_enum` at `<path>.<i>.kind` for an increment
 * @internal
 */
export function reconcileObservations(
  observations: readonly Observation[],
  s: ReconcileSettings,
  path: string,
  asOf?: CalendarDate,
): Reconciliation {
  checkSources(observations, s);
  const { kept: onePerDate, conflicts } = oneReportPerDate(entriesByDate(observations, path, asOf), s);
  const { kept, outliers } = judgeOutliers(onePerDate, s);
  const { values, adjustments } = s.monotone
    ? monotone(kept, s)
    : { values: kept.map((e) => e.value), adjustments: [] };
  const warnings = !s.monotone && s.direction === "increase" ? fallsKept(kept, path) : [];
  return {
    observations: kept.map((e, i) =>
      values[i] === e.value ? e.observation : { ...e.observation, value: values[i] as number },
    ),
    conflicts,
    adjustments,
    outliers,
    warnings,
  };
}

/**
 * The `reconcile` option of a function that reads observations (`project`, `backtest`,
 * `burnUpChart`, `assessmentChart`), read and applied in one place: `undefined` or `false` leaves
 * the observations as given (`undefined` is returned); `true` or `reconcile`'s options reconcile
 * the reports dated on or before `asOf` (every report without it). `optionPath` is the option's
 * dotted path (`options.reconcile`), `path` the observations'.
 * @throws {OnboardingTargetsError} the observation errors at `<path>…`; `reconcile`'s option errors at `<optionPath>…`
 * @internal
 */
export function reconcileOption(
  observations: unknown,
  option: unknown,
  optionPath: string,
  path: string,
  direction: Direction,
  asOf: CalendarDate | undefined,
): Reconciliation | undefined {
  if (option === undefined || option === false) return undefined;
  const settings = readReconcileOptions(option, optionPath, direction);
  return reconcileObservations(readObservations(observations, path), settings, path, asOf);
}

/** Every source named in `prefer` or `weights` must be one that some report has. */
function checkSources(observations: readonly Observation[], s: ReconcileSettings): void {
  const sources = [...new Set(observations.flatMap((o) => (o.source === undefined ? [] : [o.source])))];
  const unknown = (source: string, where: string) =>
    fail(
      "invalid_option",
      where,
      `no report has the source ${JSON.stringify(source.slice(0, 40))}${didYouMean(source, sources)}; the sources are ${sources.map((x) => JSON.stringify(x)).join(", ") || "none"}`,
    );
  s.prefer.forEach((p, i) => sources.includes(p) || unknown(p, at(at(s.path, "prefer"), i)));
  for (const key of s.weights.keys()) if (!sources.includes(key)) unknown(key, at(at(s.path, "weights"), key));
}

/** The running totals dated on or before `asOf`, by date; an increment is refused. */
function entriesByDate(
  observations: readonly Observation[],
  path: string,
  asOf: CalendarDate | undefined,
): Map<CalendarDate, Entry[]> {
  const byDate = new Map<CalendarDate, Entry[]>();
  observations.forEach((o, index) => {
    if (o.kind !== "cumulative")
      fail(
        "invalid_enum",
        at(at(path, index), "kind"),
        `reconcile compares running totals: expected "cumulative", got ${JSON.stringify(o.kind)}`,
      );
    if (asOf !== undefined && o.date > asOf) return;
    const e: Entry = {
      index,
      date: o.date,
      value: o.value,
      source: o.source ?? null,
      position: monthPositionNumber(o.date),
      observation: o,
    };
    const list = byDate.get(o.date);
    if (list === undefined) byDate.set(o.date, [e]);
    else list.push(e);
  });
  return byDate;
}

/** 1. One report per date, in date order, with every same-date conflict listed. */
function oneReportPerDate(
  byDate: Map<CalendarDate, Entry[]>,
  s: ReconcileSettings,
): { kept: Entry[]; conflicts: SameDateConflict[] } {
  const conflicts: SameDateConflict[] = [];
  const kept: Entry[] = [];
  for (const date of [...byDate.keys()].sort()) {
    const reports = byDate.get(date) as Entry[];
    if (reports.length === 1) {
      kept.push(reports[0] as Entry);
      continue;
    }
    const chosen = keptReport(reports, s.prefer, s.sameDate);
    conflicts.push({ date, reports: reports.map(report), kept: report(chosen.kept), rule: chosen.rule });
    kept.push(chosen.kept);
  }
  return { kept, conflicts };
}

/** 2. Outliers, judged on the path of kept reports; left out with `outliers: "drop"`. */
function judgeOutliers(kept: Entry[], s: ReconcileSettings): { kept: Entry[]; outliers: Outlier[] } {
  const outliers: Outlier[] = flagOutliers(kept, s.outlierThreshold)
    .map((f) => {
      const e = kept[f.at] as Entry;
      const expected = Math.round(f.expected);
      return { ...report(e), expected, deviation: e.value - expected, score: f.score, dropped: s.outliers === "drop" };
    })
    .sort((a, b) => (a.date < b.date ? -1 : 1));
  if (s.outliers !== "drop") return { kept, outliers };
  const dropped = new Set(outliers.map((o) => o.index));
  return { kept: kept.filter((e) => !dropped.has(e.index)), outliers };
}

/** 3. Monotone: isotonic regression on each run between corrections (a restatement may fall). */
function monotone(kept: readonly Entry[], s: ReconcileSettings): { values: number[]; adjustments: Adjustment[] } {
  const d = s.direction === "increase" ? 1 : -1;
  const values = kept.map((e) => e.value);
  const weight = (e: Entry) => (e.source === null ? s.defaultWeight : (s.weights.get(e.source) ?? s.defaultWeight));
  let start = 0;
  for (let i = 1; i <= kept.length; i++) {
    if (i < kept.length && kept[i]?.observation.correction !== true) continue;
    const run = kept.slice(start, i);
    const fitted = isotonicFit(
      run.map((e) => d * e.value),
      run.map(weight),
    );
    // Rounding half up keeps the order, so the counts stay monotone.
    fitted.forEach((f, k) => (values[start + k] = Math.max(0, d * Math.round(f))));
    start = i;
  }
  const adjustments: Adjustment[] = [];
  kept.forEach((e, i) => {
    const to = values[i] as number;
    if (to !== e.value)
      adjustments.push({ date: e.date, index: e.index, source: e.source, from: e.value, to, amount: to - e.value });
  });
  return { values, adjustments };
}

/** With `monotone: false`, each fall of an increasing path is kept and warned about. */
function fallsKept(kept: readonly Entry[], path: string): Issue[] {
  const warnings: Issue[] = [];
  for (let i = 1; i < kept.length; i++) {
    const e = kept[i] as Entry;
    const before = kept[i - 1] as Entry;
    if (e.value < before.value && e.observation.correction !== true)
      warnings.push({
        code: "decreasing_series",
        path: at(at(path, e.index), "value"),
        message: `the cumulative value falls from ${before.value} (${before.source ?? "no source"}, ${before.date}) to ${e.value} (${e.source ?? "no source"}, ${e.date}); kept as reported (monotone: false)`,
      });
  }
  return warnings;
}

export type { ReconcileOptions };
