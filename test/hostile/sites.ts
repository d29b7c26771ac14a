// Where to corrupt a call (its "sites": each argument and each field inside it), with which
// hostile values, and how to run one corrupted call and judge it.
import DecimalJs from "decimal.js";
import { isCalendarDate, isTimeZone } from "../../src/index.js";
import {
  CALENDAR_DAYS,
  badThrow,
  deepFreeze,
  describeError,
  fingerprint,
  pollution,
  resultEntries,
  scanResult,
} from "./check.js";
import {
  BOOLEANS,
  CALLBACKS,
  COLUMNS,
  DATES,
  DECIMALS,
  FIELD_CASES,
  type Hostile,
  NUMBERS,
  STRINGS,
  TIME_ZONES,
  WRONG_TYPES,
  arrayShapes,
  objectShapes,
  seriesShapes,
} from "./values.js";

export type Kind =
  | "number"
  | "decimal"
  | "string"
  | "date"
  | "timeZone"
  | "boolean"
  | "callback"
  | "column"
  | "array"
  | "object"
  | "any"
  | "opaque";

export interface Site {
  /** Path into the argument list: first the argument index, then keys. */
  readonly path: readonly PropertyKey[];
  readonly kind: Kind;
  readonly hostiles: readonly Hostile[];
}

const MAX_DEPTH = 5;

export function inferKind(value: unknown): Kind {
  switch (typeof value) {
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "function":
      return "callback";
    case "string":
      if (isCalendarDate(value)) return "date";
      if (/^(UTC|[A-Z][A-Za-z_]+\/[A-Za-z_/+-]+)$/.test(value) && isTimeZone(value)) return "timeZone";
      if (/^[+-]?\d+(\.\d+)?$/.test(value)) return "decimal";
      return "string";
    case "object":
      if (value === null) return "opaque";
      if (DecimalJs.isDecimal(value)) return "decimal";
      if (value instanceof Float64Array) return "column";
      if (ArrayBuffer.isView(value) || value instanceof Date || value instanceof Map || value instanceof Set)
        return "opaque";
      return Array.isArray(value) ? "array" : "object";
    default:
      return "opaque";
  }
}

const isSeries = (a: readonly unknown[]): a is Record<string, unknown>[] =>
  a.length > 0 && a.every((o) => typeof o === "object" && o !== null && !Array.isArray(o) && "date" in o);

function tableFor(kind: Kind, value: unknown): Hostile[] {
  switch (kind) {
    case "number":
      return [...NUMBERS];
    case "decimal":
      return [...DECIMALS];
    case "string":
      return [...STRINGS];
    case "date":
      return [...DATES];
    case "timeZone":
      return [...TIME_ZONES];
    case "boolean":
      return [...BOOLEANS];
    case "callback":
      return [...CALLBACKS];
    case "column":
      return [...COLUMNS];
    case "array": {
      const a = value as unknown[];
      return [...arrayShapes(a), ...(isSeries(a) ? seriesShapes(a) : [])];
    }
    case "object":
      return objectShapes(value as Record<string, unknown>);
    case "any":
      return [
        ...DECIMALS,
        ...STRINGS,
        ...DATES,
        ...TIME_ZONES,
        ...BOOLEANS,
        ...COLUMNS,
        ...objectShapes({ a: 1 }),
        ...arrayShapes([1]),
      ];
    case "opaque":
      return [];
  }
}

export const pathKey = (path: readonly PropertyKey[]) => path.map(String).join(".");

/** Every site of a baseline argument list, each with its hostile table. */
export function sitesOf(args: readonly unknown[], kinds: Readonly<Record<string, Kind>> = {}): Site[] {
  const sites: Site[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    const kind = kinds[pathKey(path)] ?? inferKind(value);
    const hostiles = [...WRONG_TYPES, ...tableFor(kind, value), ...(path.length > 1 ? FIELD_CASES : [])];
    sites.push({ path, kind, hostiles });
    if (path.length >= MAX_DEPTH || kind === "any") return;
    if (kind === "array") {
      const a = value as unknown[];
      const idx = a.length > 1 ? [0, a.length - 1] : a.length === 1 ? [0] : [];
      for (const i of idx) walk(a[i], [...path, i]);
    } else if (kind === "object") {
      for (const key of Object.keys(value as object)) walk((value as Record<string, unknown>)[key], [...path, key]);
    }
  };
  args.forEach((a, i) => walk(a, [i]));
  return sites;
}

/** Installs `hostile` at `path` in a fresh argument list. */
export function corrupt(args: unknown[], path: readonly PropertyKey[], hostile: Hostile): unknown[] {
  let container = args as unknown as Record<PropertyKey, unknown>;
  for (const key of path.slice(0, -1)) container = container[key] as Record<PropertyKey, unknown>;
  hostile.install(container, path[path.length - 1] as PropertyKey);
  return args;
}

export interface Outcome {
  readonly problem: string | null;
  readonly threw: boolean;
  /** What was thrown, described. */
  readonly error?: string;
  readonly result?: unknown;
  /** How many entries the result holds (see resultEntries), counted up to just past the bound. */
  readonly entries: number;
}

/**
 * Calls `fn(...args)` with deep-frozen arguments and judges it: a valid result or a library error;
 * no polluted prototype; arguments unchanged; a result of at most `maxEntries` entries.
 *
 * The bound is on work, not on time: a call's answer may be long (a daily series to 9999-12-31 has
 * 2.9 million periods) but never longer than one entry per day of the calendar the library reads,
 * unless the caller says so (an input of ten million entries may come back as long). A call that
 * hangs is caught by the test's timeout; how fast a call is belongs to `npm run bench`.
 */
export function judge(fn: (...a: unknown[]) => unknown, args: unknown[], maxEntries = CALENDAR_DAYS): Outcome {
  deepFreeze(args);
  let before: string | null = null;
  const longBefore: string[] = [];
  try {
    before = fingerprint(args, longBefore);
  } catch {
    before = null; // a proxy whose traps throw: nothing we can snapshot, and nothing to mutate
  }
  let problem: string | null = null;
  let threw = false;
  let error: string | undefined;
  let result: unknown;
  let entries = 0;
  try {
    result = fn(...args);
  } catch (e) {
    threw = true;
    error = describeError(e);
    problem = badThrow(e);
  }
  if (!threw) {
    const found = scanResult(result);
    if (found.length > 0) problem = `returned an invalid result: ${found.join("; ")}`;
    entries = resultEntries(result, maxEntries);
    if (problem === null && entries > maxEntries) problem = `returned more than ${maxEntries} entries`;
  }
  const polluted = pollution();
  if (polluted !== null) problem = `polluted a prototype: ${polluted}`;
  if (before !== null) {
    let after: string;
    const longAfter: string[] = [];
    try {
      after = fingerprint(args, longAfter);
    } catch (e) {
      after = `unreadable: ${describeError(e)}`;
    }
    if (after !== before || longAfter.some((s, i) => s !== longBefore[i]))
      problem = `mutated its input${problem === null ? "" : ` (and ${problem})`}`;
  }
  return { problem, threw, result, entries, ...(error !== undefined && { error }) };
}
