import { type Locale, DEFAULT_LOCALE, LOCALES } from "../../vocabulary/index.js";
import { Decimal, type DecimalInput, describeType, toDecimal } from "../../decimal/index.js";
import { fail, atPath } from "../../errors/core.js";
import { at, readArray, readBoolean, readEnum, readFiniteNumber, readObject, readString } from "../../read/index.js";
import { readTarget, targetInForceOf } from "../../model/core.js";
import { cumulativePath } from "../../path/core.js";
import { reconcileOption } from "../../reconcile/core.js";
import type { DatedValue, Target } from "../../model/index.js";
import { type CalendarDate, parseCalendarDate } from "../../periods/core.js";
import { planCurve } from "../../progress/core.js";
import type { YDomain } from "../axisDomains.js";
import { planLine, planLineOfCurve } from "../planLine.js";
import type { BurnUpChartOptions, BurnUpInput } from "../types.js";

/** A point of the projected line and band, as drawn. @internal */
export interface ProjectedPoint {
  readonly date: CalendarDate;
  readonly value: number;
  readonly lower: number | null;
  readonly upper: number | null;
}

/** What the chart draws, read once from `burnUpChart`'s input and options. @internal */
export interface BurnUpRead {
  readonly target: Target;
  readonly locale: Locale;
  readonly title: string;
  /** Whether the subtitle's first line, the chart's description, is shown. */
  readonly subtitle: boolean;
  readonly width: number;
  readonly height: number;
  readonly yDomain: YDomain;
  /** The measurement date: `options.asOf`, else the deprecated `input.asOf`. */
  readonly asOf: CalendarDate | undefined;
  readonly actual: readonly DatedValue[];
  readonly plan: readonly DatedValue[];
  readonly projection: readonly ProjectedPoint[];
  /** The interval's confidence as the legend writes it (`90%`). */
  readonly confidence: string;
  readonly eta: EtaRead | undefined;
  /** The chance of reaching the goal by the goal date, 0 to 1. */
  readonly chance: number | undefined;
  readonly status: unknown;
}

export const OPTION_KEYS = [
  "locale",
  "title",
  "subtitle",
  "width",
  "height",
  "planAt",
  "yDomain",
  "asOf",
  "reconcile",
] as const;

/**
 * Reads `burnUpChart`'s input and options once, in order (input, target, options, then the series
 * and the projection's fields), each error naming its path. @internal
 */
export function readBurnUp(input: BurnUpInput, options: BurnUpChartOptions): BurnUpRead {
  const o = readLoose(input, "input");
  // An assessment names its target but does not hold it: say where to draw one.
  if (o.target === undefined && typeof o.targetId === "string")
    fail(
      "missing_field",
      "target",
      "an assessment holds no target or observations: draw it with assessmentChart(target, observations, assessment)",
    );
  const read = readTarget(o.target, "target");
  const opts = readObject(options, "options", OPTION_KEYS);
  const locale = opts.locale === undefined ? DEFAULT_LOCALE : readEnum(opts.locale, "options.locale", LOCALES);
  const title =
    opts.title === undefined ? (read.names?.[locale] ?? read.name ?? read.id) : readString(opts.title, "options.title");
  const subtitle = opts.subtitle === undefined ? true : readBoolean(opts.subtitle, "options.subtitle");
  const width = readSize(opts.width, "options.width", 640);
  const height = readSize(opts.height, "options.height", 360);
  const yDomain = readYDomain(opts.yDomain);
  const asOf =
    opts.asOf !== undefined
      ? readDate(opts.asOf, "options.asOf")
      : o.asOf === undefined
        ? undefined
        : readDate(o.asOf, "input.asOf");
  // A revised target is drawn with the goal and plan in force at `asOf` (its own goal without one).
  const target = asOf === undefined ? read : targetInForceOf(read, asOf);
  const reconciled = reconcileOption(
    o.observations,
    opts.reconcile,
    "options.reconcile",
    "observations",
    target.direction,
    asOf,
  );
  const actual = actualSeries(target, reconciled === undefined ? o : { observations: reconciled.observations }, asOf);
  const plan = planOf(target, opts.planAt);
  const p = o.projection === undefined || o.projection === null ? undefined : readLoose(o.projection, "projection");
  const projection = projectionPoints(p, target, o.current);
  const confidence = readConfidence(p?.confidence, locale);
  const eta = readEta(o.eta);
  const chance = readChance(p?.probabilityOnTime);
  const status = o.status;
  return {
    target,
    locale,
    title,
    subtitle,
    width,
    height,
    yDomain,
    asOf,
    actual,
    plan,
    projection,
    confidence,
    eta,
    chance,
    status,
  };
}

