/**
 * THE cumulative path of a metric: baseline and observations (cumulative, increments, or a mix)
 * turned into one sorted cumulative path on
 * [the month axis](../../docs/methodology.md#the-month-axis), with linear interpolation between its
 * points ([the cumulative path](../../docs/methodology.md#the-cumulative-path)). Progress, series,
 * projection, assessment and charts read observations through it, so every part of the library
 * interprets raw data the same way, with the same warnings and errors.
 *
 * ## How observations become a path
 *
 * - Points are the distinct dates of the observations (and of the baseline, when given), in date
 *   order; the input order does not matter.
 * - A `cumulative` observation on date D is the running total at the end of D.
 * - An `increment` observation on date D is the new on-boardings in the period that ends on D
 *   (since the previous point): it adds to the running total. Several increments on one date add up.
 *   Increments before the first cumulative figure (and before the baseline) start from 0.
 * - When a date has a cumulative figure, that figure is the total on that date: increments dated
 *   the same day are taken as already included in it.
 * - The baseline, when given, is a cumulative point (`origin: "baseline"`). A cumulative
 *   observation on the baseline date takes precedence over it (observations are data; the baseline
 *   is the target's declared start); when they differ a `duplicate_date` warning says so.
 * - Two cumulative observations on one date with different values: error `duplicate_date`
 *   (path `<path>.<i>.date` of the second one). Equal values are the same figure reported twice.
 * - A total lower than the previous point's is a decrease. With `correction: true` on a cumulative
 *   observation of that date it is a restatement and passes silently. Otherwise it is reported as a
 *   `decreasing_series` issue at `<path>.<i>.value`: thrown (`onDecrease: "error"`) or returned in
 *   `warnings` (`onDecrease: "warn"`). Either way the value is kept as reported: never silently
 *   "fixed". When the values look like per-period increments passed as totals (see
 *   `incrementsHint`), each such message ends with a hint to pass `kind: "increment"`.
 * - With `asOf`, only points dated on or before it are reported (a decrease or a baseline
 *   disagreement after it could not have been known then); the path itself is unchanged.
 * - With `direction: "decrease"` (a level meant to fall, such as offline-only firms) falling values
 *   are the point, so no decrease is reported; a rise there is a regression for the assessment to
 *   judge, not a data error.
 * - Values are counts, safe integers: a running total of increments beyond 2^53 - 1 is refused
 *   (`out_of_range`), so that `new Decimal(point.value)` is always the exact value.
 *
 * Positions are floats from the month axis's parts (within 1e-11 of the exact position; see
 * `exact.ts` for the exact views). Observations are validated once, here: each by a fast check
 * of a plain, well-formed object, falling back to `readObservation` for the exact error, so that
 * long daily series stay cheap to read. O(n log n) for n
 * observations; already sorted input is one run for the engine's sort, n - 1 comparisons.
 * @internal
 * @module
 */
import { fail, OnboardingTargetsError, type Issue } from "../errors/core.js";
import { readObservation } from "../model/core.js";
import type { DatedValue, ObservationKind } from "../model/index.js";
import { type CalendarDate, monthPositionNumberOf, monthPositionNumber, positionParts } from "../periods/core.js";
import { at, readArray } from "../read/index.js";
import type { Direction, OnDecrease } from "../vocabulary/index.js";
import { incrementsHint } from "./incrementsHint.js";

/** One point of a cumulative path: the cumulative value at the end of `date`. @internal */
export interface PathPoint {
  /** `YYYY-MM-DD`. */
  readonly date: CalendarDate;
  /** Month-axis position of the end of `date`, float ([the month axis](../../docs/methodology.md#the-month-axis)). */
  readonly position: number;
  /** Cumulative value at the end of `date`: a safe integer. */
  readonly value: number;
  /** Whether the point comes from the baseline or from observations. */
  readonly origin: "baseline" | "observation";
}

/** A cumulative path: its points and what was found in the data without stopping it. @internal */
export interface CumulativePath {
  /** Sorted by date, one point per distinct date; empty only without observations and baseline. A new array, the caller's. */
  readonly points: PathPoint[];
  /** Baseline/observation disagreements (`duplicate_date`), then decreases (with `onDecrease: "warn"`). A new array. */
  readonly warnings: Issue[];
}

/** Options of {@link cumulativePath}: already-read values (the callers validate them once). @internal */
export interface CumulativePathOptions {
  /** A starting point (usually the target's baseline), treated as a cumulative value. */
  readonly baseline?: DatedValue | undefined;
  /** Dotted path of the baseline in the caller's input, for issues; default `"baseline"`. */
  readonly baselinePath?: string | undefined;
  /** Dotted path of the observations in the caller's input, for issues; default `"observations"`. */
  readonly path?: string | undefined;
  /** `"increase"`: the path is a running count, a decrease is reported; `"decrease"`: a level meant to fall, nothing reported. */
  readonly direction: Direction;
  /** `"error"`: throw `decreasing_series`; `"warn"`: keep the value and report it in `warnings`. */
  readonly onDecrease: OnDecrease;
  /**
   * Report only what was known by this date: no warning (and no `decreasing_series` error) about a
   * point dated after it. An assessment as of June 2021 does not warn about a fall in 2023.
   */
  readonly asOf?: CalendarDate | undefined;
}

