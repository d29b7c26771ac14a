import { DECIMAL_EXPONENT_LIMIT, type Decimal, toDecimal } from "../decimal/index.js";
import { fail } from "../errors/core.js";
import { at, collect, readCount, readEnum, readObject, readString } from "../read/index.js";
import { isCalendarDate, parseCalendarDate } from "../periods/core.js";
import { SIZES } from "./readTarget.js";
import type { Enterprise, EnterpriseSize } from "./types.js";

const ENTERPRISE_KEYS = [
  "id",
  "name",
  "size",
  "sector",
  "region",
  "platform",
  "onboardedAt",
  "capital",
  "annualSales",
  "workers",
];

// An ISO 8601 instant with an explicit offset: `2021-05-03T10:15:00+07:00`, `...Z`.
const INSTANT_RE =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(:([0-5]\d)(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/**
 * True for a `YYYY-MM-DD` calendar date or an ISO 8601 instant with an explicit offset (`Z` or
 * `±hh:mm`); an instant without an offset would depend on the machine's time zone, so it is refused.
 * @internal
 */
export function isDateOrInstant(value: unknown): value is string {
  if (isCalendarDate(value)) return true;
  if (typeof value !== "string") return false;
  const m = INSTANT_RE.exec(value);
  return m !== null && isCalendarDate(m[1]);
}

/** Reads `onboardedAt`: a calendar date or an instant with offset; `invalid_date` otherwise. @internal */
export function readDateOrInstant(value: unknown, path: string): string {
  if (typeof value === "string" && isDateOrInstant(value)) return value;
  if (typeof value === "string" && !value.includes("T")) parseCalendarDate(value, path); // the precise date message
  const shown = typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : typeof value;
  return fail("invalid_date", path, `expected a YYYY-MM-DD date or an ISO 8601 instant with offset, got ${shown}`);
}

/** Largest decimal exponent, either way, of an amount of money: the decimal module's bound. @internal */
export const MONEY_EXPONENT_LIMIT = DECIMAL_EXPONENT_LIMIT;

/** Reads an amount of money (IDR): a finite, non-negative decimal. @internal */
export function readMoney(value: unknown, path: string): Decimal {
  // toDecimal bounds the exponent, so every valid amount can be written in plain notation (toJSON).
  const d = toDecimal(value, path);
  if (d.isNegative()) fail("out_of_range", path, `${d.toFixed()} is negative; amounts of money here are non-negative`);
  return d;
}

/**
 * Validates an enterprise and reads its amounts into exact decimals, returning a new object (the
 * input is never mutated), with keys in a fixed order.
 * @internal
 */
export function readEnterprise(input: unknown, path = "enterprise"): Enterprise {
  const o = readObject(input, path, ENTERPRISE_KEYS);
  const e: { -readonly [K in keyof Enterprise]?: Enterprise[K] } = {};
  const optional =
    <K extends keyof Enterprise>(key: K, read: (v: unknown, p: string) => Enterprise[K]) =>
    () => {
      if (o[key] !== undefined) e[key] = read(o[key], at(path, key));
    };
  return collect(
    [
      () => (e.id = readString(o.id, at(path, "id"))),
      optional("name", readString),
      optional("size", (v, p) => readEnum<EnterpriseSize>(v, p, SIZES)),
      optional("sector", readString),
      optional("region", readString),
      optional("platform", readString),
      optional("onboardedAt", readDateOrInstant),
      optional("capital", readMoney),
      optional("annualSales", readMoney),
      optional("workers", readCount),
    ],
    () => {
      const out: Record<string, unknown> = {};
      for (const key of ENTERPRISE_KEYS)
        if (e[key as keyof Enterprise] !== undefined) out[key] = e[key as keyof Enterprise];
      return out as unknown as Enterprise;
    },
  );
}
