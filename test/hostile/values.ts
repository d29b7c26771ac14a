// Tables of hostile values, by the kind of value a parameter (or a field inside it) expects.
// Each entry makes a fresh value, so that freezing or revoking one case never leaks into another.
import { Decimal } from "../../src/index.js";

/** Thrown by the hostile callbacks we pass in: a user's own callback error may propagate as is. */
export class HostileCallbackError extends Error {
  constructor() {
    super("hostile callback");
    this.name = "HostileCallbackError";
  }
}

/**
 * One hostile case: a label, and how to install it at `container[key]` (most cases simply assign a
 * fresh value; some define a throwing getter or delete the key).
 */
export interface Hostile {
  readonly label: string;
  readonly install: (container: Record<PropertyKey, unknown>, key: PropertyKey) => void;
}

const set = (label: string, make: () => unknown): Hostile => ({
  label,
  install: (c, k) => {
    c[k] = make();
  },
});

const POLLUTE = '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}';
export const HUGE = 1_000_000;

function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

function boom(): never {
  throw new Error("hostile getter");
}

/** Values of the wrong type, tried wherever anything is expected. */
export const WRONG_TYPES: readonly Hostile[] = [
  set("undefined", () => undefined),
  set("null", () => null),
  set("true", () => true),
  set("symbol", () => Symbol("hostile")),
  set("bigint 10n", () => 10n),
  set("function", () => () => 1),
  set("empty object", () => ({})),
  set("empty array", () => []),
  set("Date(NaN)", () => new Date(Number.NaN)),
  set("valueOf throws", () => ({ valueOf: boom, toString: boom })),
  set("JSON __proto__/constructor keys", () => JSON.parse(POLLUTE)),
  set("revoked proxy", revokedProxy),
  set(
    "proxy whose traps throw",
    () => new Proxy({}, { get: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, has: boom, getPrototypeOf: boom }),
  ),
];

/** Where a field exists: a getter that throws, and the field left out. */
export const FIELD_CASES: readonly Hostile[] = [
  {
    label: "getter that throws",
    install: (c, k) => {
      Object.defineProperty(c, k, { get: boom, enumerable: true, configurable: true });
    },
  },
  {
    label: "getter that throws a TypeError",
    install: (c, k) => {
      Object.defineProperty(c, k, {
        get() {
          throw new TypeError("hostile getter");
        },
        enumerable: true,
        configurable: true,
      });
    },
  },
  {
    label: "key deleted",
    install: (c, k) => {
      delete c[k];
    },
  },
];

export const NUMBERS: readonly Hostile[] = [
  set("NaN", () => Number.NaN),
  set("Infinity", () => Number.POSITIVE_INFINITY),
  set("-Infinity", () => Number.NEGATIVE_INFINITY),
  set("-0", () => -0),
  set("0", () => 0),
  set("-1", () => -1),
  set("-1e300", () => -1e300),
  set("0.5", () => 0.5),
  set("1.0000001", () => 1.0000001),
  set("Number.MIN_VALUE", () => Number.MIN_VALUE),
  set("2^53", () => 2 ** 53),
  set("2^53 + 2", () => 2 ** 53 + 2),
  set("1e300", () => 1e300),
  set("Number.MAX_VALUE", () => Number.MAX_VALUE),
  set('string "1"', () => "1"),
  set("Number object", () => Object(1)),
];

export const DECIMALS: readonly Hostile[] = [
  ...NUMBERS,
  set("Decimal NaN", () => new Decimal(Number.NaN)),
  set("Decimal Infinity", () => new Decimal(Number.POSITIVE_INFINITY)),
  set("Decimal -Infinity", () => new Decimal(Number.NEGATIVE_INFINITY)),
  set("Decimal 1e+9e15", () => new Decimal("1e+9000000000000000")),
  set("Decimal 1e-9e15", () => new Decimal("1e-9000000000000000")),
  set('"1e+9000000000000000"', () => "1e+9000000000000000"),
  set('"NaN"', () => "NaN"),
  set('"Infinity"', () => "Infinity"),
  set('"0x10"', () => "0x10"),
  set('"1_000"', () => "1_000"),
  set('"3,7"', () => "3,7"),
  set('"-0"', () => "-0"),
  set('""', () => ""),
  set("huge digit string", () => "9".repeat(HUGE)),
  set("fake decimal object", () => ({ d: [1], e: 0, s: 1, toStringTag: "[object Decimal]" })),
];