/** One observation as the path reads it: validated, with its index in the caller's input. @internal */
export interface PathEntry {
  readonly date: CalendarDate;
  readonly value: number;
  readonly kind: ObservationKind;
  readonly correction: boolean;
  /** Index in the caller's input: the issues' paths are `<path>.<index>…`. */
  readonly index: number;
  /** Month-axis position of `date`, when the reader already has it. */
  readonly position?: number;
}

const KEYS = new Set(["date", "value", "kind", "source", "note", "correction"]);

const DASH = 45;

/** The number written by the ASCII digits `s[from..to)`, or -1 when one of them is not a digit. */
function digitsOf(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = 10 * n + d;
  }
  return n;
}

/**
 * Reads a plain, well-formed observation without `readObservation` (a fast check of exactly its
 * rules); `null` when in doubt, and the caller falls back to the exact reader and its error.
 */
function fastEntry(o: unknown, index: number): PathEntry | null {
  try {
    if (typeof o !== "object" || o === null || Array.isArray(o)) return null;
    const r = o as Record<string, unknown>;
    // for…in allocates no key array; an inherited enumerable key also sends the entry to the exact reader.
    for (const k in r) if (!KEYS.has(k)) return null;
    const { date, value, kind, source, note, correction } = r;
    if (
      typeof date !== "string" ||
      typeof value !== "number" ||
      !Number.isSafeInteger(value) ||
      value < 0 ||
      Object.is(value, -0)
    )
      return null;
    if (kind !== undefined && kind !== "cumulative" && kind !== "increment") return null;
    if (source !== undefined && (typeof source !== "string" || source.length === 0 || source.length > 1000))
      return null;
    if (note !== undefined && (typeof note !== "string" || note.length === 0 || note.length > 10_000)) return null;
    if (correction !== undefined && typeof correction !== "boolean") return null;
    if (date.length !== 10 || date.charCodeAt(4) !== DASH || date.charCodeAt(7) !== DASH) return null;
    const year = digitsOf(date, 0, 4);
    const month = digitsOf(date, 5, 7);
    const day = digitsOf(date, 8, 10);
    if (year < 1 || month < 1 || month > 12 || day < 1) return null;
    const parts = positionParts(year, month, day);
    if (day > parts.daysInMonth) return null;
    return {
      date,
      value,
      kind: kind ?? "cumulative",
      correction: correction === true,
      index,
      position: monthPositionNumberOf(parts),
    };
  } catch {
    return null;
  }
}

/**
 * Reads the caller's observations (any order) into path entries: the one place observations are
 * validated for a path.
 * @throws {OnboardingTargetsError} `invalid_type` at `path` for a non-array; the errors of `readObservation` at `<path>.<i>…`
 * @internal
 */
export function readPathEntries(observations: unknown, path: string): PathEntry[] {
  const list = readArray(observations, path);
  const entries: PathEntry[] = [];
  for (let i = 0; i < list.length; i++) {
    const fast = fastEntry(list[i], i);
    if (fast !== null) entries.push(fast);
    else {
      const o = readObservation(list[i], at(path, i));
      entries.push({ date: o.date, value: o.value, kind: o.kind, correction: o.correction === true, index: i });
    }
  }
  return entries;
}

/**
 * Builds the cumulative path of baseline + observations (see the module notes for the rules).
 * Validates the observations; the options are already-read values. Never mutates its input.
 *
 * @param observations - the caller's observations, in any order, cumulative or increments
 * @param options - baseline, direction, decrease handling and the input paths for issues
 * @returns the sorted points and any warnings
 * @throws {OnboardingTargetsError} invalid observations; `duplicate_date`; `decreasing_series`
 *   (with `onDecrease: "error"`); `out_of_range` for a running total beyond 2^53 - 1
 * @internal
 */
export function cumulativePath(observations: unknown, options: CumulativePathOptions): CumulativePath {
  return pathOfEntries(readPathEntries(observations, options.path ?? "observations"), options);
}

interface Group {
  date: CalendarDate;
  position: number | undefined;
  cumulative: number;
  cumulativeIndex: number;
  correction: boolean;
  increment: number;
  firstIndex: number;
  baseline: DatedValue | undefined;
}

/**
 * {@link cumulativePath} on observations already read (say, one group of a series): the same
 * rules and the same issues, each naming `<path>.<entry.index>`.
 * @internal
 */
