/**
 * Small hand-written readers for the plain-function entry point, so that importing one function
 * does not pull zod. Each throws an OnboardingTargetsError naming the path and the problem; none
 * coerces. The zod schemas in `src/schemas` apply the same rules through the same predicates.
 * @internal
 * @module
 */
import { describeType } from "../decimal/index.js";
import { atPath, fail, OnboardingTargetsError, type Issue } from "../errors/core.js";
import { didYouMean } from "./didYouMean.js";

/** Joins a parent path and a key into a dotted path. */
export function at(path: string, key: string | number): string {
  return path === "" ? String(key) : `${path}.${key}`;
}

/**
 * The message of an unknown property: `unknown property "methd"; did you mean "method"?` (the
 * suggestion only when an allowed key is close, see `didYouMean`). The plain readers and the zod
 * schemas both word it here.
 * @internal
 */
export function unknownKeyMessage(key: string, allowed: readonly string[]): string {
  return `unknown property ${JSON.stringify(key.slice(0, 40))}${didYouMean(key, allowed)}`;
}

/**
 * The message of a value outside a fixed set: `expected one of "a", "b", got "x"`, with
 * `; did you mean "a"?` when a string is close to an allowed value. Shared by the plain readers
 * and the zod schemas.
 * @internal
 */
export function enumMessage(value: unknown, options: readonly unknown[]): string {
  const shown = typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : describeType(value);
  const names = options.filter((o): o is string => typeof o === "string");
  const hint = typeof value === "string" ? didYouMean(value, names) : "";
  return `expected one of ${options.map((o) => JSON.stringify(o)).join(", ")}, got ${shown}${hint}`;
}

/** A plain object's own enumerable properties, after checking it is an object and has only `allowed` keys. */
export function readObject(value: unknown, path: string, allowed: readonly string[]): Record<string, unknown> {
  // Array.isArray throws on a revoked proxy: atPath turns that into invalid_type at `path`.
  if (typeof value !== "object" || value === null || atPath(path, () => Array.isArray(value))) {
    return fail("invalid_type", path, `expected an object, got ${describeType(value)}`);
  }
  return atPath(path, () => {
    const out = Object.create(null) as Record<string, unknown>;
    const issues: Issue[] = [];
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) {
        issues.push({ code: "unknown_key", path: at(path, key), message: unknownKeyMessage(key, allowed) });
        continue;
      }
      out[key] = (value as Record<string, unknown>)[key];
    }
    if (issues.length > 0) throw new OnboardingTargetsError(issues);
    return out;
  });
}

/** An array, read into a new array (so getters and proxies are read once). */
export function readArray(value: unknown, path: string): unknown[] {
  if (!atPath(path, () => Array.isArray(value)))
    return fail("invalid_type", path, `expected an array, got ${describeType(value)}`);
  return atPath(path, () => Array.from(value as unknown[]));
}

/** A non-negative safe integer count. */
export function readCount(value: unknown, path: string): number {
  if (typeof value !== "number")
    return fail("invalid_count", path, `expected a count (a non-negative integer), got ${describeType(value)}`);
  if (!Number.isFinite(value)) return fail("invalid_count", path, `${String(value)} is not a finite number`);
  if (!Number.isInteger(value)) return fail("invalid_count", path, `${value} is not a whole number`);
  if (value < 0) return fail("invalid_count", path, `${value} is negative; counts are non-negative`);
  if (!Number.isSafeInteger(value))
    return fail("invalid_count", path, `${value} is beyond 2^53 - 1, where integers lose precision`);
  return Object.is(value, -0) ? 0 : value;
}

/** A finite number: `invalid_number` otherwise, with the library's one wording of it. */
export function readFiniteNumber(value: unknown, path: string): number {
  if (typeof value !== "number" || !Number.isFinite(value))
    return fail(
      "invalid_number",
      path,
      `expected a finite number, got ${typeof value === "number" ? String(value) : describeType(value)}`,
    );
  return value;
}

/** A finite number strictly between `lo` and `hi` (`hi` may be Infinity). */
export function readOpenNumber(value: unknown, path: string, lo: number, hi: number): number {
  const n = readFiniteNumber(value, path);
  if (!(n > lo && n < hi))
    return fail("out_of_range", path, `${n} must be above ${lo}${hi === Infinity ? "" : ` and below ${hi}`}`);
  return n;
}

/** The default two-sided confidence of an interval. */
export const DEFAULT_CONFIDENCE = 0.9;

/** A two-sided confidence, strictly between 0 and 1; {@link DEFAULT_CONFIDENCE} when absent. */
export function readConfidence(value: unknown, path: string): number {
  return value === undefined ? DEFAULT_CONFIDENCE : readOpenNumber(value, path, 0, 1);
}

/** A finite, non-negative number (weights). */
export function readNonNegative(value: unknown, path: string): number {
  const n = readFiniteNumber(value, path);
  if (n < 0) return fail("invalid_number", path, `${n} is negative`);
  return Object.is(n, -0) ? 0 : n;
}

/** A non-empty string of at most `max` characters. */
export function readString(value: unknown, path: string, max = 1000): string {
  if (typeof value !== "string") return fail("invalid_type", path, `expected a string, got ${describeType(value)}`);
  if (value.length === 0) return fail("invalid_type", path, "must not be empty");
  if (value.length > max)
    return fail("out_of_range", path, `is ${value.length} characters long; at most ${max} are allowed`);
  return value;
}

/** One of a fixed set of strings; a near miss gets a suggestion ("did you mean"). */
export function readEnum<T extends string>(value: unknown, path: string, options: readonly T[]): T {
  if (typeof value !== "string" || !(options as readonly string[]).includes(value))
    return fail("invalid_enum", path, enumMessage(value, options));
  return value as T;
}

/** A boolean. */
export function readBoolean(value: unknown, path: string): boolean {
  if (typeof value !== "boolean")
    return fail("invalid_type", path, `expected true or false, got ${describeType(value)}`);
  return value;
}

/**
 * Reads every field with its reader, collecting issues from all of them, and throws them together.
 */
export function collect<T>(readers: ReadonlyArray<() => void>, build: () => T): T {
  const issues: Issue[] = [];
  for (const r of readers) {
    try {
      r();
    } catch (e) {
      if (e instanceof OnboardingTargetsError) issues.push(...e.issues);
      else throw e;
    }
  }
  if (issues.length > 0) throw new OnboardingTargetsError(issues);
  return build();
}