export const STRINGS: readonly Hostile[] = [
  set('""', () => ""),
  set('" "', () => " "),
  set("1e6-char string", () => "x".repeat(HUGE)),
  set("NUL", () => "\u0000"),
  set("lone surrogate", () => "\ud800"),
  set('"__proto__"', () => "__proto__"),
  set('"constructor"', () => "constructor"),
  set('"hasOwnProperty"', () => "hasOwnProperty"),
  set("number 1", () => 1),
  set("String object", () => Object("x")),
];

export const DATES: readonly Hostile[] = [
  set('""', () => ""),
  set("2021-13-01", () => "2021-13-01"),
  set("2021-02-29", () => "2021-02-29"),
  set("9999-12-32", () => "9999-12-32"),
  set("0000-01-01", () => "0000-01-01"),
  set("2021-00-10", () => "2021-00-10"),
  set("2021-1-1", () => "2021-1-1"),
  set("20210101", () => "20210101"),
  set("' 2021-01-01'", () => " 2021-01-01"),
  set("2021-01-01T00:00:00Z", () => "2021-01-01T00:00:00Z"),
  set("+002021-01-01", () => "+002021-01-01"),
  set("0001-01-01 (earliest)", () => "0001-01-01"),
  set("9999-12-31 (latest)", () => "9999-12-31"),
  set("1970-01-01", () => "1970-01-01"),
  set("2024-02-29 (leap day)", () => "2024-02-29"),
  set("Arabic-Indic digits", () => "\u0662\u0660\u0662\u0661-\u0660\u0661-\u0660\u0661"),
  set("1e6-char string", () => "2021-01-01".repeat(HUGE / 10)),
  set("Date object", () => new Date(0)),
  set("epoch ms", () => 1_609_459_200_000),
];

export const TIME_ZONES: readonly Hostile[] = [
  set("Mars/Olympus_Mons", () => "Mars/Olympus_Mons"),
  set('""', () => ""),
  set("asia/jakarta (case)", () => "asia/jakarta"),
  set("UTC", () => "UTC"),
  set("Etc/GMT+12", () => "Etc/GMT+12"),
  set("Pacific/Kiritimati (UTC+14)", () => "Pacific/Kiritimati"),
  set("Pacific/Chatham (+12:45, DST)", () => "Pacific/Chatham"),
  set("America/St_Johns (-3:30, DST)", () => "America/St_Johns"),
  set("Australia/Lord_Howe (30-min DST)", () => "Australia/Lord_Howe"),
  set("+07:00", () => "+07:00"),
  set("Z", () => "Z"),
  set("NUL suffix", () => "Asia/Jakarta\u0000"),
  set("1e6-char string", () => "A".repeat(HUGE)),
  set("number 7", () => 7),
];

export const BOOLEANS: readonly Hostile[] = [
  set('"true"', () => "true"),
  set("1", () => 1),
  set("Boolean object", () => Object(false)),
];

export const CALLBACKS: readonly Hostile[] = [
  set("callback that throws", () => () => {
    throw new HostileCallbackError();
  }),
  set("callback returning NaN", () => () => Number.NaN),
  set("callback returning undefined", () => () => undefined),
  set("callback returning an object", () => () => ({})),
  set('callback returning "__proto__"', () => () => "__proto__"),
  set("callback returning 1e6 chars", () => () => "g".repeat(HUGE)),
  set("string", () => "x"),
];

