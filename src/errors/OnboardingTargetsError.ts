/**
 * Stable machine-readable error codes. A code never changes meaning between releases.
 *
 * Among them, about targets: `goal_not_after_baseline` (the goal date is not after the baseline
 * date, at `goal.date`); `inconsistent_target` (the goal value lies on the wrong side of the
 * baseline value for the direction, at `goal.value`); `invalid_target` (a milestone out of
 * order or off the goal, a duplicate or unknown target id in a programme).
 *
 * @category Errors
 */
export type ErrorCode =
  | "invalid_type"
  | "invalid_number"
  | "invalid_count"
  | "invalid_decimal"
  | "invalid_date"
  | "invalid_time_zone"
  | "invalid_enum"
  | "invalid_target"
  | "invalid_weights"
  | "goal_not_after_baseline"
  /**
   * A target that contradicts itself: an `increase` target whose goal value is below its
   * baseline value, or a `decrease` target whose goal value is above it (path `goal.value`).
   * Flip `direction`, or correct the values. A goal equal to the baseline is valid (hold the level).
   */
  | "inconsistent_target"
  | "decreasing_series"
  | "unsorted_series"
  | "duplicate_date"
  | "ambiguous_number"
  | "unparseable_number"
  | "missing_field"
  | "unknown_key"
  | "too_few_points"
  | "out_of_range"
  | "invalid_option"
  /**
   * A warning, never thrown: a projection's fitted curve has a parameter the data cannot pin down
   * (on a bound of its search range, a standard error larger than its value, or a saturation level
   * fitted to a path that has not slowed down). Path `parameters.<name>`, e.g. `parameters.capacity`.
   */
  | "poorly_determined"
  /**
   * A warning, never thrown: a line fitted on cumulative values (`fitOn: "cumulative"`) has
   * autocorrelated residuals (lag-1 autocorrelation above 1.645/√n), so its interval, which assumes
   * independent errors, is too narrow; `fitOn: "increments"` models a running total's errors. Path
   * `options.fitOn`.
   */
  | "autocorrelated_residuals";

/**
 * A snake_case string type in kebab-case: `"a_b_c"` → `"a-b-c"`. Error codes are snake_case and
 * reasons kebab-case; {@link ErrorReason} is one from the other.
 *
 * @category Errors
 */
export type KebabCase<S extends string> = S extends `${infer A}_${infer B}` ? `${A}-${KebabCase<B>}` : S;

/**
 * An {@link ErrorCode} as a machine-readable reason in a result (kebab-case, as every reason is):
 * `too_few_points` → `too-few-points`. An assessment gives one where a projection failed.
 *
 * @category Errors
 */
export type ErrorReason = KebabCase<ErrorCode>;

/** The reason a result gives for an error code. @internal */
export function reasonOfCode(code: ErrorCode): ErrorReason {
  return code.replaceAll("_", "-") as ErrorReason;
}

/**
 * One problem found in an input: what is wrong (`code`), where (`path`, a dotted path such as
 * `goal.date` or `observations.3.value`) and a readable `message`.
 *
 * @category Errors
 */
export interface Issue {
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
  /** Dotted path to the offending field; `""` for the input itself. */
  readonly path: string;
  /** Human-readable explanation, naming the field and the problem. */
  readonly message: string;
}

/**
 * The one error class the library throws. It carries a stable {@link ErrorCode}, the dotted
 * `path` of the first offending field and every {@link Issue} found.
 *
 * @category Errors
 * @example
 * ```ts
 * import { OnboardingTargetsError } from "onboarding-targets";
 * const err = new OnboardingTargetsError([{ code: "invalid_date", path: "goal.date", message: "2021-02-30 is not a calendar date" }]);
 * err.message;
 * //=> "goal.date: 2021-02-30 is not a calendar date"
 * err.code;
 * //=> "invalid_date"
 * ```
 */
export class OnboardingTargetsError extends Error {
  /** Code of the first issue. */
  readonly code: ErrorCode;
  /** Path of the first issue. */
  readonly path: string;
  /** Every issue found, first one first. */
  readonly issues: readonly Issue[];

  /**
   * @param issues - at least one issue; the first gives `code`, `path` and the message.
   */
  constructor(issues: readonly Issue[]) {
    const first = issues[0] ?? { code: "invalid_type" as const, path: "", message: "invalid input" };
    const describe = (i: Issue) => (i.path === "" ? i.message : `${i.path}: ${i.message}`);
    super(
      issues.length <= 1
        ? describe(first)
        : `${describe(first)} (and ${issues.length - 1} more: ${issues.slice(1).map(describe).join("; ")})`,
    );
    this.name = "OnboardingTargetsError";
    this.code = first.code;
    this.path = first.path;
    this.issues = Object.freeze(issues.length === 0 ? [first] : [...issues]);
  }

  /** A plain, JSON-serialisable view of the error. */
  toJSON(): {
    /** Always `"OnboardingTargetsError"`. */
    name: string;
    /** Code of the first issue. */
    code: ErrorCode;
    /** Path of the first issue. */
    path: string;
    /** The message, every issue included. */
    message: string;
    /** Every issue found, first one first. */
    issues: readonly Issue[];
  } {
    return { name: this.name, code: this.code, path: this.path, message: this.message, issues: this.issues };
  }
}

/**
 * Throws an {@link OnboardingTargetsError} with a single issue.
 * @internal
 */
export function fail(code: ErrorCode, path: string, message: string): never {
  throw new OnboardingTargetsError([{ code, path, message }]);
}
