import type { Assessment } from "../assessment/index.js";
import { fail } from "../errors/core.js";
import type { ObservationInput, Target, TargetInput } from "../model/index.js";
import type { CalendarDate } from "../periods/index.js";
import { project, type ProjectionOptions } from "../projection/index.js";
import { burnUpChart } from "./burnUpChart.js";
import type { BurnUpChartOptions, VegaLiteSpec } from "./types.js";

/**
 * Options of {@link assessmentChart}: the chart's, and the projection settings the assessment was
 * made with beyond its method (which the assessment records), so that the drawn path is its path.
 *
 * @category Charts
 */
export interface AssessmentChartOptions extends Omit<BurnUpChartOptions, "asOf"> {
  /** The settings passed to `assess` besides `method`, `fitOn` and `confidence` (read from the assessment). */
  readonly projection?: Pick<ProjectionOptions, "window" | "capacity" | "bass" | "damped">;
}

/** The chart runs at most this many years past the goal date's year, however late the ETA range ends. */
const YEARS_PAST_GOAL = 5;

/**
 * A burn-up chart of what an assessment says: the projected path and its band as `project` draws
 * them with the assessment's method (the one chosen, with `auto`), fit and confidence, carried past
 * the goal date to the end of the ETA's range; the goal, the as-of date and the ETA; and, under the
 * title, the status, the ETA's range and the chance of reaching the goal on time. `burnUpChart`
 * draws whatever it is given; this draws one assessment, so the chart and the sentences agree.
 *
 * @category Charts
 * @param target - the target the assessment was made for
 * @param observations - the observations it was made on
 * @param assessment - the result of `assess(target, observations, options)`
 * @param options - the chart's options (`locale`, `title`, `subtitle`, `width`, `height`, `planAt`, `yDomain`) and `projection`: the `window`, `capacity`, `bass` or `damped` passed to `assess`, if any
 * @returns a Vega-Lite v6 layered specification
 * @throws {OnboardingTargetsError} what `burnUpChart` and `project` throw for bad input; `invalid_type` (path `assessment`) when `assessment` is not an object
 * @example
 * ```ts
 * import { assess, assessmentChart } from "onboarding-targets";
 * const target = { id: "t", baseline: { date: "2022-12-31", value: 0 }, goal: { date: "2024-12-31", value: 10_000 } };
 * const observations = [{ date: "2023-03-31", value: 900 }, { date: "2023-06-30", value: 2100 }, { date: "2023-09-30", value: 3000 }];
 * const a = assess(target, observations, { asOf: "2023-10-15" });
 * const spec = assessmentChart(target, observations, a, { subtitle: false });
 * spec.title;
 * //=> { "text": "t", "subtitle": ["Status: needs acceleration", "ETA 90% range: 11 Jan 2025 – 13 May 2026 · Chance of the goal by 31 Dec 2024: 4%"] }
 * ```
 */
export function assessmentChart(
  target: TargetInput | Target,
  observations: readonly ObservationInput[],
  assessment: Assessment,
  options: AssessmentChartOptions = {},
): VegaLiteSpec {
  if (typeof assessment !== "object" || assessment === null)
    fail("invalid_type", "assessment", "expected the result of assess(target, observations, options)");
  const a = assessment;
  const { projection: choices, ...chartOptions } = options;
  const base = { target, observations, status: a.status, eta: a.eta, current: a.current };
  const chart = { ...chartOptions, asOf: a.asOf };
  const p = a.projection;
  if (p === null) return burnUpChart(base, chart);
  const path = project(observations, {
    method: p.method,
    ...(p.method === "linear" && { fitOn: p.fittedOn }),
    confidence: p.confidence,
    until: untilOf(a, goalDate(target)),
    asOf: a.asOf,
    baseline: target.baseline,
    ...(target.direction !== undefined && { direction: target.direction }),
    ...choices,
  });
  return burnUpChart(
    {
      ...base,
      projection: {
        points: path.points,
        confidence: p.confidence,
        probabilityOnTime: p.probabilityOnTime,
        origin: path.origin,
      },
    },
    chart,
  );
}

function goalDate(target: TargetInput | Target): CalendarDate {
  const goal = (target as { goal?: { date?: unknown } }).goal?.date;
  return typeof goal === "string" ? goal : fail("invalid_type", "target.goal.date", "expected a date");
}

/**
 * How far the path is drawn: to the latest end of the ETA's range (else the ETA, else its earliest
 * end), never before the goal date, and at most to the end of the fifth year after the goal's.
 */
function untilOf(a: Assessment, goal: CalendarDate): CalendarDate {
  const end = a.eta.latest.date ?? a.eta.date ?? a.eta.earliest.date ?? goal;
  const cap = `${String(Number(goal.slice(0, 4)) + YEARS_PAST_GOAL).padStart(4, "0")}-12-31`;
  return end < goal ? goal : end > cap ? cap : end;
}
