import { describeType } from "../decimal/index.js";
import { atBoundary, fail } from "../errors/core.js";
import { at, readArray, readObject, readString } from "../read/index.js";
import { dayNumber, parseCalendarDate } from "../periods/core.js";
import { buildSeries, type GroupIncrements } from "./buildSeries.js";
import { parsePeriod, periodKindOfLabel } from "./periodAxis.js";
import type { Period, SeriesPoint } from "./types.js";

/**
 * Options of {@link mergeSeries}.
 *
 * @category Series
 */
export interface MergeSeriesOptions {
  /** First day of the week the partial week series were counted with; default 1 (Monday). */
  readonly weekStartsOn?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
}

const POINT_KEYS = ["group", "period", "start", "end", "increment", "cumulative"];

function readInteger(value: unknown, path: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value))
    fail(
      "invalid_count",
      path,
      `expected a safe integer, got ${typeof value === "number" ? String(value) : describeType(value)}`,
    );
  return value === 0 ? 0 : value;
}

const dayOf = (value: unknown, path: string) => {
  const { year, month, day } = parseCalendarDate(value, path);
  return dayNumber(year, month, day);
};

/**
 * Merges partial series, computed on shards of the same events (files, workers, database
 * partitions), into the series one pass over all events gives. The partial aggregate is the
 * series itself: the output of {@link cumulativeSeries} or {@link fromCounts} with the same
 * `period` (and `weekStartsOn`) and time zone. Increments of the same group and period add up;
 * starting levels add up; periods missing everywhere are filled with zero increments.
 *
 * Exactness: merging the series of any split of the events equals the series of all of them
 * (a fast-check law in the tests). A partial whose starting level is not zero must begin at the
 * merged series' first period, because its earlier events cannot be placed in periods it does
 * not show; otherwise `invalid_option` is thrown rather than a wrong answer given.
 *
 * Complexity O(points + periods × groups).
 *
 * @category Series
 * @param partials - the partial series (each an array of points)
 * @param options - `weekStartsOn` for week series (default Monday)
 * @returns the merged series, in group then period order
 * @throws {OnboardingTargetsError} `invalid_type`, `invalid_count`, `invalid_date` at `partials.<i>.<j>.<field>` for a malformed point or one whose cumulative is not the previous cumulative plus its increment; `invalid_option` for mixed period kinds, grouped with ungrouped points, or a start that cannot be placed; `duplicate_date` for a period given twice in one partial
 * @example
 * ```ts
 * import { cumulativeSeries, mergeSeries } from "onboarding-targets";
 * const a = cumulativeSeries(["2021-01-05", "2021-03-01"], { period: "month" });
 * const b = cumulativeSeries(["2021-02-10"], { period: "month" });
 * mergeSeries([a, b]).map((p) => [p.period, p.increment, p.cumulative]);
 * //=> [["2021-01", 1, 1], ["2021-02", 1, 2], ["2021-03", 1, 3]]
 * ```
 */
export function mergeSeries(
  partials: readonly (readonly SeriesPoint[])[],
  options: MergeSeriesOptions = {},
): SeriesPoint[] {
  const o = atBoundary("options", () => readObject(options, "options", ["weekStartsOn"]));
  return atBoundary("partials", () => merge(partials, o));
}

/** A point of a partial, read and checked. */
interface ReadPoint {
  readonly index: number;
  readonly increment: number;
  readonly cumulative: number;
  readonly path: string;
}

/** What the partials read so far agree on: their period kind and whether they are grouped. */
interface Agreed {
  period: Period | undefined;
  grouped: boolean | undefined;
}

/** Where a partial's group starts: its first period and the level before it. */
interface PartialStart {
  readonly group: string | undefined;
  readonly first: number;
  readonly start: number;
  readonly path: string;
}

