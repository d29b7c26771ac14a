/**
 * The one module that owns decimal arithmetic. Everything else imports {@link Decimal} from here.
 *
 * It is a `Decimal.clone` of decimal.js with its own precision and rounding, so the library never
 * reads or changes the user's global decimal.js configuration.
 *
 * @module
 */
// The named import: decimal.js's declarations are CommonJS, and a default import of them is the
// module namespace, not the class, for a consumer compiled as ESM under node16/nodenext.
import { Decimal as DecimalJs } from "decimal.js";
import { fail } from "../errors/core.js";

/** Significant digits of every intermediate result (IEEE 754 decimal128 carries 34). */
export const DECIMAL_PRECISION = 40;

/**
 * The library's decimal class: decimal.js with 40 significant digits and half-even (banker's)
 * rounding. Results of the library are instances of it; it accepts any decimal.js value.
 *
 * Its instances are decimal.js instances (`instanceof` the decimal.js class holds) with every
 * decimal.js method; arithmetic on them returns library instances. Node's `util.inspect` (so
 * `console.log`, `console.table`, the REPL and notebooks such as tslab) shows one as
 * `Decimal(638095.238095…)`: at most 12 significant digits, never fewer than its integer digits, a
 * trailing `…` when digits were cut (cut, not rounded: the digits shown are the value's own).
 * `String(d)`, `d.toString()` and `JSON.stringify` give the full value. The user's own decimal.js
 * class and its instances print as before: the library never changes decimal.js's prototype.
 *
 * @category Decimal
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

/** Significant digits that `util.inspect` shows of a library Decimal (its integer digits always). @internal */
export const INSPECT_DIGITS = 12;

// Every clone shares decimal.js's one prototype object, so a method added there would change the
// user's own decimal.js class too. The library's class gets a prototype of its own instead, which
// inherits every method from decimal.js's (so `instanceof` decimal.js still holds) and adds only
// how Node prints it. decimal.js builds each result with `new x.constructor(…)`, and every
// instance's `constructor` is the class that made it: results of arithmetic get this prototype too.
// The symbol is the registered one, so that no Node module is imported (browser bundles).
const INSPECT = Symbol.for("nodejs.util.inspect.custom");
const prototype = Object.create(DecimalJs.prototype, {
  constructor: { value: Decimal, writable: true, configurable: true },
  [INSPECT]: {
    value: function inspect(
      this: Decimal,
      _depth?: unknown,
      options?: { stylize?: (text: string, style: string) => string },
    ): string {
      const text = inspectDigits(this);
      return `Decimal(${typeof options?.stylize === "function" ? options.stylize(text, "number") : text})`;
    },
    writable: true,
    configurable: true,
  },
}) as object;
(Decimal as { prototype: object }).prototype = prototype;

/**
 * The digits `util.inspect` shows: the value cut (toward zero) to {@link INSPECT_DIGITS}
 * significant digits, or to its integer digits when it has more, with `…` where digits were cut.
 * @internal
 */
export function inspectDigits(d: Decimal): string {
  if (!d.isFinite()) return d.toString();
  const keep = Math.max(INSPECT_DIGITS, d.e + 1);
  if (d.sd() <= keep) return d.toString();
  const cut = d.toSignificantDigits(keep, DecimalJs.ROUND_DOWN).toString();
  const e = cut.indexOf("e"); // exponent notation (beyond 10^±40): the mark goes before the exponent
  return e < 0 ? `${cut}…` : `${cut.slice(0, e)}…${cut.slice(e)}`;
}

/**
 * An instance of the library's {@link Decimal} class.
 *
 * @category Decimal
 */
export type Decimal = DecimalJs;

/**
 * What the library accepts wherever a decimal is expected: a finite number, a decimal string
 * (`"1234.5"`, `"1e-7"`) or a decimal.js instance (from any clone).
 *
 * @category Decimal
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
    fail(
      "out_of_range",
      path,
      `${d.toExponential(3)} is beyond the magnitudes the library handles (10^±${DECIMAL_EXPONENT_LIMIT})`,
    );
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
      fail(
        "out_of_range",
        path,
        `${shown} is beyond the magnitudes the library handles (10^±${DECIMAL_EXPONENT_LIMIT})`,
      );
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
  // "[object Decimal]". Every clone's prototype is, or (the library's) inherits from, decimal.js's,
  // so this holds for all clones.
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