export const COLUMNS: readonly Hostile[] = [
  set("empty Float64Array", () => new Float64Array(0)),
  set("Float64Array [NaN]", () => Float64Array.of(Number.NaN)),
  set("Float64Array [Infinity]", () => Float64Array.of(Number.POSITIVE_INFINITY)),
  set("Float64Array [-8.64e15 - 1]", () => Float64Array.of(-8.64e15 - 1)),
  set("Float64Array [8.64e15 + 1]", () => Float64Array.of(8.64e15 + 1)),
  set("Float64Array [-0, 0.5]", () => Float64Array.of(-0, 0.5)),
  set("Float64Array unsorted", () => Float64Array.of(1.7e12, 1.6e12, 1.65e12)),
  set("Int8Array", () => Int8Array.of(1)),
];

/** Shapes tried where an object is expected: `base` is the valid object at that place. */
export function objectShapes(base: Record<string, unknown>): Hostile[] {
  const copyInto = (o: Record<string, unknown>) => {
    for (const k of Object.keys(base))
      Object.defineProperty(o, k, { value: base[k], enumerable: true, writable: true, configurable: true });
    return o;
  };
  return [
    set("own __proto__ key (JSON.parse)", () => copyInto(JSON.parse('{"__proto__":{"polluted":"yes"}}'))),
    set("own constructor.prototype key (JSON.parse)", () =>
      copyInto(JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}')),
    ),
    set("extra unknown key", () => ({ ...base, extra: 1 })),
    set("symbol key", () => ({ ...base, [Symbol("s")]: 1 })),
    set("null prototype copy", () => copyInto(Object.create(null))),
    set("inherited fields only", () => Object.create({ ...base })),
    set("transparent proxy", () => new Proxy({ ...base }, {})),
    set("proxy whose get throws", () => new Proxy({ ...base }, { get: boom })),
    set("proxy whose ownKeys throws", () => new Proxy({ ...base }, { ownKeys: boom })),
    set(
      "proxy whose getOwnPropertyDescriptor throws",
      () => new Proxy({ ...base }, { getOwnPropertyDescriptor: boom }),
    ),
    set("array", () => [base]),
  ];
}

/** Shapes tried where an array is expected. */
export function arrayShapes(base: readonly unknown[]): Hostile[] {
  return [
    set("empty", () => []),
    set("sparse (holes)", () => new Array(Math.max(base.length, 2))),
    set("trailing undefined", () => [...base, undefined]),
    set("array-like object", () => ({ ...base, length: base.length })),
    set("transparent proxy", () => new Proxy([...base], {})),
    set("proxy whose get throws", () => new Proxy([...base], { get: boom })),
    set("element getter throws", () => {
      const a = [...base];
      Object.defineProperty(a, 0, { get: boom, enumerable: true, configurable: true });
      return a;
    }),
    set("Set", () => new Set(base)),
  ];
}

/** Shapes tried where a series of dated values (observations, points) is expected. */
export function seriesShapes(base: readonly Record<string, unknown>[]): Hostile[] {
  const dates = base.map((o) => o.date);
  return [
    set("single entry", () => base.slice(0, 1).map((o) => ({ ...o }))),
    set("unsorted (reversed)", () => [...base].reverse().map((o) => ({ ...o }))),
    set("duplicate date", () => [{ ...base[0] }, ...base.map((o) => ({ ...o }))]),
    set("all on one date", () => base.map((o) => ({ ...o, date: dates[0] }))),
    set("decreasing values", () => base.map((o, i) => ({ ...o, value: base[base.length - 1 - i]?.value }))),
    set("all zero", () => base.map((o) => ({ ...o, value: 0 }))),
    set("values at 2^53 - 1", () => base.map((o) => ({ ...o, value: Number.MAX_SAFE_INTEGER }))),
    set("1e4 entries on one date", () => new Array(10_000).fill(base[0])),
  ];
}
