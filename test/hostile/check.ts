// What a hostile call may do: return a valid result, or throw OnboardingTargetsError with a string
// code and path. These helpers check exactly that, plus "no polluted prototype" and "inputs not
// mutated".
import DecimalJs from "decimal.js";
import { OnboardingTargetsError, isCalendarDate } from "../../src/index.js";
import { HostileCallbackError } from "./values.js";

const DATE_LIKE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[a-z][a-z_]*$/;

/**
 * Problems in a result: NaN, ±Infinity, an Invalid Date, a non-finite Decimal, or a `YYYY-MM-DD`
 * string that is not a calendar date. Walks plain objects, arrays, typed arrays, Maps and Sets;
 * reads getters (a getter that throws on a result is a problem too). `budget` bounds the walk.
 */
export function scanResult(
  value: unknown,
  path = "result",
  problems: string[] = [],
  seen = new Set<object>(),
  budget = { left: 2_000_000 },
): string[] {
  if (problems.length >= 5 || budget.left-- <= 0) return problems;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) problems.push(`${path} is ${value}`);
    return problems;
  }
  if (typeof value === "string") {
    if (value.length === 10 && DATE_LIKE.test(value) && !isCalendarDate(value))
      problems.push(`${path} is ${JSON.stringify(value)}, not a calendar date`);
    return problems;
  }
  if (typeof value !== "object" || value === null) return problems;
  if (seen.has(value)) return problems;
  seen.add(value);
  if (DecimalJs.isDecimal(value)) {
    if (!(value as DecimalJs).isFinite()) problems.push(`${path} is Decimal ${String(value)}`);
    return problems;
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) problems.push(`${path} is an Invalid Date`);
    return problems;
  }
  if (ArrayBuffer.isView(value)) {
    if (value instanceof Float64Array || value instanceof Float32Array) {
      for (let i = 0; i < value.length; i++)
        if (!Number.isFinite(value[i])) return (problems.push(`${path}[${i}] is ${value[i]}`), problems);
    }
    return problems;
  }
  if (value instanceof Map) {
    for (const [k, v] of value) scanResult(v, `${path}.get(${String(k)})`, problems, seen, budget);
    return problems;
  }
  if (value instanceof Set) {
    for (const v of value) scanResult(v, `${path}.<set>`, problems, seen, budget);
    return problems;
  }
  if (value instanceof OnboardingTargetsError) return problems; // inside a safeParse result
  try {
    for (const key of Object.keys(value))
      scanResult((value as Record<string, unknown>)[key], `${path}.${key}`, problems, seen, budget);
  } catch (e) {
    problems.push(`${path} could not be read: ${describeError(e)}`);
  }
  return problems;
}

/** Days from 0001-01-01 to 9999-12-31, the calendar the library reads: the most periods one daily series can have. */
export const CALENDAR_DAYS = 3_652_059;

/**
 * How many entries a result holds: the elements of every array and typed array and the members of
 * every Map and Set reachable from it, each object counted once. Stops counting past `cap`.
 */
export function resultEntries(value: unknown, cap: number, seen = new Set<object>(), count = { n: 0 }): number {
  if (typeof value !== "object" || value === null || seen.has(value) || count.n > cap) return count.n;
  seen.add(value);
  if (DecimalJs.isDecimal(value) || value instanceof Date || value instanceof OnboardingTargetsError) return count.n;
  if (ArrayBuffer.isView(value)) {
    count.n += value instanceof DataView ? 0 : (value as unknown as ArrayLike<unknown>).length;
    return count.n;
  }
  let children: Iterable<unknown>;
  try {
    if (value instanceof Map || value instanceof Set) {
      count.n += value.size;
      children = value.values();
    } else {
      if (Array.isArray(value)) count.n += value.length;
      children = Array.isArray(value) ? value : Object.values(value);
    }
    for (const child of children) {
      if (count.n > cap) break;
      resultEntries(child, cap, seen, count);
    }
  } catch {
    // A getter that throws on a result: scanResult reports it.
  }
  return count.n;
}

/** Null when `e` is an acceptable throw; otherwise why not. */
export function badThrow(e: unknown): string | null {
  if (e instanceof OnboardingTargetsError) {
    if (typeof e.code !== "string" || !CODE.test(e.code)) return `OnboardingTargetsError with code ${String(e.code)}`;
    if (typeof e.path !== "string") return `OnboardingTargetsError with path ${String(e.path)}`;
    if (typeof e.message !== "string" || e.message.length > 20_000)
      return `OnboardingTargetsError with a message of ${String(e.message?.length)} characters`;
    return null;
  }
  if (e instanceof HostileCallbackError) return null; // the caller's own callback threw: passing it on is fine
  return `threw ${describeError(e)}`;
}

