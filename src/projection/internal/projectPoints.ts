import { describeType } from "../../decimal/index.js";
import { fail, type Issue } from "../../errors/OnboardingTargetsError.js";
import type { CalendarDate } from "../../periods/calendarDate.js";
import type {
  DateReaching,
  FitOn,
  ProjectedValue,
  Projection,
  ProjectionMethod,
  ProjectionPeriod,
  ProjectionPoint,
} from "../types.js";
import { addDaysToDate } from "../../periods/calendarDate.js";
import { monthPositionNumber } from "../../periods/monthAxis.js";
import { dateAtNumber, LAST_POSITION, periodEnds } from "./axis.js";
import { fitBass } from "./fitBass.js";
import { fitCagr } from "./fitCagr.js";
import { fitDrift } from "./fitDrift.js";
import { fitLinear } from "./fitLinear.js";
import { fitLogistic } from "./fitLogistic.js";
import { fitRunRate } from "./fitRunRate.js";
import type { PathPoint } from "../../path/core.js";
import type { FloatPath, Model } from "./model.js";

/** Validated settings of a projection. @internal */
export interface ProjectionSettings {
  readonly method: ProjectionMethod;
  readonly until: CalendarDate;
  readonly asOf: CalendarDate | undefined;
  readonly period: ProjectionPeriod;
  readonly confidence: number;
  readonly fitOn: FitOn;
  readonly window: number;
  readonly capacity: number | undefined;
  readonly bass: { p: number; q: number; M: number } | undefined;
}
/** At most this many points per projection (27 years of days). */
const MAX_POINTS = 10_000;

/**
 * The body of `project`, on an already built path: fits the model and builds the Projection.
 * `assess` calls it directly to build the path once. Errors as documented on `project`.
 * @internal
 */
export function projectPoints(
  all: readonly PathPoint[],
  warnings: readonly Issue[],
  settings: ProjectionSettings,
): Projection {
  const { method, until, asOf, period, confidence } = settings;
  let count = all.length;
  if (asOf !== undefined) while (count > 0 && (all[count - 1]?.date as string) > asOf) count--;
  const origin = all[count - 1];
  if (origin === undefined)
    return fail(
      "too_few_points",
      "observations",
      asOf === undefined ? "there is no observation to project from" : `there is no observation on or before ${asOf}`,
    );
  const xo = origin.position;
  const x = new Array<number>(count);
  const y = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    const p = all[i] as (typeof all)[number];
    x[i] = p.position - xo;
    y[i] = p.value;
  }
  const path: FloatPath = { x, y };

  const fitted = fitModel(all, count, path, settings);

  const valueAtPosition = (h: number, path: string): ProjectedValue => {
    const value = fitted.value(h);
    if (!Number.isFinite(value))
      fail("out_of_range", path, `the projected value overflows ${h.toFixed(1)} months after ${origin.date}`);
    const interval = fitted.interval(h);
    const ok = interval !== null && Number.isFinite(interval[0]) && Number.isFinite(interval[1]);
    return { value: value === 0 ? 0 : value, lower: ok ? interval[0] : null, upper: ok ? interval[1] : null };
  };
  let dates: CalendarDate[];
  try {
    dates = periodEnds(origin.date, until, period, MAX_POINTS);
  } catch {
    return fail(
      "out_of_range",
      "options.until",
      `more than ${MAX_POINTS} ${period} points from ${origin.date} to ${until}: choose a longer period`,
    );
  }
  const points: ProjectionPoint[] = dates.map((date) => ({
    date,
    ...valueAtPosition(monthPositionNumber(date, "date") - xo, "options.until"),
  }));

  const valueAt = (date: CalendarDate): ProjectedValue =>
    valueAtPosition(monthPositionNumber(date, "date") - xo, "date");
  const dateReaching = (value: number): DateReaching => dateReachingOf(fitted, origin.date, xo, value);

  const projection = {
    method,
    fittedOn: fitted.fittedOn,
    confidence,
    origin: { date: origin.date, value: origin.value },
    fittedPoints: count,
    parameters: fitted.parameters,
    points,
    warnings,
  };
  Object.defineProperty(projection, "valueAt", { value: valueAt, enumerable: false });
  Object.defineProperty(projection, "dateReaching", { value: dateReaching, enumerable: false });
  return projection as typeof projection & Pick<Projection, "valueAt" | "dateReaching">;
}

/** Fits the method's model on the first `count` points (x: months from the origin). */
function fitModel(all: readonly PathPoint[], count: number, path: FloatPath, settings: ProjectionSettings): Model {
  const { method, asOf, confidence, fitOn, window, capacity, bass } = settings;
  const { y } = path;
  let model: Model | null;
  switch (method) {
    case "run-rate":
      model = fitRunRate(path, window);
      break;
    case "linear":
      model = fitOn === "cumulative" ? fitLinear(path, confidence) : fitDrift(path, confidence);
      break;
    case "cagr": {
      const bad = all.slice(0, count).find((p) => !(p.value > 0));
      if (bad !== undefined) {
        fail(
          "out_of_range",
          bad.origin === "baseline" ? "options.baseline.value" : "observations",
          `cagr needs every value > 0: compound growth from or to ${bad.value} (on ${bad.date}) is undefined`,
        );
      }
      model = fitCagr(path);
      break;
    }
    case "logistic":
      if (capacity !== undefined && !(capacity > Math.max(...y)))
        fail(
          "out_of_range",
          "options.capacity",
          `the capacity ${capacity} must exceed every observed value (max ${Math.max(...y)})`,
        );
      model = fitLogistic(path, capacity);
      break;
    case "bass":
      model = fitBass(path, bass);
      break;
  }
  if (model === null) {
    return fail(
      "too_few_points",
      "observations",
      `${count} point(s) on distinct dates${asOf === undefined ? "" : ` on or before ${asOf}`} are not enough to fit ${method}${method === "linear" && fitOn === "increments" ? " on increments" : ""}`,
    );
  }
  return model;
}

/** The first date from the origin on which the fitted curve reaches `value` (x: months from the origin at position `xo`), or why never. */
function dateReachingOf(fitted: Model, originDate: CalendarDate, xo: number, value: number): DateReaching {
  if (!Number.isFinite(value))
    return fail(
      "invalid_number",
      "value",
      `expected a finite number, got ${typeof value === "number" ? String(value) : describeType(value)}`,
    );
  const h = fitted.reach(value);
  if (typeof h === "string") return { date: null, reason: h };
  if (h <= 0) return { date: originDate }; // already there
  if (xo + h > LAST_POSITION) return { date: null, reason: "after-calendar-end" };
  // Float error can put a crossing exactly at a day's end a hair into the next day: settle the
  // day by evaluating the curve at day ends, 1e-9 months (2.6 ms) late, which covers the ~4e-12
  // months of error of a float position (a relative value tolerance alone does not: a steep line
  // 3 days after its origin is off by 3e-12 of its value), with a relative tolerance of 1e-12.
  const up = value > fitted.value(0);
  const tol = 1e-12 * Math.max(1, Math.abs(value));
  const reaches = (d: CalendarDate) => {
    const v = fitted.value(monthPositionNumber(d, "date") - xo + 1e-9);
    return up ? v >= value - tol : v <= value + tol;
  };
  let date = dateAtNumber(xo + h); // h > 0: the origin's date or later
  for (let i = 0; i < 3 && date > originDate && reaches(addDaysToDate(date, -1)); i++) date = addDaysToDate(date, -1);
  for (let i = 0; i < 3 && !reaches(date) && date < "9999-12-31"; i++) date = addDaysToDate(date, 1);
  return { date };
}
