import { userCall } from "../errors/atPath.js";
import { fail } from "../errors/OnboardingTargetsError.js";
import { incrementsHint } from "../internal/incrementsHint.js";
import { at } from "../read/index.js";
import { readObservations } from "../model/readObservations.js";
import type { Observation } from "../model/types.js";
import { dayNumber } from "../periods/calendarDate.js";
import { buildSeries, type GroupIncrements } from "./buildSeries.js";
import { periodEndDay, periodOfDay } from "./periodAxis.js";
import type { SeriesSettings } from "./readSeriesOptions.js";
import { SeriesCounter } from "./seriesCounter.js";
import type { OnboardingEvent, SeriesPoint } from "./types.js";

const dayOf = (o: Observation) => {
  const [y, m, d] = o.date.split("-").map(Number) as [number, number, number];
  return dayNumber(y, m, d);
};

/**
 * The increments hint of one group's cumulative observations in date order (one value per date,
 * falls as the decrease check below finds them): see `incrementsHint`.
 */
function incrementsHintOf(list: ReadonlyArray<{ readonly day: number; readonly o: Observation }>): string {
  const values: number[] = [];
  const falls: number[] = [];
  list.forEach((e, j) => {
    const prev = list[j - 1];
    if (prev !== undefined && prev.day === e.day) return; // the same date: one value (or duplicate_date)
    if (prev !== undefined && e.o.value < prev.o.value && e.o.correction !== true) falls.push(values.length);
    values.push(e.o.value);
  });
  return incrementsHint(values, falls);
}

/**
 * The series of observations. Increments are counted like events of weight `value`. Cumulative
 * observations set the level at the end of their date; a period's cumulative is the last level
 * at or before its end (carried over gaps), the level before the first observation is 0.
 * @internal
 */
export function seriesFromObservations(input: readonly unknown[], settings: SeriesSettings): SeriesPoint[] {
  const observations = readObservations(input, "input");
  const kind = observations[0]?.kind ?? "cumulative";
  observations.forEach((o, i) => {
    if (o.kind !== kind) fail("invalid_type", at(at("input", i), "kind"), `observations must all be ${kind} (input.0 is); split them into two calls`);
  });
  const column = typeof settings.groupBy === "function" ? undefined : settings.groupBy;
  if (column !== undefined && column.length !== observations.length) fail("invalid_option", "options.groupBy", `the group column has ${column.length} entries for ${observations.length} observations`);
  const groupOf = (o: Observation, i: number): string | undefined => {
    if (settings.groupBy === undefined) return undefined;
    const by = settings.groupBy;
    const key = typeof by === "function" ? userCall(() => by(o as unknown as OnboardingEvent, i)) : String(by[i]);
    if (typeof key !== "string" || key.length === 0) fail("invalid_type", at("input", i), "groupBy must return a non-empty string");
    return key;
  };

  if (kind === "increment") {
    const counter = new SeriesCounter(settings);
    observations.forEach((o, i) => {
      const key = groupOf(o, i);
      counter.tally.addDay(dayOf(o), key === undefined ? counter.ungrouped() : counter.tally.group(key), at("input", i), o.value);
    });
    return counter.finish();
  }

  if (settings.start !== undefined) fail("invalid_option", "options.start", "cumulative observations carry their own level; start applies to events and increments");
  // Per group: observations in date order (stable: input order on equal dates).
  const byGroup = new Map<string | undefined, Array<{ day: number; o: Observation; path: string }>>();
  observations.forEach((o, i) => {
    const key = groupOf(o, i);
    let list = byGroup.get(key);
    if (list === undefined) byGroup.set(key, (list = []));
    list.push({ day: dayOf(o), o, path: at("input", i) });
  });
  let lo = settings.fromDay;
  let hi = settings.toDay;
  let excluded = 0;
  let firstExcluded = "";
  for (const list of byGroup.values()) {
    list.sort((a, b) => a.day - b.day);
    const hint = incrementsHintOf(list);
    for (let j = 1; j < list.length; j++) {
      const prev = list[j - 1] as (typeof list)[number];
      const cur = list[j] as (typeof list)[number];
      if (cur.day === prev.day && cur.o.value !== prev.o.value) fail("duplicate_date", cur.path, `two cumulative values (${prev.o.value} and ${cur.o.value}) on ${cur.o.date}`);
      if (cur.o.value < prev.o.value && cur.o.correction !== true) {
        const message = `cumulative value ${cur.o.value} on ${cur.o.date} is below ${prev.o.value} on ${prev.o.date}; mark a restatement with correction: true${hint}`;
        if (settings.decreasing === "error") fail("decreasing_series", cur.path, message);
        const onWarning = settings.onWarning;
        if (onWarning) userCall(() => onWarning({ code: "decreasing_series", path: cur.path, count: 1, message }));
      }
    }
    for (const e of list) {
      if (settings.toDay !== undefined && e.day > settings.toDay) {
        if (excluded++ === 0) firstExcluded = e.path;
      }
    }
    const days = list.map((e) => e.day).filter((d) => settings.toDay === undefined || d <= settings.toDay);
    if (days.length > 0) {
      if (settings.fromDay === undefined) lo = Math.min(lo ?? Infinity, days[0] as number);
      if (settings.toDay === undefined) hi = Math.max(hi ?? -Infinity, days[days.length - 1] as number);
    }
  }
  if (excluded > 0) {
    const message = `${excluded} observation(s) fall after to`;
    if (settings.afterTo === "error") fail("out_of_range", firstExcluded, `${message}; pass afterTo: "exclude" to leave them out`);
    const onWarning = settings.onWarning;
    if (onWarning) userCall(() => onWarning({ code: "excluded_after_to", path: firstExcluded, count: excluded, message: `${message} and were left out` }));
  }
  if (lo === undefined && hi === undefined) return [];
  lo ??= hi as number;
  hi ??= lo;
  if (hi < lo) hi = lo; // every observation before from: one period, at from
  const { period, weekStartsOn } = settings;
  const firstPeriod = periodOfDay(period, lo, weekStartsOn);
  const lastPeriod = periodOfDay(period, hi, weekStartsOn);
  const groups: GroupIncrements[] = [];
  for (const [label, list] of byGroup) {
    // Level at the end of day d: the last observation on or before d, else 0.
    let j = -1;
    const levelAt = (d: number) => {
      while (j + 1 < list.length && (list[j + 1] as (typeof list)[number]).day <= d) j++;
      return j < 0 ? 0 : (list[j] as (typeof list)[number]).o.value;
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
  return buildSeries(period, weekStartsOn, firstPeriod, lastPeriod, groups, { fromDay: settings.fromDay, toDay: settings.toDay });
}
