import type { ObservationInput, Target } from "../../model/index.js";

/**
 * The key under which an assessment keeps what it was made from, so that `burnUpChart(assessment)`
 * can draw it. A registered symbol (the same in the ESM, CommonJS and browser builds), on a
 * property that is not enumerable: JSON, `toPlain`, spreads and equality checks never see it.
 * @internal
 */
const ASSESSED_FROM = Symbol.for("onboarding-targets.assessedFrom");

/** What an assessment was made from: the read target, the observations and the projection settings. @internal */
export interface AssessedFrom {
  readonly target: Target;
  readonly observations: readonly ObservationInput[];
  readonly projection: Readonly<Record<string, unknown>>;
}

/** Attaches `from` to `assessment` (not enumerable, not writable) and returns the assessment. @internal */
export function withAssessedFrom<T extends object>(assessment: T, from: AssessedFrom): T {
  Object.defineProperty(assessment, ASSESSED_FROM, { value: from, enumerable: false });
  return assessment;
}

/** What `value` was assessed from, when it is an assessment made by `assess` in this process. @internal */
export function assessedFrom(value: unknown): AssessedFrom | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  try {
    return (value as { [ASSESSED_FROM]?: AssessedFrom })[ASSESSED_FROM];
  } catch {
    // A proxy whose traps throw is no assessment; the reader that follows reports it, with its path.
    return undefined;
  }
}
