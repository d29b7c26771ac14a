/**
 * The boundary of the series functions: anything thrown while reading the caller's input that is
 * not an OnboardingTargetsError (a throwing getter, a revoked proxy, an array-like that lies)
 * becomes one, with a path; errors thrown by the caller's own callbacks (`groupBy`, `onWarning`)
 * pass through unchanged.
 * @internal
 * @module
 */
import { fail, OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";

class CallbackError {
  constructor(readonly error: unknown) {}
}

/** Calls a user callback, marking what it throws so that the boundary lets it through. @internal */
export function userCall<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw new CallbackError(e);
  }
}

function describe(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return "an unreadable value was thrown";
  }
}

/** Rethrows `e` as the boundary does, naming `path`. @internal */
export function rethrowAt(e: unknown, path: string): never {
  if (e instanceof OnboardingTargetsError || e instanceof CallbackError) throw e;
  return fail("invalid_type", path, `could not be read (${describe(e).slice(0, 200)})`);
}

/** Runs `fn` at the boundary: library errors as they are, callback errors unwrapped, others at `path`. @internal */
export function atBoundary<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CallbackError) throw e.error;
    return rethrowAt(e, path);
  }
}

/** The same for a promise. @internal */
export async function atBoundaryAsync<T>(path: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof CallbackError) throw e.error;
    return rethrowAt(e, path);
  }
}
