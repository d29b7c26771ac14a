import { describeType } from "../decimal/index.js";
import { atPath, fail } from "../errors/core.js";
import { at, readCount, readEnum, readObject } from "../read/index.js";
import { dayNumber, parseCalendarDate, readTimeZone } from "../periods/core.js";
import { ON_DECREASE, PERIODS } from "../vocabulary/index.js";
import type { GroupColumn, OnboardingEvent, Period, SeriesWarning } from "./types.js";

/** Options of a series call, validated. @internal */
export interface SeriesSettings {
  readonly period: Period;
  readonly timeZone: string;
  readonly fromDay: number | undefined;
  readonly toDay: number | undefined;
  readonly start: number | Readonly<Record<string, number>> | undefined;
  readonly groupBy: ((event: OnboardingEvent, index: number) => string) | GroupColumn | undefined;
  readonly weekStartsOn: number;
  readonly afterTo: "error" | "exclude";
  readonly decreasing: "error" | "warn";
  readonly onWarning: ((warning: SeriesWarning) => void) | undefined;
}

const KEYS = [
  "period",
  "timeZone",
  "from",
  "to",
  "start",
  "groupBy",
  "weekStartsOn",
  "afterTo",
  "decreasing",
  "onWarning",
];

/** True for the typed arrays accepted as a group column. @internal */
export function isCodeColumn(value: unknown): value is Exclude<GroupColumn, readonly string[]> {
  return (
    value instanceof Uint8Array ||
    value instanceof Int8Array ||
    value instanceof Uint16Array ||
    value instanceof Int16Array ||
    value instanceof Uint32Array ||
    value instanceof Int32Array
  );
}

/** Reads a group column: an integer typed array or an array of non-empty strings. @internal */
export function readGroupColumn(value: unknown, path: string): GroupColumn {
  if (isCodeColumn(value)) return value;
  return atPath(path, () => readStringColumn(value, path));
}

function readStringColumn(value: unknown, path: string): GroupColumn {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (typeof v !== "string" || v.length === 0)
        fail("invalid_type", at(path, i), `a group key must be a non-empty string, got ${describeType(v)}`);
    }
    return value as readonly string[];
  }
  return fail(
    "invalid_option",
    path,
    `expected a function, an integer typed array or an array of strings, got ${describeType(value)}`,
  );
}

/** Validates the options of cumulativeSeries, fromCounts and mergeSeries. @internal */
export function readSeriesOptions(options: unknown, path = "options"): SeriesSettings {
  const o = readObject(options, path, KEYS);
  const period = readEnum(o.period, at(path, "period"), PERIODS);
  const timeZone = readTimeZone(o.timeZone, at(path, "timeZone"));
  const dayOf = (key: "from" | "to") => {
    if (o[key] === undefined) return undefined;
    const { year, month, day } = parseCalendarDate(o[key], at(path, key));
    return dayNumber(year, month, day);
  };
  const fromDay = dayOf("from");
  const toDay = dayOf("to");
  if (fromDay !== undefined && toDay !== undefined && toDay < fromDay)
    fail("invalid_option", at(path, "to"), `${String(o.to)} is before from ${String(o.from)}`);
  let start: SeriesSettings["start"];
  if (typeof o.start !== "object" || o.start === null || Array.isArray(o.start)) {
    if (o.start !== undefined) start = readCount(o.start, at(path, "start"));
  } else {
    const record = readObject(o.start, at(path, "start"), Object.keys(o.start as object));
    const copy: Record<string, number> = {};
    for (const [k, v] of Object.entries(record)) copy[k] = readCount(v, at(at(path, "start"), k));
    start = copy;
  }
  let groupBy: SeriesSettings["groupBy"];
  if (typeof o.groupBy === "function") groupBy = o.groupBy as (event: OnboardingEvent, index: number) => string;
  else if (o.groupBy !== undefined) groupBy = readGroupColumn(o.groupBy, at(path, "groupBy"));
  if (typeof start === "object" && groupBy === undefined)
    fail("invalid_option", at(path, "start"), "a start per group needs groupBy");
  let weekStartsOn = 1;
  if (o.weekStartsOn !== undefined) {
    if (
      typeof o.weekStartsOn !== "number" ||
      !Number.isInteger(o.weekStartsOn) ||
      o.weekStartsOn < 0 ||
      o.weekStartsOn > 6
    ) {
      fail("invalid_option", at(path, "weekStartsOn"), "expected 0 (Sunday) to 6 (Saturday)");
    }
    weekStartsOn = o.weekStartsOn;
  }
  const afterTo =
    o.afterTo === undefined ? "error" : readEnum(o.afterTo, at(path, "afterTo"), ["error", "exclude"] as const);
  const decreasing = o.decreasing === undefined ? "error" : readEnum(o.decreasing, at(path, "decreasing"), ON_DECREASE);
  if (o.onWarning !== undefined && typeof o.onWarning !== "function")
    fail("invalid_option", at(path, "onWarning"), "expected a function");
  const onWarning = o.onWarning as ((warning: SeriesWarning) => void) | undefined;
  return { period, timeZone, fromDay, toDay, start, groupBy, weekStartsOn, afterTo, decreasing, onWarning };
}
