import { fail, atPath } from "../errors/core.js";
import { at, collect, readArray, readCount, readEnum, readNonNegative, readObject, readString } from "../read/index.js";
import { parseCalendarDate, monthsIntersecting, DEFAULT_TIME_ZONE, readTimeZone } from "../periods/core.js";
import { DIRECTIONS, type Direction } from "../vocabulary/index.js";
import type { DatedValue, EnterpriseSize, Phasing, Target, TargetRevision, TargetScope } from "./types.js";

/** The sizes and phasing kinds the model knows. @internal */
export const SIZES = ["micro", "small", "medium", "large"] as const satisfies readonly EnterpriseSize[];
/** @internal */
export const PHASING_KINDS = [
  "linear",
  "monthly-weights",
  "seasonal",
  "milestones",
] as const satisfies readonly Phasing["kind"][];

const TARGET_KEYS = [
  "id",
  "name",
  "names",
  "metric",
  "unit",
  "direction",
  "timeZone",
  "baseline",
  "goal",
  "phasing",
  "scope",
  "parentId",
  "revisions",
];

/** Reads a `{ date, value }` pair. @internal */
export function readDatedValue(value: unknown, path: string): DatedValue {
  const o = readObject(value, path, ["date", "value"]);
  let date = "";
  let count = 0;
  return collect(
    [
      () => {
        parseCalendarDate(o.date, at(path, "date"));
        date = o.date as string;
      },
      () => {
        count = readCount(o.value, at(path, "value"));
      },
    ],
    () => ({ date, value: count }),
  );
}

function readWeights(value: unknown, path: string): number[] {
  return readArray(value, path).map((w, i) => readNonNegative(w, at(path, i)));
}

function checkWeights(weights: readonly number[], path: string, expected: number, what: string): void {
  if (weights.length !== expected)
    fail("invalid_weights", path, `expected ${expected} weights (${what}), got ${weights.length}`);
  if (!(weights.reduce((a, b) => a + b, 0) > 0)) fail("invalid_weights", path, "weights must have a positive sum");
}

function readPhasing(value: unknown, path: string, baseline: DatedValue, goal: DatedValue): Phasing {
  if (value === undefined) return { kind: "linear" };
  const phasing = readPhasingShape(value, path);
  checkPhasing(phasing, path, baseline, goal);
  return phasing;
}

/** A phasing's structure (kind and fields), before its fit to a target is checked. */
function readPhasingShape(value: unknown, path: string): Phasing {
  if (typeof value !== "object" || value === null || atPath(path, () => Array.isArray(value)))
    readObject(value, path, []); // invalid_type at `phasing`
  // A getter or proxy that throws on `kind` is an OnboardingTargetsError at `phasing`, not a bare error.
  const kindRaw = atPath(path, () => (value as { kind?: unknown }).kind);
  const kind = readEnum(kindRaw, at(path, "kind"), PHASING_KINDS);
  let phasing: Phasing;
  switch (kind) {
    case "linear":
      readObject(value, path, ["kind"]);
      phasing = { kind };
      break;
    case "monthly-weights": {
      const o = readObject(value, path, ["kind", "weights"]);
      phasing = { kind, weights: readWeights(o.weights, at(path, "weights")) };
      break;
    }
    case "seasonal": {
      const o = readObject(value, path, ["kind", "profile"]);
      phasing = { kind, profile: readWeights(o.profile, at(path, "profile")) };
      break;
    }
    case "milestones": {
      const o = readObject(value, path, ["kind", "points"]);
      phasing = {
        kind,
        points: readArray(o.points, at(path, "points")).map((p, i) => readDatedValue(p, at(at(path, "points"), i))),
      };
      break;
    }
  }
  return phasing;
}

/**
 * The rules of a target that tie fields together, shared by {@link readTarget} and the zod
 * schema: the goal date comes after the baseline date (`goal_not_after_baseline` at
 * `goal.date`); the goal value lies on the side of the baseline value that the direction names
 * (`inconsistent_target` at `goal.value`: an `increase` target's goal is not below its baseline,
 * a `decrease` target's goal not above it; a goal equal to the baseline is a valid "hold the
 * level" target); then the phasing fits the target (see {@link checkPhasing}). Throws the first
 * problem found. `path` is the target's path; `direction` defaults to `increase`.
 * @internal
 */