export function describeError(e: unknown): string {
  if (e instanceof Error) return `${e.constructor.name}: ${e.message.slice(0, 160)}`;
  try {
    return `a non-Error ${typeof e}: ${String(e).slice(0, 80)}`;
  } catch {
    return `a non-Error ${typeof e}`;
  }
}

/** Freezes `value` and everything reachable through its own data properties. Skips proxies' traps failing and typed arrays (which cannot be frozen). */
export function deepFreeze<T>(value: T, seen = new WeakSet<object>()): T {
  // Functions are left alone: freezing a class (decimal.js puts `constructor` on every instance)
  // would freeze its prototype and break the class for everyone.
  if (typeof value !== "object" || value === null) return value;
  if (seen.has(value)) return value;
  seen.add(value);
  if (ArrayBuffer.isView(value)) return value;
  try {
    if (DecimalJs.isDecimal(value)) return Object.freeze(value);
    if (Array.isArray(value) && value.length > 100_000) {
      // One shared element object is the usual large input; freeze the distinct ones only.
      const distinct = new Set<unknown>(value.length > 0 ? [value[0], value[value.length - 1]] : []);
      for (const v of distinct) deepFreeze(v, seen);
      Object.freeze(value);
      return value;
    }
    for (const d of Object.values(Object.getOwnPropertyDescriptors(value))) if ("value" in d) deepFreeze(d.value, seen);
    Object.freeze(value);
  } catch {
    // A proxy whose traps throw, or a revoked one: it cannot be frozen, and needs no freezing.
  }
  return value;
}

/**
 * A string that changes when `value` is mutated: every own property (getters recorded, not
 * called), prototypes by identity, numbers with -0 and NaN kept apart. Strings over 1 000
 * characters are not copied in: they go to `long`, in order, and the string names their place, so
 * that two fingerprints are the same exactly when their texts are and their `long` lists hold the
 * same strings (`===`, compared natively: hashing a million-character string in JavaScript, twice
 * a call, was a quarter of the hostile suite's time). Throws for proxies whose traps throw: such
 * inputs are skipped by the caller.
 */
export function fingerprint(value: unknown, long: string[] = [], seen = new Map<object, number>()): string {
  switch (typeof value) {
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "string":
      if (value.length <= 1000) return JSON.stringify(value);
      long.push(value);
      return `str(${value.length}:#${long.length - 1})`;
    case "bigint":
      return `${value}n`;
    case "symbol":
      return "sym";
    case "undefined":
      return "undef";
    case "boolean":
      return String(value);
    case "function":
      return "fn";
  }
  if (value === null) return "null";
  const obj = value as object;
  const id = seen.get(obj);
  if (id !== undefined) return `#${id}`;
  seen.set(obj, seen.size);
  if (DecimalJs.isDecimal(obj)) return `dec(${String(obj)})`;
  if (ArrayBuffer.isView(obj)) {
    const bytes = new Uint8Array(obj.buffer, obj.byteOffset, obj.byteLength);
    let h = 2166136261;
    for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ (bytes[i] as number), 16777619);
    return `${obj.constructor.name}(${bytes.length}:${h >>> 0})`;
  }
  if (obj instanceof Date) return `date(${obj.getTime()})`;
  if (Array.isArray(obj) && obj.length > 100_000) {
    return `arr(${obj.length}:${fingerprint(obj[0], long, seen)}:${fingerprint(obj[obj.length - 1], long, seen)}:${Object.isFrozen(obj)})`;
  }
  const parts: string[] = [`frozen=${Object.isFrozen(obj)}`, `proto=${protoName(obj)}`];
  for (const key of Reflect.ownKeys(obj)) {
    const d = Reflect.getOwnPropertyDescriptor(obj, key);
    if (d === undefined) continue;
    const k = typeof key === "symbol" ? "[sym]" : key;
    parts.push("value" in d ? `${k}=${fingerprint(d.value, long, seen)}` : `${k}=<accessor>`);
  }
  return `{${parts.join(",")}}`;
}

function protoName(o: object): string {
  const p = Object.getPrototypeOf(o);
  return p === null
    ? "null"
    : p === Object.prototype
      ? "Object"
      : p === Array.prototype
        ? "Array"
        : (p.constructor?.name ?? "?");
}

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];
const pristine = PROTOTYPES.map((p) => Reflect.ownKeys(p));

/** Null when no built-in prototype was touched; otherwise what changed. */
export function pollution(): string | null {
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined) return `({}).polluted is ${String(probe.polluted)}`;
  // Key by key against the keys at start-up (same keys in the same order): no copies, no sorting.
  for (let i = 0; i < PROTOTYPES.length; i++) {
    const now = Reflect.ownKeys(PROTOTYPES[i] as object);
    const then = pristine[i] as PropertyKey[];
    if (now.length !== then.length || now.some((key, k) => key !== then[k]))
      return "a built-in prototype gained or lost keys";
  }
  return null;
}
