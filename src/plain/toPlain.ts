import { Decimal, describeType, isDecimal } from "../decimal/index.js";
import { fail, atPath, pathError } from "../errors/core.js";
import { at, readObject } from "../read/index.js";

/**
 * The plain form of a value, as {@link toPlain} returns it: every Decimal becomes a `number`,
 * recursively; strings, numbers, booleans and `null` stay; an object keeps its keys except those
 * whose value is a function (or `undefined`), as JSON does; a value with a `toJSON` method becomes
 * the plain form of what that returns. Nothing is `readonly`: it is a fresh copy.
 *
 * @category Plain
 * @example
 * ```ts
 * import { requiredMonthlyRate, toPlain, type Plain, type RequiredMonthlyRate } from "onboarding-targets";
 * const umkm = { id: "umkm", baseline: { date: "2021-04-30", value: 11_700_000 }, goal: { date: "2023-12-31", value: 30_000_000 } };
 * const need: Plain<RequiredMonthlyRate> = toPlain(requiredMonthlyRate(umkm, { date: "2021-12-31", value: 15_000_000 }));
 * need.perMonth;
 * //=> 625000
 * ```
 */
export type Plain<T> = 0 extends 1 & T
  ? // Plain<any> stays any: a caller who typed nothing gets nothing narrower back
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    any
  : unknown extends T
    ? unknown
    : T extends Decimal
      ? number
      : T extends string | number | boolean | null
        ? T
        : T extends undefined | symbol | bigint | ((...args: never[]) => unknown)
          ? never
          : T extends readonly unknown[]
            ? // an element JSON leaves out (undefined, a function, a symbol) is written as null
              {
                -readonly [K in keyof T]:
                  | Plain<T[K]>
                  | (Extract<T[K], undefined | symbol | ((...args: never[]) => unknown)> extends never ? never : null);
              }
            : T extends {
                  /** What `JSON.stringify` writes instead of the value (a Date's ISO string, an error's fields). */
                  toJSON: (...args: never[]) => infer J;
                }
              ? Plain<J>
              : T extends object
                ? {
                    -readonly [
                      K in keyof T as K extends symbol
                        ? never
                        : T[K] extends undefined | symbol | ((...args: never[]) => unknown)
                          ? never
                          : K
                    ]: Plain<T[K]>;
                  }
                : never;

/**
 * Options of {@link toPlain}.
 *
 * @category Plain
 */
export interface ToPlainOptions {
  /**
   * Decimal places every Decimal and every non-integer number is rounded to, half-even (banker's
   * rounding); an integer from 0 to 20. Default 6.
   */
  readonly digits?: number;
}

/** Default of {@link ToPlainOptions.digits}. */
const DEFAULT_DIGITS = 6;
/** Deeper than this is refused rather than risking the stack; a library result is a few levels deep. */
const MAX_DEPTH = 1000;
/** Numbers beyond this exponent are not finite as a JavaScript number (Number.MAX_VALUE ≈ 1.8e308). */
const MAX_NUMBER_EXPONENT = 308;