export function checkTargetRules(
  target: {
    readonly baseline: DatedValue;
    readonly goal: DatedValue;
    readonly direction?: Direction;
    readonly phasing?: Phasing;
    readonly revisions?: readonly TargetRevision[] | undefined;
  },
  path: string,
): void {
  const { baseline, goal } = target;
  if (goal.date <= baseline.date) {
    fail(
      "goal_not_after_baseline",
      at(at(path, "goal"), "date"),
      `the goal date ${goal.date} must come after the baseline date ${baseline.date}`,
    );
  }
  const direction = target.direction ?? "increase";
  if (direction === "increase" ? goal.value < baseline.value : goal.value > baseline.value) {
    const [side, way, other] = direction === "increase" ? ["below", "fall", "decrease"] : ["above", "rise", "increase"];
    fail(
      "inconsistent_target",
      at(at(path, "goal"), "value"),
      `the goal value ${goal.value} is ${side} the baseline value ${baseline.value}, so this ${direction} target asks for a ${way}: ` +
        `set direction: "${other}" if the value is meant to ${way}, or correct the baseline or goal value`,
    );
  }
  if (target.phasing !== undefined) checkPhasing(target.phasing, at(path, "phasing"), baseline, goal);
  if (target.revisions !== undefined) checkRevisions(target.revisions, at(path, "revisions"), baseline, direction);
}

/**
 * The rules of a target's revisions ([revised targets](../../docs/methodology.md#revised-targets)):
 * each is announced on or after the baseline date and after the previous one (`invalid_target` at
 * `announced`); its goal date comes after the baseline and the announcement
 * (`goal_not_after_baseline`, `invalid_target` at `goal.date`); its goal value lies on the
 * direction's side of the baseline value (`inconsistent_target` at `goal.value`); its phasing fits
 * the baseline and the new goal. Throws the first problem found.
 * @internal
 */
export function checkRevisions(
  revisions: readonly TargetRevision[],
  path: string,
  baseline: DatedValue,
  direction: Direction,
): void {
  let previous: string | undefined;
  revisions.forEach((r, i) => {
    const rp = at(path, i);
    if (r.announced < baseline.date)
      fail(
        "invalid_target",
        at(rp, "announced"),
        `the revision is announced on ${r.announced}, before the baseline date ${baseline.date}`,
      );
    if (previous !== undefined && r.announced <= previous)
      fail(
        "invalid_target",
        at(rp, "announced"),
        `${r.announced} must come after the previous revision's ${previous} (revisions are in order of announcement)`,
      );
    if (r.goal.date <= r.announced)
      fail(
        "invalid_target",
        at(at(rp, "goal"), "date"),
        `the revised goal date ${r.goal.date} must come after its announcement on ${r.announced}`,
      );
    checkTargetRules({ baseline, goal: r.goal, direction, ...(r.phasing && { phasing: r.phasing }) }, rp);
    previous = r.announced;
  });
}

function readRevision(value: unknown, path: string): TargetRevision {
  const o = readObject(value, path, ["announced", "goal", "phasing"]);
  let announced = "";
  let goal: DatedValue | undefined;
  let phasing: Phasing | undefined;
  return collect(
    [
      () => {
        parseCalendarDate(o.announced, at(path, "announced"));
        announced = o.announced as string;
      },
      () => (goal = readDatedValue(o.goal, at(path, "goal"))),
      () => {
        // The phasing's own structure; its fit to the new goal is checked with the revision's rules.
        if (o.phasing !== undefined) phasing = readPhasingShape(o.phasing, at(path, "phasing"));
      },
    ],
    () => ({ announced, goal: goal as DatedValue, ...(phasing && { phasing }) }),
  );
}

/**
 * Checks a structurally valid phasing against its target: monthly weights have one weight per
 * calendar month intersecting (baseline date, goal date], seasonal profiles twelve, both a
 * positive sum (`invalid_weights`); milestones are in date order after the baseline, not after
 * the goal, and one on the goal date equals the goal value (`invalid_target`). Milestone values
 * are not bound to [baseline, goal]: a plan may ask for more than the goal on the way (and a
 * decrease plan for less), which is a plan, not a contradiction; only the two ends are checked
 * against the direction (see {@link checkTargetRules}).
 * @internal
 */
