/**
 * The one way the library attaches a path to something thrown while it reads a caller's input: a
 * getter that throws, a revoked proxy, an array-like that lies, a stream that breaks. Errors of
 * the library pass unchanged (they already name their path); errors thrown by the caller's own
 * callbacks (`groupBy`, `onWarning`) are marked by {@link userCall} and reach the caller as they
 * were thrown; anything else becomes an `invalid_type` error at the path: `could not be read
 * (<what was thrown>)`.
 * @internal
 * @module
 */
import { OnboardingTargetsError } from "./OnboardingTargetsError.js";

/** Characters of a foreign error's message kept in the library's message. */
const MAX_THROWN_TEXT = 200;

/** What a caller's callback threw, carried through every {@link atPath} untouched. */
class CallerError {
  constructor(readonly error: unknown) {}
}

/**
 * The text of anything thrown, at most 200 characters, never throwing itself (a thrown
 * `Object.create(null)` has no `toString`; a thrown proxy may throw from `instanceof`).
 * @internal
 */
export function thrownText(e: unknown): string {
  try {
    return (e instanceof Error ? e.message : String(e)).slice(0, MAX_THROWN_TEXT);
  } catch {
    return "an unreadable value was thrown";
  }
}

/** `instanceof Promise`, false (not a TypeError) for a revoked proxy, which a reader may well return. */
function isPromise(value: unknown): value is Promise<unknown> {
  try {
    return value instanceof Promise;
  } catch {
    return false;
  }
}

/** `instanceof` that is false, not a TypeError, for a thrown revoked proxy. */
function isOwn(e: unknown): boolean {
  try {
    return e instanceof OnboardingTargetsError || e instanceof CallerError;
  } catch {
    return false;
  }
}

/**
 * What {@link atPath} throws for `e` caught at `path`: `e` itself when it is a library error or a
 * caller's callback error, else `invalid_type` at `path`. For a loop over millions of items, where
 * a closure per item would cost: `try { … } catch (e) { throw pathError(e, at(path, k)); }`.
 * @internal
 */
export function pathError(e: unknown, path: string): unknown {
  if (isOwn(e)) return e;
  return new OnboardingTargetsError([{ code: "invalid_type", path, message: `could not be read (${thrownText(e)})` }]);
}

/**
 * Runs `read`; anything it throws (or its promise rejects with) that is not an
 * OnboardingTargetsError nor a caller's callback error becomes `invalid_type` at `path`. O(1)
 * around `read`.
 *
 * @param path - dotted path of what `read` reads (`""` for the input itself)
 * @param read - reads part of the caller's input; may return a promise
 * @returns what `read` returns
 * @throws {OnboardingTargetsError} `invalid_type` at `path` for a foreign error; library errors as thrown
 * @internal
 */
export function atPath<T>(path: string, read: () => T): T {
  let result: T;
  try {
    result = read();
  } catch (e) {
    throw pathError(e, path);
  }
  if (isPromise(result)) {
    return result.then(undefined, (e: unknown) => {
      throw pathError(e, path);
    }) as T;
  }
  return result;
}

/**
 * Calls one of the caller's callbacks: what it throws passes every {@link atPath} unchanged and
 * reaches the caller as it was thrown once the public function's {@link atBoundary} unwraps it.
 * @internal
 */
export function userCall<T>(callback: () => T): T {
  try {
    return callback();
  } catch (e) {
    // Not an Error on purpose: the wrapper only carries the caller's own throw past atPath.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    throw new CallerError(e);
  }
}

function unwrapped(e: unknown): unknown {
  // Whatever reaches here went through atPath: a library error or a CallerError, never a proxy.
  return e instanceof CallerError ? e.error : e;
}

/**
 * {@link atPath} at the door of a public function that calls the caller's callbacks: as
 * `atPath`, and a callback's own error is rethrown as the callback threw it.
 * @internal
 */
export function atBoundary<T>(path: string, read: () => T): T {
  let result: T;
  try {
    result = atPath(path, read);
  } catch (e) {
    throw unwrapped(e);
  }
  if (isPromise(result)) {
    return result.then(undefined, (e: unknown) => {
      throw unwrapped(e);
    }) as T;
  }
  return result;
}
