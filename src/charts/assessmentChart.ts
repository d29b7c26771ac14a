import type { Assessment } from "../assessment/index.js";
import { goalInForceOf, readTarget } from "../model/core.js";
import type { ObservationInput, Target, TargetInput } from "../model/index.js";
import { type CalendarDate, parseCalendarDate } from "../periods/core.js";
import { project, type ProjectionOptions } from "../projection/index.js";
import { PROJECTION_TUNING_KEYS } from "../projection/core.js";
import { readArray, readConfidence, readEnum, readObject } from "../read/index.js";
import { FIT_ON, METHODS } from "../vocabulary/index.js";
import { OPTION_KEYS, readLoose } from "./internal/readInput.js";
import { burnUpSpec } from "./internal/burnUpSpec.js";
import { readBurnUp } from "./internal/readInput.js";
import type { BurnUpChartOptions, BurnUpInput, VegaLiteSpec } from "./types.js";

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
 * @param options - the chart's options (`locale`, `title`, `subtitle`, `width`, `height`, `planAt`, `yDomain`); `reconcile`: how to reconcile `observations` (without it, an assessment with a `reconciliation` is drawn on the reports that reconciliation kept); and `projection`: the `window`, `capacity`, `bass` or `damped` passed to `assess`, if any
 * @returns a Vega-Lite v6 layered specification
 * @throws {OnboardingTargetsError} what `burnUpChart` and `project` throw for bad input; `invalid_type` (path `assessment`) when `assessment` is not an object, `invalid_enum` or `out_of_range` at `assessment.projection.method`, `.fittedOn` or `.confidence`, `invalid_date` at `assessment.asOf`
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
  // Read at the door, once: the target, the options, and the assessment's fields this chart uses.
  const t = readTarget(target, "target");
  const given = readArray(observations, "observations") as ObservationInput[];
  const { projection: choicesIn, ...chartOptions } = readObject(options, "options", [...OPTION_KEYS, "projection"]);
  const choices = choicesIn === undefined ? {} : readObject(choicesIn, "options.projection", PROJECTION_TUNING_KEYS);
  const a = readLoose(assessment, "assessment");
  // An assessment of reconciled reports is drawn on the path it assessed: its reconciliation's
  // observations, unless the chart is told how to reconcile the reports itself.
  const obs =
    a.reconciliation !== undefined && chartOptions.reconcile === undefined ? readReconciled(a.reconciliation) : given;
  const eta = a.eta === undefined || a.eta === null ? undefined : readEtaCopy(a.eta);
  // The assessment's status, eta, current and chance are checked by burnUpChart's own readers.
  const base = { target: t, observations: obs, status: a.status, eta: eta ?? null, current: a.current } as BurnUpInput;
  const chart = { ...chartOptions, asOf: a.asOf } as BurnUpChartOptions;
  if (a.projection === null || a.projection === undefined) return burnUpSpec(readBurnUp(base, chart));
  const p = readLoose(a.projection, "assessment.projection");
  const method = readEnum(p.method, "assessment.projection.method", METHODS);
  const fittedOn = readEnum(p.fittedOn, "assessment.projection.fittedOn", FIT_ON);
  const confidence = readConfidence(p.confidence, "assessment.projection.confidence");
  const asOf = readDate(a.asOf, "assessment.asOf");
  const path = project(obs, {
    method,
    ...(method === "linear" && { fitOn: fittedOn }),
    confidence,
    // A revised target's assessment measures to the goal in force at its date.
    until: untilOf(eta, goalInForceOf(t, asOf).goal.date),
    asOf,
    baseline: t.baseline,
    direction: t.direction,
    ...(chartOptions.reconcile !== undefined && {
      reconcile: chartOptions.reconcile as NonNullable<ProjectionOptions["reconcile"]>,
    }),
    ...choices,
  });
  return burnUpSpec(
    readBurnUp(
      {
        ...base,
        projection: { points: path.points, confidence, probabilityOnTime: p.probabilityOnTime, origin: path.origin },
      } as BurnUpInput,
      chart,
    ),
  );
}

/** The reports an assessment's reconciliation kept: the path it assessed. */
function readReconciled(value: unknown): ObservationInput[] {
  const r = readLoose(value, "assessment.reconciliation");
  return readArray(r.observations, "assessment.reconciliation.observations") as ObservationInput[];
}

type EtaCopy = {
  date?: unknown;
  reason?: unknown;
  earliest?: Record<string, unknown>;
  latest?: Record<string, unknown>;
};

/** The assessment's eta, read into plain objects (burnUpChart then checks its dates and reasons). */
function readEtaCopy(value: unknown): EtaCopy {
  const eta = readLoose(value, "assessment.eta");
  const end = (key: "earliest" | "latest") =>
    eta[key] === undefined || eta[key] === null ? undefined : readLoose(eta[key], `assessment.eta.${key}`);
  const earliest = end("earliest");
  const latest = end("latest");
  return { ...eta, ...(earliest && { earliest }), ...(latest && { latest }) };
}

/** A calendar date, or null when the value is not one (burnUpChart reports a bad one). */
function dateOrNull(value: unknown): CalendarDate | null {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/**
 * How far the path is drawn: to the latest end of the ETA's range (else the ETA, else its earliest
 * end), never before the goal date, and at most to the end of the fifth year after the goal's.
 */
function untilOf(eta: EtaCopy | undefined, goal: CalendarDate): CalendarDate {
  const end = dateOrNull(eta?.latest?.date) ?? dateOrNull(eta?.date) ?? dateOrNull(eta?.earliest?.date) ?? goal;
  const cap = `${String(Number(goal.slice(0, 4)) + YEARS_PAST_GOAL).padStart(4, "0")}-12-31`;
  return end < goal ? goal : end > cap ? cap : end;
}

function readDate(value: unknown, path: string): CalendarDate {
  parseCalendarDate(value, path);
  return value as CalendarDate;
}