export function checkPhasing(phasing: Phasing, path: string, baseline: DatedValue, goal: DatedValue): void {
  switch (phasing.kind) {
    case "linear":
      return;
    case "monthly-weights": {
      const { count } = monthsIntersecting(baseline.date, goal.date);
      return checkWeights(
        phasing.weights,
        at(path, "weights"),
        count,
        `one per calendar month in (${baseline.date}, ${goal.date}]`,
      );
    }
    case "seasonal":
      return checkWeights(phasing.profile, at(path, "profile"), 12, "January to December");
    case "milestones": {
      let previous = baseline.date;
      phasing.points.forEach((p, i) => {
        const pp = at(at(path, "points"), i);
        if (p.date <= previous)
          fail(
            "invalid_target",
            at(pp, "date"),
            `${p.date} must come after ${previous} (milestones are in date order, after the baseline)`,
          );
        if (p.date > goal.date) fail("invalid_target", at(pp, "date"), `${p.date} is after the goal date ${goal.date}`);
        if (p.date === goal.date && p.value !== goal.value)
          fail(
            "invalid_target",
            at(pp, "value"),
            `a milestone on the goal date must equal the goal value ${goal.value}`,
          );
        previous = p.date;
      });
      return;
    }
  }
}

function readScope(value: unknown, path: string): TargetScope {
  const o = readObject(value, path, ["region", "sector", "size"]);
  const scope: { region?: string; sector?: string; size?: EnterpriseSize } = {};
  if (o.region !== undefined) scope.region = readString(o.region, at(path, "region"));
  if (o.sector !== undefined) scope.sector = readString(o.sector, at(path, "sector"));
  if (o.size !== undefined) scope.size = readEnum(o.size, at(path, "size"), SIZES);
  return scope;
}

/** The display name per language: `en` and `id`, each an optional string. */
function readNames(value: unknown, path: string): NonNullable<Target["names"]> {
  const o = readObject(value, path, ["en", "id"]);
  return {
    ...(o.en !== undefined && { en: readString(o.en, at(path, "en")) }),
    ...(o.id !== undefined && { id: readString(o.id, at(path, "id")) }),
  };
}

/**
 * Validates a target written by a caller and fills in its defaults, returning a new object (the
 * input is never mutated). Every function that takes a target calls this.
 * @internal
 */
export function readTarget(input: unknown, path = "target"): Target {
  const o = readObject(input, path, TARGET_KEYS);
  const t: { -readonly [K in keyof Target]?: Target[K] } = {};
  const target = collect(
    [
      () => (t.id = readString(o.id, at(path, "id"))),
      () => o.name !== undefined && (t.name = readString(o.name, at(path, "name"))),
      () => o.names !== undefined && (t.names = readNames(o.names, at(path, "names"))),
      () => o.metric !== undefined && (t.metric = readString(o.metric, at(path, "metric"))),
      () => o.unit !== undefined && (t.unit = readString(o.unit, at(path, "unit"))),
      () =>
        (t.direction =
          o.direction === undefined ? "increase" : readEnum(o.direction, at(path, "direction"), DIRECTIONS)),
      () =>
        (t.timeZone = o.timeZone === undefined ? DEFAULT_TIME_ZONE : readTimeZone(o.timeZone, at(path, "timeZone"))),
      () => (t.baseline = readDatedValue(o.baseline, at(path, "baseline"))),
      () => (t.goal = readDatedValue(o.goal, at(path, "goal"))),
      () => o.scope !== undefined && (t.scope = readScope(o.scope, at(path, "scope"))),
      () => o.parentId !== undefined && (t.parentId = readString(o.parentId, at(path, "parentId"))),
    ],
    () => t,
  );
  const { baseline, goal, direction } = target as Required<typeof target>;
  checkTargetRules({ baseline, goal, direction }, path);
  target.phasing = readPhasing(o.phasing, at(path, "phasing"), baseline, goal);
  if (o.revisions !== undefined) {
    const revisions = readArray(o.revisions, at(path, "revisions")).map((r, i) =>
      readRevision(r, at(at(path, "revisions"), i)),
    );
    checkRevisions(revisions, at(path, "revisions"), baseline, direction);
    target.revisions = revisions;
  }
  // Key order fixed, so results print and serialise the same way whatever the input order was.
  const ordered: Target = {
    id: target.id as string,
    ...(target.name !== undefined && { name: target.name }),
    ...(target.names !== undefined && { names: target.names }),
    ...(target.metric !== undefined && { metric: target.metric }),
    ...(target.unit !== undefined && { unit: target.unit }),
    direction: target.direction as Direction,
    timeZone: target.timeZone as string,
    baseline,
    goal,
    phasing: target.phasing,
    ...(target.scope !== undefined && { scope: target.scope }),
    ...(target.parentId !== undefined && { parentId: target.parentId }),
    ...(target.revisions !== undefined && { revisions: target.revisions }),
  };
  return ordered;
}