/**
 * Turns any result of the library (of `assess`, `assessProgramme`, `project`,
 * `requiredMonthlyRate`, `pace`, the input of `burnUpChart`, or any plain value holding them) into
 * plain JSON data, for a dashboard, a chart library, a spreadsheet or a notebook table:
 *
 * - every Decimal becomes a JavaScript `number`, rounded half-even (banker's rounding) to
 *   `digits` decimal places (default 6);
 * - every non-integer number is rounded the same way, on its shortest decimal form (the one
 *   `String(n)` shows), so that `0.125` goes to `0.12` and `0.135` to `0.14` with 2 digits;
 *   integers and strings (dates are `YYYY-MM-DD` strings), booleans and `null` are kept as they are;
 * - arrays and plain objects keep their structure (the same keys in the same order);
 * - what JSON leaves out is left out: non-enumerable members (a projection's `valueAt` and
 *   `dateReaching`), functions and `undefined` fields (in an array, JSON's `null`); a value with a
 *   `toJSON` method (a `Date`, an error) is replaced by what it returns, as `JSON.stringify` does.
 *
 * So `JSON.parse(JSON.stringify(toPlain(x)))` deep-equals `toPlain(x)`. It never returns NaN,
 * ±Infinity or `-0`, and never changes its input.
 *
 * A JavaScript number holds about 15 significant digits: a Decimal such as
 * `638095.2380952380952380952380952380952381` comes out as `638095.238095` (6 digits) or
 * `638095.24` (2). Where every digit matters, keep the Decimals, or write them as decimal strings
 * with `toJSON` of `onboarding-targets/schemas`.
 *
 * O(size of the value).
 *
 * @see The guide [from data to a dashboard](../../docs/guides/6-from-data-to-a-dashboard.md#6-the-table) (an
 *   assessment as the rows of a table).
 * @category Plain
 * @param value - a result of the library, or any plain data holding Decimals
 * @param options - `digits`: decimal places, an integer from 0 to 20 (default 6)
 * @returns a fresh deep copy in plain JSON data: numbers, strings, booleans, `null`, arrays and plain objects
 * @throws {OnboardingTargetsError} each with the dotted path of the offending value (`""` for `value` itself, `perMonth`, `points.3.value`, …): `invalid_number` for NaN or ±Infinity; `invalid_decimal` for a non-finite Decimal or a Decimal look-alike; `out_of_range` for a Decimal too large for a JavaScript number (beyond about 1.8e308) or nesting deeper than 1000 levels; `invalid_type` for a bigint, a value that refers back to itself (a cycle), an object that is neither an array nor a plain object and has no `toJSON` (a Map, a Set, a typed array, a class instance), a `toJSON` that returns `undefined`, `undefined` or a function as `value` itself, or a value that cannot be read (a throwing getter); `invalid_number` (path `options.digits`) unless `digits` is an integer, `out_of_range` unless it is from 0 to 20; `invalid_type` / `unknown_key` (path `options…`) for options that are not an object or have other keys
 * @example
 * ```ts
 * import { assess, toPlain } from "onboarding-targets";
 * const umkm = { id: "umkm", baseline: { date: "2021-04-30", value: 11_700_000 }, goal: { date: "2023-12-31", value: 30_000_000 } };
 * const observations = [{ date: "2021-12-31", value: 15_000_000 }, { date: "2022-03-31", value: 16_600_000 }];
 * // A dashboard's JSON: every Decimal a number with 2 decimal places.
 * const body = JSON.stringify(toPlain(assess(umkm, observations, { asOf: "2022-04-15" }), { digits: 2 }));
 * body.slice(body.indexOf('"required"'), body.indexOf(',"runRate"'));
 * //=> '"required":{"state":"in-progress","remaining":13400000,"months":21,"perMonth":638095.24,"perMonthReason":null,"compoundMonthlyGrowth":0.03,"compoundReason":null}'
 * toPlain({ third: 1 / 3, tie: 0.125, date: "2022-03-31", skipped: undefined }, { digits: 2 });
 * //=> { "third": 0.33, "tie": 0.12, "date": "2022-03-31" }
 * ```
 */
export function toPlain<T>(value: T, options: ToPlainOptions = {}): Plain<T> {
  // `options` is never undefined here: the default parameter stands in for it.
  const o = readObject(options, "options", ["digits"]);
  const digits = o.digits === undefined ? DEFAULT_DIGITS : readDigits(o.digits, "options.digits");
  if (value === undefined || typeof value === "function" || typeof value === "symbol") {
    return fail("invalid_type", "", `${describeType(value)} has no JSON form`);
  }
  return plainValue(value, "", "", { digits, open: new Set(), depth: 0 }) as Plain<T>;
}

function readDigits(value: unknown, path: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    return fail(
      "invalid_number",
      path,
      `expected an integer from 0 to 20, got ${typeof value === "number" ? String(value) : describeType(value)}`,
    );
  }
  if (value < 0 || value > 20) return fail("out_of_range", path, `${value} is outside 0 to 20`);
  return value;
}

interface Walk {
  readonly digits: number;
  /** The objects and arrays being copied, from the root down to here: meeting one again is a cycle. */
  readonly open: Set<object>;
  depth: number;
}

/** `-0` has no JSON form (it is written `0`): every zero comes out as `0`. */
const unsigned = (n: number): number => (n === 0 ? 0 : n);

/** A finite number rounded half-even to `digits` places, on its shortest decimal form. */
function roundNumber(n: number, digits: number): number {
  if (Number.isInteger(n)) return unsigned(n); // every number beyond 2^53 is an integer
  return unsigned(new Decimal(n).toDecimalPlaces(digits, Decimal.ROUND_HALF_EVEN).toNumber());
}

