// Shared test helpers for the library's error contract: a call must throw OnboardingTargetsError.
import { OnboardingTargetsError } from "../../src/errors/OnboardingTargetsError.js";

/** The OnboardingTargetsError that `run` throws; fails the test if it returns or throws anything else. */
export function thrown(run: () => unknown): OnboardingTargetsError {
  try {
    run();
  } catch (e) {
    if (e instanceof OnboardingTargetsError) return e;
    throw new Error(`expected an OnboardingTargetsError, got ${String(e)}`);
  }
  throw new Error("expected an OnboardingTargetsError, but nothing was thrown");
}

/** `[code, path]` of the OnboardingTargetsError that `run` throws. */
export function codeAndPath(run: () => unknown): [string, string] {
  const e = thrown(run);
  return [e.code, e.path];
}
