import { fail } from "../../errors/core.js";
import { at, readEnum, readObject, readOpenNumber } from "../../read/index.js";
import { DEFAULT_WINDOW, FIT_ON, type FitOn } from "../../vocabulary/index.js";
import type { ProjectionSettings } from "./projectPoints.js";

/**
 * The choices besides the fit, which an assessment does not record (it records its method, fit
 * and confidence): what its chart must be told to draw the same projection. @internal
 */
export const PROJECTION_TUNING_KEYS = ["window", "capacity", "bass", "damped"] as const;

/** The options that choose and tune a projection's fit, read alike by `project`, `backtest` and `assess`. @internal */
export const PROJECTION_CHOICE_KEYS = ["fitOn", ...PROJECTION_TUNING_KEYS] as const;

/** The settings read from {@link PROJECTION_CHOICE_KEYS}. @internal */
export type ProjectionChoices = Pick<ProjectionSettings, (typeof PROJECTION_CHOICE_KEYS)[number]>;

/**
 * Reads `fitOn` (default `defaultFitOn`), `window` (default 3), `capacity`, `bass` and `damped`
 * from an options object already read at `path`, so every function that takes them reports the
 * same errors (`invalid_enum`, `invalid_number`, `out_of_range`, `unknown_key` at
 * `options.fitOn` and so on). @internal
 */
export function readProjectionChoices(
  o: Record<string, unknown>,
  path: string,
  defaultFitOn: FitOn,
): ProjectionChoices {
  return {
    fitOn: o.fitOn === undefined ? defaultFitOn : readEnum(o.fitOn, at(path, "fitOn"), FIT_ON),
    window: o.window === undefined ? DEFAULT_WINDOW : readOpenNumber(o.window, at(path, "window"), 0, Infinity),
    capacity: o.capacity === undefined ? undefined : readOpenNumber(o.capacity, at(path, "capacity"), 0, Infinity),
    bass: o.bass === undefined ? undefined : readBass(o.bass, at(path, "bass")),
    damped: o.damped === undefined ? undefined : readDamped(o.damped, at(path, "damped")),
  };
}

/** The `bass` option: `{ p, q, M }`, p and M > 0, q ≥ 0. @internal */
export function readBass(value: unknown, path: string): { p: number; q: number; M: number } {
  const o = readObject(value, path, ["p", "q", "M"]);
  const p = readOpenNumber(o.p, at(path, "p"), 0, Infinity);
  const q = o.q === 0 ? 0 : readOpenNumber(o.q, at(path, "q"), 0, Infinity);
  const M = readOpenNumber(o.M, at(path, "M"), 0, Infinity);
  return { p, q, M };
}

/** The `damped` option: `{ alpha, beta, phi }`, 0 < alpha ≤ 1, 0 ≤ beta ≤ alpha, 0 < phi < 1. @internal */
export function readDamped(value: unknown, path: string): { alpha: number; beta: number; phi: number } {
  const o = readObject(value, path, ["alpha", "beta", "phi"]);
  const alpha = readOpenNumber(o.alpha, at(path, "alpha"), 0, Infinity);
  if (!(alpha <= 1)) fail("out_of_range", at(path, "alpha"), `${alpha} must be above 0 and at most 1`);
  const beta = o.beta === 0 ? 0 : readOpenNumber(o.beta, at(path, "beta"), 0, Infinity);
  if (!(beta <= alpha))
    fail("out_of_range", at(path, "beta"), `${beta} must be at least 0 and at most alpha (${alpha})`);
  const phi = readOpenNumber(o.phi, at(path, "phi"), 0, 1);
  return { alpha, beta, phi };
}
