import { type Decimal, isDecimal } from "../decimal/index.js";

/**
 * The JSON form of a model value: every Decimal becomes a plain decimal string, the rest is
 * unchanged.
 *
 * @category Model
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
 * O(size of the value).
 *
 * @category Model
 * @param value - a valid model value
 * @returns a JSON-safe deep copy
 * @throws never
 * @example
 * ```ts
 * import { Decimal } from "onboarding-targets";
 * import { toJSON } from "onboarding-targets/schemas";
 * toJSON({ id: "NIB-1", capital: new Decimal("1e-7") });
 * //=> { "id": "NIB-1", "capital": "0.0000001" }
 * ```
 */
export function toJSON<T>(value: T): JSONOf<T> {
  return toJSONValue(value) as JSONOf<T>;
}

function toJSONValue(value: unknown): unknown {
  if (isDecimal(value)) return value.toFixed();
  if (Array.isArray(value)) return value.map(toJSONValue);
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      // defineProperty, so that an own "__proto__" key stays a key and never sets a prototype.
      if (v !== undefined) Object.defineProperty(out, key, { value: toJSONValue(v), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}
