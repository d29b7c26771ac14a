/**
 * The one module that owns decimal arithmetic. Everything else imports {@link Decimal} from here.
 *
 * It is a `Decimal.clone` of decimal.js with its own precision and rounding, so the library never
 * reads or changes the user's global decimal.js configuration.
 *
 * @module
 */
import DecimalJs from "decimal.js";
import { fail } from "../errors/OnboardingTargetsError.js";

/** Significant digits of every intermediate result (IEEE 754 decimal128 carries 34). */
export const DECIMAL_PRECISION = 40;

/**
 * The library's decimal class: decimal.js with 40 significant digits and half-even (banker's)
 * rounding. Results of the library are instances of it; it accepts any decimal.js value.
 *
 * @category Model
 * @example
 * ```ts
 * import { Decimal } from "onboarding-targets";
 * new Decimal(1).div(3).toString();
 * //=> "0.3333333333333333333333333333333333333333"
 * ```
 */
export const Decimal = DecimalJs.clone({
  precision: DECIMAL_PRECISION,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 40,
  modulo: DecimalJs.ROUND_FLOOR,
  crypto: false,
});
/**
 * An instance of the library's {@link Decimal} class.
 *
 * @category Model
 */
export type Decimal = DecimalJs;

/**
 * What the library accepts wherever a decimal is expected: a finite number, a decimal string
 * (`"1234.5"`, `"1e-7"`) or a decimal.js instance (from any clone).
 *
 * @category Model
 */
export type DecimalInput = number | string | DecimalJs;

/**
 * Largest decimal exponent, either way, that the library accepts: 10^±1000. Counts, money and
 * rates of this domain are nowhere near it; the bound keeps every accepted value printable in
 * plain notation and every ratio of two accepted values finite.
 */
export const DECIMAL_EXPONENT_LIMIT = 1000;

const DECIMAL_STRING = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Converts a {@link DecimalInput} into a library {@link Decimal}, at the boundary.
 * Throws `invalid_decimal` with `path` for NaN, ±Infinity, malformed strings and other types, and
 * `out_of_range` beyond 10^±{@link DECIMAL_EXPONENT_LIMIT} (also for a string whose exponent is
 * too large for decimal.js itself, e.g. `"1e-9000000000000001"`). `-0` becomes `0`.
 * @internal
 */
export function toDecimal(value: unknown, path: string): Decimal {
  const d = toDecimalUnbounded(value, path);
  if (!d.isZero() && (d.e > DECIMAL_EXPONENT_LIMIT || d.e < -DECIMAL_EXPONENT_LIMIT)) {
    fail("out_of_range", path, `${d.toExponential(3)} is beyond the magnitudes the library handles (10^±${DECIMAL_EXPONENT_LIMIT})`);
  }
  return d;
}

function toDecimalUnbounded(value: unknown, path: string): Decimal {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) fail("invalid_decimal", path, `${String(value)} is not a finite number`);
    return new Decimal(Object.is(value, -0) ? 0 : value);
  }
  if (typeof value === "string") {
    const s = value.trim();
    const shown = JSON.stringify(value.slice(0, 40));
    if (s.length > 1000 || !DECIMAL_STRING.test(s)) fail("invalid_decimal", path, `${shown} is not a decimal number`);
    const d = new Decimal(s);
    // A written exponent beyond decimal.js's own range (about ±9e15) overflows to Infinity or
    // underflows to 0: the value written (a non-zero digit before any "e") is finite and
    // non-zero, only far beyond the bound.
    if (!d.isFinite() || (d.isZero() && /^[^eE]*[1-9]/.test(s))) {
      fail("out_of_range", path, `${shown} is beyond the magnitudes the library handles (10^±${DECIMAL_EXPONENT_LIMIT})`);
    }
    return d.isZero() ? new Decimal(0) : d;
  }
  if (isDecimal(value)) {
    const d = value;
    if (!d.isFinite()) fail("invalid_decimal", path, `${d.toString()} is not a finite decimal`);
    return new Decimal(d.isZero() ? 0 : d);
  }
  return fail("invalid_decimal", path, `expected a number, decimal string or Decimal, got ${describeType(value)}`);
}

/** True for any decimal.js instance (of any clone). @internal */
export function isDecimal(value: unknown): value is Decimal {
  // `instanceof`, not DecimalJs.isDecimal: that also accepts any object with a `toStringTag` of
  // "[object Decimal]". Every clone shares decimal.js's prototype, so this holds for all clones.
  // A revoked or hostile proxy throws from getPrototypeOf: it is not a Decimal.
  try {
    return value instanceof DecimalJs;
  } catch {
    return false;
  }
}

/** Names a value's type for error messages. @internal */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (isArraySafe(value)) return "an array";
  if (Number.isNaN(value)) return "NaN";
  return typeof value === "object" ? "an object" : typeof value;
}

/** Array.isArray, false for a revoked proxy (on which it throws). */
function isArraySafe(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** Decimal zero and one, shared. @internal */
export const ZERO = new Decimal(0);
/** @internal */
export const ONE = new Decimal(1);

/**
 * Rounds to `places` decimal places with half-even rounding, for display or allocation only.
 * @internal
 */
export function roundTo(value: Decimal, places: number): Decimal {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_EVEN);
}