/**
 * The plan-to-date line: the target's plan curve, built once and evaluated in one pass over the
 * sorted month ends; or the caller's `planAt`, called once per sample date.
 */
function planOf(target: Target, planAt: unknown): DatedValue[] {
  if (planAt === undefined) return planLineOfCurve(target, planCurve(target));
  if (typeof planAt !== "function")
    return fail("invalid_option", "options.planAt", "expected a function (date) => value");
  return planLine(
    target,
    (date: CalendarDate) =>
      new Decimal(
        toFinite(
          atPath("options.planAt", () => (planAt as (d: string) => DecimalInput)(date)),
          "options.planAt",
        ),
      ),
  );
}

/** `options.yDomain`: `auto` (default), `zero`, `nice` or `[min, max]` with finite min < max. */
function readYDomain(value: unknown): YDomain {
  if (value === undefined) return "auto";
  if (!atPath("options.yDomain", () => Array.isArray(value)))
    return readEnum(value, "options.yDomain", ["auto", "zero", "nice"] as const);
  const pair = readArray(value, "options.yDomain");
  if (pair.length !== 2)
    return fail("out_of_range", "options.yDomain", `expected [min, max], got ${pair.length} values`);
  const [min, max] = pair.map((v, i) => readFiniteNumber(v, at("options.yDomain", i))) as [number, number];
  if (!(min < max)) return fail("out_of_range", "options.yDomain", `min ${min} must be below max ${max}`);
  return [min, max];
}

/**
 * The actual line: the target's cumulative path (`cumulativePath`, the library's one reading of
 * observations: baseline precedence, same-day increments, corrections; decreases kept as
 * reported) from the baseline date to `asOf`, or the caller's `series` of plotted values as given.
 */
