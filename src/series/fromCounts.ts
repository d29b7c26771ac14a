import { describeType } from "../decimal/index.js";
import { atBoundary, fail } from "../errors/core.js";
import { at, readArray, readCount, readObject, readString } from "../read/index.js";
import { buildSeries, type GroupIncrements } from "./buildSeries.js";
import { parsePeriod, periodOfDay } from "./periodAxis.js";
import { readSeriesOptions } from "./readSeriesOptions.js";
import { reportAfterTo } from "./seriesCounter.js";
import type { CountRow, SeriesOptions, SeriesPoint } from "./types.js";

/**
 * Options of {@link fromCounts}: those of {@link cumulativeSeries} that still mean something
 * once events are counted by period.
 *
 * @category Series
 */
export type FromCountsOptions = Pick<
  SeriesOptions,
  "period" | "from" | "to" | "start" | "weekStartsOn" | "afterTo" | "onWarning"
>;

const ROW_KEYS = ["period", "group", "count"];
const OPTION_KEYS = ["period", "from", "to", "start", "weekStartsOn", "afterTo", "onWarning"];

/** A count as SQL engines return it: a number, or a bigint (DuckDB's COUNT(*)) within 2^53 - 1. */
function readRowCount(value: unknown, path: string): number {
  if (typeof value === "bigint") {
    if (value < 0n || value > BigInt(Number.MAX_SAFE_INTEGER))
      fail("invalid_count", path, `${value} is not a count below 2^53`);
    return Number(value);
  }
  return readCount(value, path);
}

/**
 * The cumulative series from counts already aggregated by period (and group), as a SQL engine
 * returns them from `GROUP BY` (DuckDB, BigQuery, Spark SQL, Trino): each row names a period (its
 * label such as `2021-05`, or any `YYYY-MM-DD` date in it such as `date_trunc`'s first day), an
 * optional group and a count. Rows for the same period and group add up; missing periods are
 * filled with zero increments, exactly as {@link cumulativeSeries} does, so aggregating in SQL and
 * here gives equal results.
 *
 * The engine must have bucketed instants into calendar periods in the series' time zone (for
 * example `date_trunc('month', ts AT TIME ZONE 'Asia/Jakarta')`); this function only sees periods.
 * `from` and `to` therefore work at period granularity: rows of periods wholly before `from` count
 * in the starting level, rows of periods after `to`'s period throw `out_of_range` (or, with
 * `afterTo: "exclude"`, are left out and reported through `onWarning`).
 *
 * Complexity O(rows + periods × groups).
 *
 * @category Series
 * @param rows - `{ period, group?, count }` rows in any order; `count` a non-negative safe integer (a bigint is accepted)
 * @param options - `period` (required), `from`, `to`, `start`, `weekStartsOn`, `afterTo`, `onWarning`
 * @returns the points, in group then period order
 * @throws {OnboardingTargetsError} `invalid_type`, `invalid_date` (a label that is not of the `period` kind), `invalid_count` at `rows.<i>.<field>`; option errors at `options.<name>`; `out_of_range` for rows after `to`; `invalid_option` when some rows have a group and others not
 * @example
 * ```ts
 * import { fromCounts } from "onboarding-targets";
 * fromCounts([{ period: "2021-07", count: 5 }, { period: "2021-05-01", count: 3 }], { period: "month" }).map((p) => [p.period, p.increment, p.cumulative]);
 * //=> [["2021-05", 3, 3], ["2021-06", 0, 3], ["2021-07", 5, 8]]
 * ```
 */
export function fromCounts(rows: readonly CountRow[], options: FromCountsOptions): SeriesPoint[] {
  const settings = atBoundary("options", () => {
    const o = readObject(options, "options", OPTION_KEYS);
    // readSeriesOptions wants groupBy beside a per-group start; here the groups come from the rows
    // (the record is checked against them below), so it reads the record with an empty stand-in column.
    const perGroup = typeof o.start === "object" && o.start !== null && !Array.isArray(o.start);
    return readSeriesOptions(perGroup ? { ...o, groupBy: [] } : o);
  });
  return atBoundary("rows", () => countsToSeries(rows, settings));
}

