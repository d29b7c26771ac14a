import { type Decimal, isDecimal, toDecimal } from "../decimal/index.js";
import { fail, OnboardingTargetsError } from "../errors/core.js";
import { MONEY_EXPONENT_LIMIT } from "../model/core.js";
import { isCalendarDate } from "../periods/index.js";
import { fromJSON, type ModelKinds } from "./fromJSON.js";

/**
 * The JSON form of a model value: every Decimal becomes a plain decimal string, the rest is
 * unchanged.
 *
 * @category Schemas
 */
export type JSONOf<T> = T extends Decimal
  ? string
  : T extends readonly (infer U)[]
    ? JSONOf<U>[]
    : T extends object
      ? { [K in keyof T]: JSONOf<T[K]> }
      : T;

/**
 * The JSON form of a model value (a target, observations, an enterprise, a programme, or any
 * plain value holding them): a deep copy in which every Decimal is written as a plain decimal
 * string, never in exponent notation (`"0.0000001"`, not `"1e-7"`), so that any JSON reader
 * keeps every digit. `fromJSON(kind, JSON.parse(JSON.stringify(toJSON(x))))` equals `x`.
 * Properties whose value is `undefined` are left out, as `JSON.stringify` would.
 *
 * It converts whatever it is given and does not re-check model rules, with one exception: a string
 * of the form `YYYY-MM-DD` must be a calendar date, so that no document it writes holds a date
 * such as `2021-02-29`. Values from the `parse…` functions are valid by construction. Pass a kind
 * as second argument (`toJSON(x, "enterprise")`) to validate first.
 *
 * O(size of the value).
 *
 * @category Schemas
 * @param value - a valid model value
 * @returns a JSON-safe deep copy
 * @throws {OnboardingTargetsError} `invalid_date` for a `YYYY-MM-DD` string that is not a calendar date, `invalid_number` for NaN or ±Infinity, `invalid_decimal` for a non-finite or fake Decimal, `out_of_range` for a Decimal beyond 10^±1000, `invalid_type` for a bigint, function, symbol or a value that cannot be read (a throwing getter), each with the dotted path.
 * @example
 * ```ts
 * import { Decimal } from "onboarding-targets";
 * import { toJSON } from "onboarding-targets/schemas";
 * toJSON({ id: "NIB-1", capital: new Decimal("1e-7") });
 * //=> { "id": "NIB-1", "capital": "0.0000001" }
 * ```
 */
export function toJSON<T>(value: T): JSONOf<T>;
/**
 * The JSON form of a model value of the given kind, validated first as the matching `parse…`
 * function does (dates, counts, time zones, …), so the document is valid whatever went in. Decimals
 * are written as plain decimal strings; `fromJSON(kind, JSON.parse(JSON.stringify(toJSON(x, kind))))`
 * equals the parsed `x`.
 *
 * @category Schemas
 * @param value - a model value, in its input or parsed form
 * @param kind - `"target"`, `"observations"`, `"enterprise"` or `"programme"`
 * @returns the JSON form of the validated value
 * @throws {OnboardingTargetsError} the codes of the matching `parse…` function (e.g. `invalid_date` at `onboardedAt`); `invalid_option` (path `kind`) for an unknown kind
 * @example
 * ```ts
 * import { toJSON } from "onboarding-targets/schemas";
 * toJSON({ id: "NIB-1", capital: 1e9, onboardedAt: "2021-05-03" }, "enterprise");
 * //=> { "id": "NIB-1", "onboardedAt": "2021-05-03", "capital": "1000000000" }
 * ```
 */
export function toJSON<K extends keyof ModelKinds>(value: unknown, kind: K): JSONOf<ModelKinds[K]>;
export function toJSON(value: unknown, kind?: keyof ModelKinds): unknown {
  // With a kind, validate first (dates, counts, …), so the document is valid by construction.
  return toJSONValue(kind === undefined ? value : fromJSON(kind, value), "");
}

const at = (path: string, key: string | number) => (path === "" ? String(key) : `${path}.${key}`);
/** The shape of a date string: one with this shape must be a calendar date. */
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

function toJSONValue(value: unknown, path: string): unknown {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) fail("invalid_number", path, `${String(value)} cannot be written as JSON`);
    return value;
  }
  if (typeof value === "string") {
    if (DATE_SHAPE.test(value) && !isCalendarDate(value))
      fail("invalid_date", path, `${value as string} is not a calendar date`);
    return value;
  }
  if (typeof value !== "object" || value === null) {
    if (typeof value === "bigint" || typeof value === "function" || typeof value === "symbol")
      fail("invalid_type", path, `a ${typeof value} cannot be written as JSON`);
    return value;
  }
  try {
    if (isDecimal(value)) {
      const d = toDecimal(value, path); // refuses NaN, ±Infinity and look-alikes
      if (!d.isZero() && Math.abs(d.e) > MONEY_EXPONENT_LIMIT)
        fail("out_of_range", path, `${d.toExponential(3)} is too large or too small to write in plain notation`);
      return d.toFixed();
    }
    if ((value as { toStringTag?: unknown }).toStringTag === "[object Decimal]")
      fail("invalid_decimal", path, "a Decimal look-alike, not a decimal.js value");
    if (Array.isArray(value)) return Array.from(value as unknown[], (v, i) => toJSONValue(v, at(path, i)));
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      // defineProperty, so that an own "__proto__" key stays a key and never sets a prototype.
      if (v !== undefined)
        Object.defineProperty(out, key, {
          value: toJSONValue(v, at(path, key)),
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return out;
  } catch (e) {
    if (e instanceof OnboardingTargetsError) throw e;
    return fail("invalid_type", path, "could not be read");
  }
}
