// The target reader's contract: the fields it keeps and in which order, the paths and messages of
// a refused target, and the rules that tie a target's fields together (the goal after the
// baseline, milestones in date order ending on the goal, revisions in order of announcement).
// Reference: the TSDoc of readTarget, checkTargetRules, checkRevisions and checkPhasing, and
// docs/methodology.md (revised targets); every expected message is the documented rule in words.
import { describe, expect, it } from "vitest";
import { thrown } from "../../test/support/errors.js";
import { checkTargetRules, readTarget } from "./readTarget.js";
import type { TargetInput } from "./types.js";

// 100 on 2022-12-31, 1,300 on 2023-12-31: twelve calendar months, (2022-12-31, 2023-12-31].
const base = {
  id: "t",
  baseline: { date: "2022-12-31", value: 100 },
  goal: { date: "2023-12-31", value: 1_300 },
} satisfies TargetInput;

const issues = (input: unknown) => thrown(() => readTarget(input)).issues;

describe("readTarget: the fields kept", () => {
  it("fills in the defaults and no other key", () => {
    expect(Object.keys(readTarget(base))).toEqual(["id", "direction", "timeZone", "baseline", "goal", "phasing"]);
  });

  it("keeps every optional field, and prints the same whatever the input's key order", () => {
    const full = {
      ...base,
      name: "UMKM",
      names: { en: "Digital MSMEs", id: "UMKM Go Digital" },
      metric: "onboarded",
      unit: "enterprises",
      scope: { region: "Jawa Barat" },
      parentId: "all",
    };
    const reversed = Object.fromEntries(Object.entries(full).reverse());
    const t = readTarget(full);
    expect(t).toEqual({ ...full, direction: "increase", timeZone: "Asia/Jakarta", phasing: { kind: "linear" } });
    expect(JSON.stringify(readTarget(reversed))).toBe(JSON.stringify(t));
  });

  it.each([
    [{ en: "Digital MSMEs" }, ["en"]],
    [{ id: "UMKM Go Digital" }, ["id"]],
  ])("keeps only the names given: %j", (names, keys) => {
    expect(Object.keys(readTarget({ ...base, names }).names ?? {})).toEqual(keys);
  });

  it.each([
    ["names not an object", { names: "UMKM" }, "invalid_type", "target.names"],
    ["an English name not a string", { names: { en: 5 } }, "invalid_type", "target.names.en"],
    ["an Indonesian name not a string", { names: { id: 5 } }, "invalid_type", "target.names.id"],
    ["revisions not an array", { revisions: "2023-06-30" }, "invalid_type", "target.revisions"],
    ["a phasing that is an array", { phasing: [] }, "invalid_type", "target.phasing"],
  ])("refuses %s at its path", (_name, extra, code, path) => {
    expect(issues({ ...base, ...extra }).map((i) => [i.code, i.path])).toEqual([[code, path]]);
  });
});

describe("checkTargetRules: the direction defaults to increase", () => {
  it("refuses a goal below the baseline when no direction is given", () => {
    const e = thrown(() =>
      checkTargetRules(
        { baseline: { date: "2022-12-31", value: 100 }, goal: { date: "2023-12-31", value: 50 } },
        "target",
      ),
    );
    expect([e.code, e.path]).toEqual(["inconsistent_target", "target.goal.value"]);
  });
});

describe("readTarget: phasing fits the target", () => {
  const milestones = (...points: { date: string; value: number }[]) => ({
    ...base,
    phasing: { kind: "milestones", points },
  });

  it("accepts a last milestone on the goal date at the goal value", () => {
    const points = [
      { date: "2023-06-30", value: 700 },
      { date: "2023-12-31", value: 1_300 },
    ];
    expect(readTarget(milestones(...points)).phasing).toEqual({ kind: "milestones", points });
  });

  it.each([
    [
      "a milestone on the goal date at another value",
      milestones({ date: "2023-12-31", value: 1_200 }),
      "target.phasing.points.0.value",
      "a milestone on the goal date must equal the goal value 1300",
    ],
    [
      "a milestone on the baseline date",
      milestones({ date: "2022-12-31", value: 100 }),
      "target.phasing.points.0.date",
      "2022-12-31 must come after 2022-12-31 (milestones are in date order, after the baseline)",
    ],
    [
      "two milestones on one date",
      milestones({ date: "2023-06-30", value: 600 }, { date: "2023-06-30", value: 700 }),
      "target.phasing.points.1.date",
      "2023-06-30 must come after 2023-06-30 (milestones are in date order, after the baseline)",
    ],
  ])("refuses %s", (_name, input, path, message) => {
    expect(issues(input)).toEqual([{ code: "invalid_target", path, message }]);
  });

  it.each([
    [
      "monthly weights, one per calendar month of the target",
      { kind: "monthly-weights", weights: [1, 1] },
      "target.phasing.weights",
      "expected 12 weights (one per calendar month in (2022-12-31, 2023-12-31]), got 2",
    ],
    [
      "a seasonal profile, twelve weights",
      { kind: "seasonal", profile: [1, 1, 1] },
      "target.phasing.profile",
      "expected 12 weights (January to December), got 3",
    ],
  ])("names the count expected of %s", (_name, phasing, path, message) => {
    expect(issues({ ...base, phasing })).toEqual([{ code: "invalid_weights", path, message }]);
  });
});

describe("readTarget: revisions", () => {
  const revision = (announced: string, date: string, value: number, extra: object = {}) => ({
    announced,
    goal: { date, value },
    ...extra,
  });

  it("accepts a revision announced on the baseline date, and later ones in order", () => {
    const revisions = [
      revision("2022-12-31", "2024-06-30", 1_500),
      revision("2023-03-31", "2024-12-31", 2_000),
      revision("2023-09-30", "2025-06-30", 2_500),
    ];
    expect(readTarget({ ...base, revisions }).revisions).toEqual(revisions);
  });

  it.each([
    [
      "announced before the baseline",
      [revision("2022-12-30", "2024-06-30", 1_500)],
      "target.revisions.0.announced",
      "the revision is announced on 2022-12-30, before the baseline date 2022-12-31",
    ],
    [
      "announced on the day of the previous one",
      [revision("2023-03-31", "2024-06-30", 1_500), revision("2023-03-31", "2024-12-31", 2_000)],
      "target.revisions.1.announced",
      "2023-03-31 must come after the previous revision's 2023-03-31 (revisions are in order of announcement)",
    ],
    [
      "a goal date on its announcement",
      [revision("2023-03-31", "2023-03-31", 1_500)],
      "target.revisions.0.goal.date",
      "the revised goal date 2023-03-31 must come after its announcement on 2023-03-31",
    ],
  ])("refuses a revision %s", (_name, revisions, path, message) => {
    expect(issues({ ...base, revisions })).toEqual([{ code: "invalid_target", path, message }]);
  });

  it("refuses each bad field of a revision at its own path", () => {
    const bad = { announced: "2023-02-30", goal: 1_500, phasing: { kind: "stepwise" } };
    expect(issues({ ...base, revisions: [bad] }).map((i) => [i.code, i.path])).toEqual([
      ["invalid_date", "target.revisions.0.announced"],
      ["invalid_type", "target.revisions.0.goal"],
      ["invalid_enum", "target.revisions.0.phasing.kind"],
    ]);
  });
});