function merge(partials: readonly (readonly SeriesPoint[])[], o: Record<string, unknown>): SeriesPoint[] {
  // Each partial's points are read and checked, then added into one table, so every refusal names
  // the partial and the point.
  const weekStartsOn = o.weekStartsOn === undefined ? 1 : (o.weekStartsOn as number);
  if (!Number.isInteger(weekStartsOn) || weekStartsOn < 0 || weekStartsOn > 6)
    fail("invalid_option", "options.weekStartsOn", "expected 0 (Sunday) to 6 (Saturday)");
  const agreed: Agreed = { period: undefined, grouped: undefined };
  const increments = new Map<string | undefined, Map<number, number>>();
  const starts: PartialStart[] = [];
  const range = { lo: Number.POSITIVE_INFINITY, hi: Number.NEGATIVE_INFINITY };
  const edges: Array<{ index: number; s: number; e: number }> = [];
  readArray(partials, "partials").forEach((partial, i) => {
    const perGroup = readPartial(partial, i, weekStartsOn, agreed, edges);
    for (const [group, list] of perGroup) addGroup(group, list, increments, starts, range);
  });
  const { period } = agreed;
  if (period === undefined) return [];
  const { lo, hi } = range;
  let fromDay = Number.POSITIVE_INFINITY;
  let toDay = Number.NEGATIVE_INFINITY;
  for (const e of edges) {
    if (e.index === lo) fromDay = Math.min(fromDay, e.s);
    if (e.index === hi) toDay = Math.max(toDay, e.e);
  }
  const startOf = startsByGroup(starts, lo);
  const groups: GroupIncrements[] = [];
  for (const [label, sums] of increments) {
    const inc = new Float64Array(hi - lo + 1);
    for (const [index, v] of sums) inc[index - lo] = v;
    groups.push({ label, start: startOf.get(label) ?? 0, increments: inc });
  }
  return buildSeries(period, weekStartsOn, lo, hi, groups, { fromDay, toDay });
}

/** The points of partial i, read and checked, by group; their period edges go to `edges`. */
function readPartial(
  partial: unknown,
  i: number,
  weekStartsOn: number,
  agreed: Agreed,
  edges: Array<{ index: number; s: number; e: number }>,
): Map<string | undefined, ReadPoint[]> {
  const perGroup = new Map<string | undefined, ReadPoint[]>();
  readArray(partial, at("partials", i)).forEach((point, j) => {
    const path = at(at("partials", i), j);
    const p = readObject(point, path, POINT_KEYS);
    const label = readString(p.period, at(path, "period"), 20);
    const kind = periodKindOfLabel(label);
    if (kind === undefined) fail("invalid_date", at(path, "period"), `${JSON.stringify(label)} is not a period label`);
    if (agreed.period !== undefined && kind !== agreed.period)
      fail("invalid_option", at(path, "period"), `mixes ${kind} and ${agreed.period} periods`);
    agreed.period = kind;
    const index = parsePeriod(kind, label, at(path, "period"), weekStartsOn);
    const group = p.group === undefined ? undefined : readString(p.group, at(path, "group"));
    if (agreed.grouped !== undefined && agreed.grouped !== (group !== undefined))
      fail("invalid_option", at(path, "group"), "mixes grouped and ungrouped points");
    agreed.grouped = group !== undefined;
    const increment = readInteger(p.increment, at(path, "increment"));
    const cumulative = readInteger(p.cumulative, at(path, "cumulative"));
    edges.push({ index, s: dayOf(p.start, at(path, "start")), e: dayOf(p.end, at(path, "end")) });
    let list = perGroup.get(group);
    if (list === undefined) perGroup.set(group, (list = []));
    list.push({ index, increment, cumulative, path });
  });
  return perGroup;
}

/** Adds one group of one partial to the table, checking each cumulative against the increments. */
function addGroup(
  group: string | undefined,
  list: ReadPoint[],
  increments: Map<string | undefined, Map<number, number>>,
  starts: PartialStart[],
  range: { lo: number; hi: number },
): void {
  list.sort((a, b) => a.index - b.index);
  const first = list[0] as ReadPoint;
  let level = first.cumulative - first.increment;
  starts.push({ group, first: first.index, start: level, path: first.path });
  let previous: number | undefined;
  let sums = increments.get(group);
  if (sums === undefined) increments.set(group, (sums = new Map<number, number>()));
  for (const q of list) {
    if (q.index === previous) fail("duplicate_date", at(q.path, "period"), "the period appears twice in this partial");
    previous = q.index;
    level += q.increment;
    if (level !== q.cumulative)
      fail(
        "invalid_type",
        at(q.path, "cumulative"),
        `${q.cumulative} is not the previous cumulative plus the increment (${level})`,
      );
    sums.set(q.index, (sums.get(q.index) ?? 0) + q.increment);
    range.lo = Math.min(range.lo, q.index);
    range.hi = Math.max(range.hi, q.index);
  }
}

/** Each group's start: the sum of its partials' starts, all of which must begin at the merged first period. */
function startsByGroup(starts: readonly PartialStart[], lo: number): Map<string | undefined, number> {
  const startOf = new Map<string | undefined, number>();
  for (const s of starts) {
    if (s.start !== 0 && s.first !== lo)
      fail(
        "invalid_option",
        s.path,
        `this partial starts at ${s.start} before a later period than the merged series; its earlier events cannot be placed`,
      );
    startOf.set(s.group, (startOf.get(s.group) ?? 0) + s.start);
  }
  return startOf;
}
