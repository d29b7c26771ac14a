import { addDaysToDate, type CalendarDate, monthPositionNumber } from "../../periods/core.js";
import type { DateEstimate, NeverReason } from "../types.js";
import { dateAtNumber, LAST_POSITION } from "./axis.js";
import type { Model } from "../methods/model.js";

/**
 * The day on which a path that reaches a value at `h` months after the origin (at position `xo`)
 * has reached it, settled by `reaches(day)`: float error can put a crossing exactly at a day's end
 * a hair into the next day, so up to three days either side are checked. @internal
 */
export function dayReached(
  xo: number,
  h: number,
  originDate: CalendarDate,
  reaches: (date: CalendarDate) => boolean,
): CalendarDate {
  let date = dateAtNumber(xo + h); // h > 0: the origin's date or later
  for (let i = 0; i < 3 && date > originDate && reaches(addDaysToDate(date, -1)); i++) date = addDaysToDate(date, -1);
  for (let i = 0; i < 3 && !reaches(date) && date < "9999-12-31"; i++) date = addDaysToDate(date, 1);
  return date;
}

/** The month-axis offset from the origin of the end of `date`. */
const offset = (date: CalendarDate, xo: number) => monthPositionNumber(date, "date") - xo;

/**
 * The first date, from the origin on, by which the model's predictive distribution gives value `v`
 * a probability of at least `p` of being reached (in direction `up`), or why there is none.
 *
 * The probability F(h) = P(value at h beyond v) is non-decreasing in h for every method's
 * distribution but the damped trend's, whose chance of a distant value can peak and fall back (its
 * spread grows faster than its projection). So the first h with F(h) ≥ p is found by stepping h up
 * by a quarter at a time from 1/64 month to the end of the calendar (about 70 steps; a peak above
 * p narrower than a step could be missed) and then halving the bracket (60 times, to far below a
 * day). When F stays below p
 * at the calendar's end, the reason is `after-calendar-end` if it passes p within a thousand times
 * that horizon, else `beyond-capacity` for a saturating curve (the point projection's reason, or
 * any bootstrap of logistic or Bass curves, whose paths level off) or `never-at-this-pace`.
 * @internal
 */
export function dateWithProbability(
  model: Model,
  xo: number,
  originDate: CalendarDate,
  v: number,
  up: boolean,
  p: number,
): DateEstimate {
  const predictive = model.predictive;
  if (predictive === null) return { date: null, reason: "insufficient-data" };
  const F = (h: number) => predictive.probabilityBeyond(h, v, up);
  if (F(0) >= p) return { date: originDate };
  const hMax = LAST_POSITION - xo;
  let lo = 0;
  let hi = 1 / 64;
  while (hi < hMax && F(hi) < p) {
    lo = hi;
    hi *= 1.25;
  }
  if (hi >= hMax) {
    hi = hMax;
    if (F(hMax) < p) {
      if (F(1000 * hMax) >= p) return { date: null, reason: "after-calendar-end" };
      // A bootstrap's paths are saturating curves: those that stay short level off below v.
      const point = model.reach(v);
      const saturating = point === "beyond-capacity" || predictive.kind === "residual-bootstrap";
      const reason: NeverReason = saturating ? "beyond-capacity" : "never-at-this-pace";
      return { date: null, reason };
    }
  }
  for (let i = 0; i < 60 && hi - lo > 1e-9; i++) {
    const mid = (lo + hi) / 2;
    if (F(mid) >= p) hi = mid;
    else lo = mid;
  }
  return { date: dayReached(xo, hi, originDate, (d) => F(offset(d, xo) + 1e-9) >= p) };
}