export function pathOfEntries(entries: readonly PathEntry[], options: CumulativePathOptions): CumulativePath {
  // Three steps, each one loop of the library's hottest path (`assess` on a long daily series),
  // without a call per entry or a closure per group: group the entries by date, add the baseline,
  // then walk the dates in order.
  const path = options.path ?? "observations";
  const groups = groupsByDate(entries, path);
  const warnings = options.baseline === undefined ? [] : addBaseline(groups, options.baseline, path, options.asOf);
  // Dates are distinct (they key the groups). Input already in date order is one run for the
  // engine's TimSort: n - 1 comparisons.
  const sorted = [...groups.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  const { points, decreases } = pointsOfGroups(sorted, options, path);
  if (decreases.length > 0 && options.onDecrease === "error") throw new OnboardingTargetsError(decreases);
  return { points, warnings: [...warnings, ...decreases] };
}

/** A date's group before any entry is added to it. */
function newGroup(date: CalendarDate, position: number | undefined, firstIndex: number): Group {
  return {
    date,
    position,
    cumulative: -1,
    cumulativeIndex: -1,
    correction: false,
    increment: 0,
    firstIndex,
    baseline: undefined,
  };
}

/** The entries by date: a date's increments summed, its cumulative figures checked to agree. */
function groupsByDate(entries: readonly PathEntry[], path: string): Map<CalendarDate, Group> {
  const groups = new Map<CalendarDate, Group>();
  for (let k = 0; k < entries.length; k++) {
    const o = entries[k] as PathEntry;
    let g = groups.get(o.date);
    if (g === undefined) groups.set(o.date, (g = newGroup(o.date, o.position, o.index)));
    if (o.kind === "increment") {
      g.increment += o.value;
      continue;
    }
    if (g.cumulative >= 0 && g.cumulative !== o.value) {
      fail(
        "duplicate_date",
        at(at(path, o.index), "date"),
        `${o.date} already has the cumulative value ${g.cumulative} (${at(path, g.cumulativeIndex)}); ${o.value} disagrees with it`,
      );
    }
    g.correction = g.correction || o.correction;
    if (g.cumulative < 0) g.cumulativeIndex = o.index;
    g.cumulative = o.value;
  }
  return groups;
}

/**
 * The baseline joins its date's group; an observation there that differs from it is a warning,
 * when the baseline's date is on or before `asOf` (what was known then).
 */
function addBaseline(
  groups: Map<CalendarDate, Group>,
  baseline: DatedValue,
  path: string,
  asOf: CalendarDate | undefined,
): Issue[] {
  let g = groups.get(baseline.date);
  if (g === undefined) groups.set(baseline.date, (g = newGroup(baseline.date, undefined, -1)));
  g.baseline = baseline;
  if (g.cumulative < 0 || g.cumulative === baseline.value) return [];
  if (asOf !== undefined && baseline.date > asOf) return [];
  return [
    {
      code: "duplicate_date",
      path: at(at(path, g.cumulativeIndex), "value"),
      message: `the observation on the baseline date ${baseline.date} (${g.cumulative}) differs from the baseline value ${baseline.value}; the observation is used`,
    },
  ];
}

/**
 * The points of the sorted groups (a cumulative figure, else the baseline, else the running total
 * plus the date's increments), and the decreases of an increasing path, with the increments hint.
 */
function pointsOfGroups(
  sorted: readonly Group[],
  options: CumulativePathOptions,
  path: string,
): { points: PathPoint[]; decreases: Issue[] } {
  const baselinePath = options.baselinePath ?? "baseline";
  const checkDecrease = options.direction === "increase";
  // A decrease dated after `asOf` was not known then: not warned about.
  const asOf = options.asOf;
  const known = (date: CalendarDate) => asOf === undefined || date <= asOf;
  const points: PathPoint[] = [];
  const decreases: Issue[] = [];
  const falls: number[] = []; // indices in `points` of the decreases, for the increments hint
  let total = 0;
  for (const g of sorted) {
    let value: number;
    let origin: PathPoint["origin"] = "observation";
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
      if (value > Number.MAX_SAFE_INTEGER) {
        fail(
          "out_of_range",
          at(at(path, index), "value"),
          `the running total reaches ${value} on ${g.date}, beyond 2^53 - 1, where counts lose precision`,
        );
      }
    }
    // No "first point" test needed: values are non-negative, so the first point never falls below 0.
    if (checkDecrease && value < total && !correction && known(g.date)) {
      falls.push(points.length);
      decreases.push({
        code: "decreasing_series",
        path: index < 0 ? baselinePath : at(at(path, index), "value"),
        message: `the cumulative value falls from ${total} to ${value} on ${g.date}; mark the observation with correction: true if it restates earlier figures`,
      });
    }
    total = value;
    points.push({ date: g.date, position: g.position ?? monthPositionNumber(g.date), value, origin });
  }
  const hint =
    decreases.length === 0
      ? ""
      : incrementsHint(
          points.map((p) => p.value),
          falls,
        );
  return { points, decreases: hint === "" ? decreases : decreases.map((d) => ({ ...d, message: d.message + hint })) };
}
