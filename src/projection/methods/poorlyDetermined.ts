import type { Issue } from "../../errors/core.js";
import { interpolate } from "./fitRunRate.js";
import type { CurveFit } from "../../numeric/index.js";
import type { FloatPath } from "./model.js";

/** One estimated parameter of a curve, as the warnings name it. @internal */
export interface CurveParameter {
  /** Its key in `Projection.parameters`: the warning's path is `parameters.<name>`. */
  readonly name: string;
  /** In words, for the message: "the capacity K". */
  readonly words: string;
  /** The solver's box coordinate that moves it (`fit.bounds`, `fit.onBound`), when it has one. */
  readonly coordinate?: string;
  /**
   * What a bound reached means, per side, for the message (default: the data do not pin it down);
   * null for a side that is no sign of a poorly determined parameter.
   */
  readonly onBound?: { readonly lower?: string | null; readonly upper?: string | null };
  /**
   * A position on the month axis (the logistic's midpoint) rather than a size: its standard error
   * is compared with the months the data span, not with its value (which depends on the origin).
   */
  readonly location?: boolean;
}

/** The level a rising curve saturates at, checked against the path's own slowing. @internal */
export interface FittedLevel {
  /** The parameter (`capacity`, `M`). */
  readonly parameter: CurveParameter;
  /** What the path has reached, in the level's terms: its last value, or its rise since the launch (Bass's M). */
  readonly reached: number;
  /** The same in words, for the message. */
  readonly reachedWords: string;
}

/**
 * The `poorly_determined` warnings of a least-squares curve fit, one per parameter that the data
 * do not pin down, in the order of `parameters`. A parameter is poorly determined when
 *
 * 1. it sits on a bound of its search range (`fit.onBound`): the optimum is the box's edge, not a
 *    minimum the data chose (except on a side that `onBound` marks null: the logistic's capacity on
 *    its lower end, 0.1 % above the largest value, is a path that has levelled off);
 * 2. its standard error exceeds its size (relative standard error > 1; for a location on the month
 *    axis, the months the data span), or the standard errors are undefined although residual
 *    degrees of freedom remain (JᵀJ singular: the data cannot tell the parameters apart);
 * 3. it is the level a rising curve saturates at (the logistic's capacity, Bass's M) and the path
 *    has not slowed down (see {@link slowing}): the level then comes from the curve's shape, not
 *    from any levelling off in the data. A logistic curve fitted to a straight line, for one, puts
 *    its midpoint inside the data and its capacity 10 to 20 % above the last value, with small
 *    standard errors (they assume independent residuals, which a running total's are not): only
 *    this rule tells that nothing in the data supports it. It replaces a test of the level against
 *    a multiple of the last value, which such a fit never trips.
 *
 * Messages are plain English, naming the parameter and every reason that applies. O(n).
 * @param fit - what the least squares found
 * @param parameters - the estimated parameters
 * @param values - the fitted parameters by name (`Projection.parameters`)
 * @param path - the fitted path (for its span and its slowing)
 * @param level - the saturation level of a rising curve, or undefined (given, or a falling curve)
 * @returns the warnings, possibly none
 * @internal
 */
export function poorlyDetermined(
  fit: CurveFit,
  parameters: readonly CurveParameter[],
  values: Readonly<Record<string, number>>,
  path: FloatPath,
  level: FittedLevel | undefined,
): Issue[] {
  const { x } = path;
  const span = (x[x.length - 1] as number) - (x[0] as number);
  const singular = fit.standardErrors === null && fit.residuals > fit.estimated.length;
  const unsaturated = level !== undefined && !slowing(path);
  const issues: Issue[] = [];
  for (const parameter of parameters) {
    const reasons: string[] = [];
    const { name, coordinate } = parameter;
    const value = values[name] as number;
    const side = coordinate === undefined ? undefined : fit.onBound[coordinate];
    const box = coordinate === undefined ? undefined : fit.bounds[coordinate];
    const meaning = side === undefined ? undefined : parameter.onBound?.[side];
    if (side !== undefined && box !== undefined && meaning !== null) {
      const at = coordinate === name ? ` (${show(side === "lower" ? box[0] : box[1])})` : "";
      reasons.push(`it sits on the ${side} end of its search range${at}: ${meaning ?? "the data do not pin it down"}`);
    }
    const se = fit.standardErrors?.[name];
    if (singular) reasons.push("the data cannot tell it apart from the other parameters (no standard error)");
    else if (se !== undefined && parameter.location === true && se > span)
      reasons.push(`its standard error, ${show(se)} months, exceeds the ${show(span)} months the data span`);
    else if (se !== undefined && parameter.location !== true && se > Math.abs(value))
      reasons.push(`its standard error, ${show(se)}, exceeds its value`);
    if (unsaturated && level.parameter.name === name) {
      const ratio = level.reached > 0 ? ` (${show(value / level.reached)} times ${level.reachedWords})` : "";
      reasons.push(
        `the path has not slowed down, so this level${ratio} comes from the curve's shape, not from any levelling off in the data`,
      );
    }
    if (reasons.length > 0)
      issues.push({
        code: "poorly_determined",
        path: `parameters.${name}`,
        message: `${capitalise(parameter.words)}, ${show(value)}, is poorly determined: ${reasons.join("; ")}.`,
      });
  }
  return issues;
}

/** The path has slowed when its last third rises at less than this share of the faster earlier third. */
export const SLOWED = 0.75;

/**
 * Whether the path has slowed down: the mean monthly change over the last third of its span is
 * less than {@link SLOWED} times the larger of those over the first and the middle third, in the
 * direction of its overall change (values between points interpolated linearly on the month axis).
 * The margin keeps the noise of a straight line from passing for a slowdown. A path with no time
 * between its ends has not slowed.
 * @internal
 */
export function slowing(path: FloatPath): boolean {
  const { x, y } = path;
  const n = x.length;
  const first = x[0] as number;
  const span = (x[n - 1] as number) - first;
  if (!(span > 0)) return false;
  const sign = (y[n - 1] as number) >= (y[0] as number) ? 1 : -1;
  const third = (k: number) =>
    (sign * (interpolate(path, first + (k * span) / 3) - interpolate(path, first + ((k - 1) * span) / 3))) / (span / 3);
  return third(3) < SLOWED * Math.max(third(1), third(2));
}

/** A number to 4 significant digits, for messages. */
function show(v: number): string {
  return String(Number(v.toPrecision(4)));
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
