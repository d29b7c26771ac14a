// goalInForce and the target in force on a date, with two revisions: which goal and phasing are in
// force, and which goal each replaced. Reference: the TSDoc of goalInForce (the last revision
// announced on or before the date; a revision without a phasing plans a straight line) and
// docs/methodology.md (revised targets).
import { describe, expect, it } from "vitest";
import { codeAndPath } from "../../test/support/errors.js";
import { goalInForce, targetInForceOf } from "./goalInForce.js";
import { readTarget } from "./readTarget.js";
import type { TargetInput } from "./types.js";

const seasonal = { kind: "seasonal", profile: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2] } as const;
const target = {
  id: "t",
  baseline: { date: "2022-12-31", value: 100 },
  goal: { date: "2023-12-31", value: 1_300 },
  revisions: [
    { announced: "2023-03-31", goal: { date: "2024-06-30", value: 1_500 } },
    { announced: "2023-09-30", goal: { date: "2024-12-31", value: 2_000 }, phasing: seasonal },
  ],
} satisfies TargetInput;

describe("goalInForce", () => {
  it.each([
    [
      "before any revision: the target's own goal",
      "2023-03-30",
      { goal: target.goal, phasing: { kind: "linear" }, announced: null, revision: null, replaced: null },
    ],
    [
      "the first revision, without a phasing: a straight line, replacing the target's goal",
      "2023-03-31",
      {
        goal: { date: "2024-06-30", value: 1_500 },
        phasing: { kind: "linear" },
        announced: "2023-03-31",
        revision: 0,
        replaced: target.goal,
      },
    ],
    [
      "the second revision, with its phasing, replacing the first revision's goal",
      "2024-01-15",
      {
        goal: { date: "2024-12-31", value: 2_000 },
        phasing: seasonal,
        announced: "2023-09-30",
        revision: 1,
        replaced: { date: "2024-06-30", value: 1_500 },
      },
    ],
  ])("%s (%s)", (_name, date, expected) => {
    expect(goalInForce(target, date)).toEqual(expected);
  });

  it.each([
    ["a bad target, at target.<field>", () => goalInForce({ ...target, id: 5 } as never, "2023-06-30"), "target.id"],
    ["a bad date, at date", () => goalInForce(target, "2023-02-30"), "date"],
  ])("refuses %s", (_name, run, path) => {
    expect(codeAndPath(run)[1]).toBe(path);
  });
});

describe("targetInForceOf", () => {
  it("is the target with the goal and phasing in force, and no revisions", () => {
    const { revisions: _revisions, ...rest } = readTarget(target);
    expect(targetInForceOf(readTarget(target), "2023-10-01")).toEqual({
      ...rest,
      goal: { date: "2024-12-31", value: 2_000 },
      phasing: seasonal,
    });
  });

  it("is the target itself when it has no revisions", () => {
    const { revisions: _revisions, ...plain } = target;
    const t = readTarget(plain);
    expect(targetInForceOf(t, "2023-10-01")).toEqual(t);
  });
});
