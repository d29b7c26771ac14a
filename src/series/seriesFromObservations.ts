import { userCall, fail } from "../errors/core.js";
import { readObservations } from "../model/core.js";
import type { Observation } from "../model/index.js";
import { pathOfEntries, type PathEntry } from "../path/core.js";
import { dayNumber } from "../periods/core.js";
import { at } from "../read/index.js";
import { buildSeries, type GroupIncrements } from "./buildSeries.js";
import { periodEndDay, periodOfDay } from "./periodAxis.js";
import type { SeriesSettings } from "./readSeriesOptions.js";
import { reportAfterTo, SeriesCounter } from "./seriesCounter.js";
import type { OnboardingEvent, SeriesPoint } from "./types.js";

const dayOf = (date: string) => {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return dayNumber(y, m, d);
};

/**
 * The series of observations. Increments are counted like events of weight `value`. Cumulative
 * observations go through the library's cumulative path (`src/path`), per group: its points are
 * the levels at the end of their dates, with its same-date and decrease rules and issues (a
 * decrease warned through `onWarning` with `decreasing: "warn"`); a period's cumulative is the last
 * level at or before its end (carried over gaps), the level before the first observation is 0.
 * @internal
 */
export function seriesFromObservations(input: readonly unknown[], settings: SeriesSettings): SeriesPoint[] {
  const observations = readObservations(input, "input");
  const kind = observations[0]?.kind ?? "cumulative";
  observations.forEach((o, i) => {
    if (o.kind !== kind)
      fail(
        "invalid_type",
        at(at("input", i), "kind"),
        `observations must all be ${kind} (input.0 is); split them into two calls`,
      );
  });
  const groupOf = groupReader(observations.length, settings);
  if (kind === "increment") return incrementSeries(observations, groupOf, settings);
  if (settings.start !== undefined)
    fail(
      "invalid_option",
      "options.start",
      "cumulative observations carry their own level; start applies to events and increments",
    );
  return levelSeries(observations, groupOf, settings);
}

/** The group of observation i: undefined without `groupBy`, else its non-empty key. */
type GroupOf = (o: Observation, i: number) => string | undefined;

function groupReader(count: number, settings: SeriesSettings): GroupOf {
  const column = typeof settings.groupBy === "function" ? undefined : settings.groupBy;
  if (column !== undefined && column.length !== count)
    fail(
      "invalid_option",
      "options.groupBy",
      `the group column has ${column.length} entries for ${count} observations`,
    );
  return (o, i) => {
    if (settings.groupBy === undefined) return undefined;
    const by = settings.groupBy;
    const key = typeof by === "function" ? userCall(() => by(o as unknown as OnboardingEvent, i)) : String(by[i]);
    if (typeof key !== "string" || key.length === 0)
      fail("invalid_type", at("input", i), "groupBy must return a non-empty string");
    return key;
  };
}

/** Increments: weighted events, counted per group in one pass. */
function incrementSeries(
  observations: readonly Observation[],
  groupOf: GroupOf,
  settings: SeriesSettings,
): SeriesPoint[] {
  const counter = new SeriesCounter(settings);
  observations.forEach((o, i) => {
    const key = groupOf(o, i);
    counter.tally.addDay(
      dayOf(o.date),
      key === undefined ? counter.ungrouped() : counter.tally.group(key),
      at("input", i),
      o.value,
    );
  });
  return counter.finish();
}

/** Cumulative figures: per group, the library's cumulative path, then the level at each period's end. */
function levelSeries(observations: readonly Observation[], groupOf: GroupOf, settings: SeriesSettings): SeriesPoint[] {
  const { levels, lo: first, hi: last } = levelsByGroup(observations, groupOf, settings);
  if (first === undefined && last === undefined) return [];
  const lo = first ?? (last as number);
  let hi = last ?? lo;
  if (hi < lo) hi = lo; // every observation before from: one period, at from
  const { period, weekStartsOn } = settings;
  const firstPeriod = periodOfDay(period, lo, weekStartsOn);
  const lastPeriod = periodOfDay(period, hi, weekStartsOn);
  const groups: GroupIncrements[] = [];
  for (const [label, list] of levels) {
    // Level at the end of day d: the last point on or before d, else 0.
    let j = -1;
    const levelAt = (d: number) => {
      while (j + 1 < list.length && (list[j + 1] as (typeof list)[number]).day <= d) j++;
      return j < 0 ? 0 : (list[j] as (typeof list)[number]).value;
    };
    const start = levelAt(lo - 1);
    let previous = start;
    const increments = new Float64Array(lastPeriod - firstPeriod + 1);
    for (let p = firstPeriod; p <= lastPeriod; p++) {
      const level = levelAt(Math.min(periodEndDay(period, p, weekStartsOn), hi));
      increments[p - firstPeriod] = level - previous;
      previous = level;
    }
    groups.push({ label, start, increments });
  }
  return buildSeries(period, weekStartsOn, firstPeriod, lastPeriod, groups, {
    fromDay: settings.fromDay,
    toDay: settings.toDay,
  });
}

/**
 * Per group, the levels of the cumulative path of its observations (by the rules, and with the
 * issues, of the library's one cumulative path; issues name each observation's index in the
 * input), and the first and last days to show; reports or refuses observations after `to`.
 */
function levelsByGroup(observations: readonly Observation[], groupOf: GroupOf, settings: SeriesSettings) {
  const byGroup = new Map<string | undefined, PathEntry[]>();
  observations.forEach((o, i) => {
    const key = groupOf(o, i);
    let list = byGroup.get(key);
    if (list === undefined) byGroup.set(key, (list = []));
    list.push({ date: o.date, value: o.value, kind: o.kind, correction: o.correction === true, index: i });
  });
  const levels = new Map<string | undefined, { day: number; value: number }[]>();
  let lo = settings.fromDay;
  let hi = settings.toDay;
  let excluded = 0;
  let firstExcluded = "";
  for (const [key, entries] of byGroup) {
    const { points, warnings } = pathOfEntries(entries, {
      path: "input",
      direction: "increase",
      onDecrease: settings.decreasing,
    });
    const onWarning = settings.onWarning;
    if (onWarning)
      for (const w of warnings)
        userCall(() => onWarning({ code: "decreasing_series", path: w.path, count: 1, message: w.message }));
    const list = points.map((p) => ({ day: dayOf(p.date), value: p.value }));
    levels.set(key, list);
    if (settings.toDay !== undefined) {
      for (const e of entries) {
        if (dayOf(e.date) > settings.toDay && excluded++ === 0) firstExcluded = at("input", e.index);
      }
    }
    const days = list.map((e) => e.day).filter((d) => settings.toDay === undefined || d <= settings.toDay);
    if (days.length > 0) {
      if (settings.fromDay === undefined) lo = Math.min(lo ?? Infinity, days[0] as number);
      if (settings.toDay === undefined) hi = Math.max(hi ?? -Infinity, days[days.length - 1] as number);
    }
  }
  if (excluded > 0) reportAfterTo(settings, `${excluded} observation(s) fall after to`, firstExcluded, excluded);
  return { levels, lo, hi };
}