/** A finite Decimal (of any decimal.js clone) rounded half-even to `digits` places, as a number. */
function decimalNumber(d: Decimal, digits: number, path: string): number {
  if (!d.isFinite()) return fail("invalid_decimal", path, `${d.toString()} is not a finite decimal`);
  // Checked before rounding or printing: a Decimal may carry an exponent of up to 9e15.
  if (!d.isZero() && d.e > MAX_NUMBER_EXPONENT)
    return fail("out_of_range", path, `${d.toExponential(3)} is too large for a JavaScript number`);
  const n = d.toDecimalPlaces(digits, Decimal.ROUND_HALF_EVEN).toNumber();
  if (!Number.isFinite(n))
    return fail("out_of_range", path, `${d.toExponential(3)} is too large for a JavaScript number`);
  return unsigned(n);
}

/** True for JSON's "leave it out" values. */
const isDropped = (v: unknown): boolean => v === undefined || typeof v === "function" || typeof v === "symbol";

/**
 * An object whose prototype is `null` or a root prototype (`Object.prototype` of this or another
 * realm, such as a `vm` context): not a Map, Set, Date, typed array, boxed primitive or class instance.
 */
function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** The name of an object's kind for messages: "a Map", "a Float64Array", "an object". */
function kindOf(value: object): string {
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  return tag === "Object" ? "an object that is not a plain object" : `a${/^[AEIOU]/.test(tag) ? "n" : ""} ${tag}`;
}

function plainValue(value: unknown, key: string, path: string, walk: Walk): unknown {
  switch (typeof value) {
    case "number":
      if (!Number.isFinite(value)) return fail("invalid_number", path, `${String(value)} has no JSON form`);
      return roundNumber(value, walk.digits);
    case "string":
    case "boolean":
      return value;
    case "bigint":
      return fail("invalid_type", path, "a bigint has no JSON form; convert it to a number or a string first");
    case "object":
      if (value === null) return null;
      return atPath(path, () => plainObject(value, key, path, walk));
    default:
      // undefined, functions and symbols are left out by the callers; nothing else remains.
      return fail("invalid_type", path, `${describeType(value)} has no JSON form`);
  }
}

function plainObject(value: object, key: string, path: string, walk: Walk): unknown {
  if (isDecimal(value)) return decimalNumber(value, walk.digits, path);
  if ((value as { toStringTag?: unknown }).toStringTag === "[object Decimal]")
    return fail("invalid_decimal", path, "a Decimal look-alike, not a decimal.js value");
  if (walk.open.has(value))
    return fail("invalid_type", path, "refers back to an object that contains it (a cycle), which JSON cannot write");
  if (walk.depth >= MAX_DEPTH) return fail("out_of_range", path, `is nested deeper than ${MAX_DEPTH} levels`);
  walk.open.add(value);
  walk.depth++;
  try {
    if (Array.isArray(value)) {
      const length = (value as unknown[]).length;
      const out: unknown[] = [];
      for (let i = 0; i < length; i++) {
        const v = readMember(value, i, path);
        out.push(isDropped(v) ? null : plainValue(v, String(i), at(path, i), walk));
      }
      return out;
    }
    const toJSON: unknown = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === "function") {
      const replaced: unknown = toJSON.call(value, key);
      return isDropped(replaced)
        ? fail("invalid_type", path, `its toJSON() returned ${describeType(replaced)}`)
        : plainValue(replaced, key, path, walk);
    }
    if (!isPlainObject(value))
      return fail(
        "invalid_type",
        path,
        `expected plain data (a Decimal, number, string, boolean, null, array or plain object), got ${kindOf(value)}`,
      );
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value)) {
      const v = readMember(value, k, path);
      // defineProperty, so that an own "__proto__" key stays a key and never sets a prototype.
      if (!isDropped(v))
        Object.defineProperty(out, k, {
          value: plainValue(v, k, at(path, k), walk),
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return out;
  } finally {
    walk.open.delete(value);
    walk.depth--;
  }
}

/**
 * `container[key]`, with a throwing getter or proxy trap reported at the member's own path
 * (pathError rather than atPath: no closure per member of a long series).
 */
function readMember(container: object, key: string | number, path: string): unknown {
  try {
    return (container as Record<string | number, unknown>)[key];
  } catch (e) {
    throw pathError(e, at(path, key));
  }
}
