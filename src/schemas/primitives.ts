/**
 * Leaf schemas shared by the model schemas; each wraps the reader the plain functions use.
 * @internal
 * @module
 */
import type { Decimal, DecimalInput } from "../decimal/index.js";
import { readBoolean, readCount, readEnum, readNonNegative, readString } from "../read/index.js";
import { OBSERVATION_KINDS, readDateOrInstant, readMoney, SIZES } from "../model/core.js";
import { DIRECTIONS } from "../vocabulary/index.js";
import type { Direction, EnterpriseSize, ObservationKind } from "../model/index.js";
import { parseCalendarDate, readTimeZone } from "../periods/core.js";
import { leaf } from "./leaf.js";

/** JSON Schema pattern of the decimal strings written by `toJSON` (plain notation, no exponent) and read back. */
export const DECIMAL_JSON_PATTERN = "^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$";
const DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

/** A non-empty string of at most 1000 characters (ids, names, codes). @internal */
export const TextSchema = leaf<string, string>((v, p) => readString(v, p), {
  type: "string",
  minLength: 1,
  maxLength: 1000,
});
/** A note: a non-empty string of at most 10 000 characters. @internal */
export const NoteSchema = leaf<string, string>((v, p) => readString(v, p, 10_000), {
  type: "string",
  minLength: 1,
  maxLength: 10_000,
});
/** A count: a non-negative safe integer. @internal */
export const CountSchema = leaf<number, number>(readCount, {
  type: "integer",
  minimum: 0,
  maximum: Number.MAX_SAFE_INTEGER,
});
/** A weight: a finite non-negative number. @internal */
export const WeightSchema = leaf<number, number>(readNonNegative, { type: "number", minimum: 0 });
/** A `YYYY-MM-DD` calendar date. @internal */
export const CalendarDateSchema = leaf<string, string>(
  (v, p) => {
    parseCalendarDate(v, p);
    return v as string;
  },
  { type: "string", format: "date", pattern: DATE_PATTERN },
);
/** A calendar date or an ISO 8601 instant with offset. @internal */
export const DateOrInstantSchema = leaf<string, string>(readDateOrInstant, {
  type: "string",
  pattern: "^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?$",
});
/** An IANA time-zone name known to the runtime. @internal */
export const TimeZoneSchema = leaf<string, string>(readTimeZone, {
  type: "string",
  minLength: 1,
  maxLength: 64,
  examples: ["Asia/Jakarta"],
});
/** `increase` or `decrease`. @internal */
export const DirectionSchema = leaf<Direction, Direction>((v, p) => readEnum(v, p, DIRECTIONS), {
  type: "string",
  enum: [...DIRECTIONS],
});
/** `micro`, `small`, `medium` or `large`. @internal */
export const SizeSchema = leaf<EnterpriseSize, EnterpriseSize>((v, p) => readEnum(v, p, SIZES), {
  type: "string",
  enum: [...SIZES],
});
/** `cumulative` or `increment`. @internal */
export const ObservationKindSchema = leaf<ObservationKind, ObservationKind>(
  (v, p) => readEnum(v, p, OBSERVATION_KINDS),
  { type: "string", enum: [...OBSERVATION_KINDS] },
);
/** A boolean. @internal */
export const BooleanSchema = leaf<boolean, boolean>(readBoolean, { type: "boolean" });
/**
 * An amount of money in IDR: a non-negative decimal, given as a number, a decimal string or a
 * Decimal, read into an exact Decimal. In JSON documents it is a decimal string.
 * @internal
 */
export const MoneySchema = leaf<DecimalInput, Decimal>(readMoney, { type: "string", pattern: DECIMAL_JSON_PATTERN });