function countsToSeries(rows: readonly CountRow[], settings: ReturnType<typeof readSeriesOptions>): SeriesPoint[] {
  // Kept whole: each row is read, checked and counted in one pass (a warehouse hands over millions
  // of rows), and every refusal names its row.
  const { period, weekStartsOn } = settings;
  const list = readArray(rows, "rows");
  const byGroup = new Map<string | undefined, Map<number, number>>();
  let grouped: boolean | undefined;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  const fromPeriod = settings.fromDay === undefined ? undefined : periodOfDay(period, settings.fromDay, weekStartsOn);
  const toPeriod = settings.toDay === undefined ? undefined : periodOfDay(period, settings.toDay, weekStartsOn);
  const before = new Map<string | undefined, number>();
  let after = 0;
  let firstAfter = "";
  list.forEach((row, i) => {
    const path = at("rows", i);
    if (typeof row !== "object" || row === null)
      fail("invalid_type", path, `expected a { period, group?, count } row, got ${describeType(row)}`);
    const r = readObject(row, path, ROW_KEYS);
    const index = parsePeriod(period, r.period, at(path, "period"), weekStartsOn);
    const group = readGroupKey(r.group, at(path, "group"));
    if (grouped !== undefined && grouped !== (group !== undefined))
      fail("invalid_option", at(path, "group"), "some rows have a group and others do not");
    grouped = group !== undefined;
    const count = readRowCount(r.count, at(path, "count"));
    let counts = byGroup.get(group);
    if (counts === undefined) byGroup.set(group, (counts = new Map<number, number>()));
    if (fromPeriod !== undefined && index < fromPeriod) {
      before.set(group, (before.get(group) ?? 0) + count);
      return;
    }
    if (toPeriod !== undefined && index > toPeriod) {
      if (after++ === 0) firstAfter = path;
      return;
    }
    counts.set(index, (counts.get(index) ?? 0) + count);
    lo = Math.min(lo, index);
    hi = Math.max(hi, index);
  });
  if (after > 0) reportAfterTo(settings, `${after} row(s) fall after to`, firstAfter, after);
  if (typeof settings.start === "object") {
    if (grouped === false) fail("invalid_option", "options.start", "a start per group needs grouped rows");
    for (const label of Object.keys(settings.start)) if (!byGroup.has(label)) byGroup.set(label, new Map());
  } else if (settings.start !== undefined && grouped === true)
    fail("invalid_option", "options.start", "grouped rows need start as a record per group");
  if (byGroup.size === 0 && settings.fromDay === undefined && settings.toDay === undefined) return [];
  if (byGroup.size === 0) byGroup.set(undefined, new Map());
  const firstPeriod = fromPeriod ?? (lo <= hi ? lo : (toPeriod as number));
  const lastPeriod = toPeriod ?? (lo <= hi ? Math.max(hi, firstPeriod) : firstPeriod);
  return buildSeries(
    period,
    weekStartsOn,
    firstPeriod,
    lastPeriod,
    groupsOf(byGroup, before, settings, firstPeriod, lastPeriod),
    {
      fromDay: settings.fromDay,
      toDay: settings.toDay,
    },
  );
}

/** A row's group key: absent, or a non-empty string (a finite number is read as its string). */
function readGroupKey(raw: unknown, path: string): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== "string" && !(typeof raw === "number" && Number.isFinite(raw)))
    fail("invalid_type", path, `expected a string (or a number) group key, got ${describeType(raw)}`);
  return readString(String(raw), path);
}

/** Each group's increments over the periods, and its start: the counts before `from` plus `start`. */
function groupsOf(
  byGroup: ReadonlyMap<string | undefined, ReadonlyMap<number, number>>,
  before: ReadonlyMap<string | undefined, number>,
  settings: ReturnType<typeof readSeriesOptions>,
  firstPeriod: number,
  lastPeriod: number,
): GroupIncrements[] {
  const groups: GroupIncrements[] = [];
  for (const [label, counts] of byGroup) {
    const increments = new Float64Array(lastPeriod - firstPeriod + 1);
    for (const [index, count] of counts) increments[index - firstPeriod] = count;
    const extra =
      settings.start === undefined
        ? 0
        : typeof settings.start === "number"
          ? settings.start
          : (settings.start[label ?? ""] ?? 0);
    groups.push({ label, start: (before.get(label) ?? 0) + extra, increments });
  }
  return groups;
}