function actualSeries(target: Target, o: Record<string, unknown>, asOf: CalendarDate | undefined): DatedValue[] {
  const keep = (date: CalendarDate) => date > target.baseline.date && (asOf === undefined || date <= asOf);
  if (o.observations !== undefined) {
    const { points } = cumulativePath(o.observations, {
      baseline: target.baseline,
      baselinePath: "target.baseline",
      direction: target.direction,
      onDecrease: "warn",
    });
    // The chart starts at the baseline date: earlier observations only led up to it.
    return points
      .filter((p) => p.date === target.baseline.date || keep(p.date))
      .map((p) => ({ date: p.date, value: p.value }));
  }
  const points: DatedValue[] = [{ date: target.baseline.date, value: target.baseline.value }];
  if (o.series !== undefined) {
    readArray(o.series, "series").forEach((p, i) => {
      const r = readLoose(p, at("series", i));
      const date = readDate(r.date, at(at("series", i), "date"));
      const value = toFinite(r.value, at(at("series", i), "value"));
      if (keep(date)) points.push({ date, value });
    });
    points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  return points;
}

function projectionPoints(p: Record<string, unknown> | undefined, target: Target, current: unknown): ProjectedPoint[] {
  if (p === undefined) return [];
  if (p.points === undefined) {
    // An assessment's projection holds only the value at the goal date: draw a straight segment
    // from the current value to it, with the interval at the goal date.
    if (p.valueAtGoal === undefined || current === undefined || current === null) return [];
    const c = readLoose(current, "current");
    const from = readDate(c.date, "current.date");
    const v = toFinite(c.value, "current.value");
    const edge = (x: unknown, key: string) =>
      x === null || x === undefined ? null : toFinite(x, at("projection", key));
    const atGoal = {
      date: target.goal.date,
      value: toFinite(p.valueAtGoal, "projection.valueAtGoal"),
      lower: edge(p.lower, "lower"),
      upper: edge(p.upper, "upper"),
    };
    const hasBand = atGoal.lower !== null && atGoal.upper !== null;
    return from < target.goal.date
      ? [{ date: from, value: v, lower: hasBand ? v : null, upper: hasBand ? v : null }, atGoal]
      : [];
  }
  const points = readArray(p.points, "projection.points").map((raw, i) => {
    const path = at("projection.points", i);
    const q = readLoose(raw, path);
    const edge = (v: unknown, key: string) => (v === null || v === undefined ? null : toFinite(v, at(path, key)));
    return {
      date: readDate(q.date, at(path, "date")),
      value: toFinite(q.value, at(path, "value")),
      lower: edge(q.lower, "lower"),
      upper: edge(q.upper, "upper"),
    };
  });
  // A projection from `project` starts after its origin (the last observation): draw the line and
  // the band from the origin itself, where the interval has zero width, so there is no gap.
  if (p.origin !== undefined && p.origin !== null && points.length > 0) {
    const origin = readLoose(p.origin, "projection.origin");
    const date = readDate(origin.date, "projection.origin.date");
    const value = toFinite(origin.value, "projection.origin.value");
    if (date < (points[0] as { date: string }).date) points.unshift({ date, value, lower: value, upper: value });
  }
  return points;
}

/** The confidence as a percentage with the locale's decimal mark: `90%`, `95.5 %` (en), `95,5 %` (id). */
function readConfidence(c: unknown, locale: Locale): string {
  const percent =
    c === undefined || c === null
      ? "90"
      : toDecimal(c, "projection.confidence").times(100).toDecimalPlaces(1).toString();
  return `${locale === "id" ? percent.replace(".", ",") : percent}%`;
}

/** The eta as read: its date or reason, and the dates of its range (absent when not given). */
export interface EtaRead {
  readonly date: CalendarDate | null;
  readonly reason?: string;
  readonly earliest?: { readonly date: CalendarDate | null };
  readonly latest?: { readonly date: CalendarDate | null };
}

function readEta(value: unknown): EtaRead | undefined {
  if (value === undefined || value === null) return undefined;
  const e = readLoose(value, "eta");
  const date = e.date === null || e.date === undefined ? null : readDate(e.date, "eta.date");
  const earliest = readEstimate(e.earliest, "eta.earliest");
  const latest = readEstimate(e.latest, "eta.latest");
  return {
    date,
    ...(e.reason !== undefined && { reason: readString(e.reason, "eta.reason") }),
    ...(earliest !== undefined && { earliest }),
    ...(latest !== undefined && { latest }),
  };
}

/** An end of the eta's range: its date (`null` when none); its reason is not shown. */
function readEstimate(value: unknown, path: string): { date: CalendarDate | null } | undefined {
  if (value === undefined || value === null) return undefined;
  const e = readLoose(value, path);
  return { date: e.date === null || e.date === undefined ? null : readDate(e.date, at(path, "date")) };
}

/** `projection.probabilityOnTime`: a number from 0 to 1, or nothing to show. */
function readChance(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number" || !(value >= 0 && value <= 1))
    return fail(
      "out_of_range",
      "projection.probabilityOnTime",
      `expected a probability from 0 to 1, got ${typeof value === "number" ? String(value) : describeType(value)}`,
    );
  return value;
}

/**
 * An object whose keys are not fixed (an assessment carries many fields the chart ignores): its
 * own properties, read once, with hostile proxies and getters turned into OnboardingTargetsError.
 */
export function readLoose(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null) return readObject(value, path, []);
  // Array.isArray and Object.keys both throw on a revoked proxy: inside atPath.
  const keys = atPath(path, () => {
    if (Array.isArray(value)) fail("invalid_type", path, "expected an object, got an array");
    return Object.keys(value);
  });
  return readObject(value, path, keys);
}

/** A decimal input as a finite float for the chart; `out_of_range` when it overflows a double. */
function toFinite(value: unknown, path: string): number {
  const n = toDecimal(value, path).toNumber();
  if (!Number.isFinite(n)) fail("out_of_range", path, `${String(value).slice(0, 40)} is too large to draw`);
  return n;
}

function readDate(value: unknown, path: string): CalendarDate {
  parseCalendarDate(value, path);
  return value as CalendarDate;
}

function readSize(value: unknown, path: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 50 || value > 10_000) {
    return fail("invalid_option", path, "expected a whole number of pixels between 50 and 10000");
  }
  return value;
}
