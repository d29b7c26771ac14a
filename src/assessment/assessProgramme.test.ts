import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";
import { assessProgramme } from "./assessProgramme.js";

const base = { date: "2022-12-31", value: 0 };
const goal = (value: number) => ({ date: "2024-12-31", value });

describe("assessProgramme", () => {
  // Composite (DOMAIN.md §5) split in two provinces: 2 400 + 600 = 3 000 at month 9 against
  // 10 000 by month 24. National status from the summed counts: Q = 0.8, needs acceleration,
  // although one province is on track (Q = 6 400/6 000) and the other off track (Q = 1 600/4 000 = 0.4).
  const programme = {
    id: "bbi",
    targets: [
      { id: "national", baseline: base, goal: goal(10_000) },
      { id: "jawa-barat", parentId: "national", baseline: base, goal: goal(6000) },
      { id: "papua", parentId: "national", baseline: base, goal: goal(4000) },
    ],
    observations: { "jawa-barat": [{ date: "2023-09-30", value: 2400 }], papua: [{ date: "2023-09-30", value: 600 }] },
  };
  const r = assessProgramme(programme, { asOf: "2023-10-15" });

  it("rolls counts up and reads the parent's status from them", () => {
    expect(r.assessments.map((a) => [a.targetId, a.basis, a.current?.value, a.status])).toEqual([
      ["national", "rolled-up", 3000, "needs-acceleration"],
      ["jawa-barat", "observed", 2400, "on-track"],
      ["papua", "observed", 600, "off-track"],
    ]);
    const national = r.assessments[0];
    expect(national?.childIds).toEqual(["jawa-barat", "papua"]);
    // The rolled-up parent is assessed exactly as the composite target with 3 000 at month 9.
    const direct = assess(programme.targets[0] as never, [{ date: "2023-09-30", value: 3000 }], { asOf: "2023-10-15" });
    expect(JSON.parse(JSON.stringify({ ...national, basis: undefined, parentId: undefined, childIds: undefined }))).toEqual(JSON.parse(JSON.stringify(direct)));
  });

  it("ranks lagging targets by shortfall against plan-to-date", () => {
    // Plans at month 9: national 3 750, jawa-barat 2 250 (ahead by 150), papua 1 500 (behind by 900).
    expect(r.lagging.map((l) => [l.targetId, l.shortfall.toString(), l.shortfallShare?.toString()])).toEqual([
      ["papua", "900", "0.6"],
      ["national", "750", "0.2"],
    ]);
  });

  it("combines children observed on different dates on the union of their dates", () => {
    // A: 1 000 at 03-31, 3 000 at 09-30; B: 1 500 at 06-30 (both from 0 at 2022-12-31).
    // 03-31: A 1 000 + B 1 500·3/6 = 750 → 1 750. 06-30: A 1 000 + 2 000·3/6 = 2 000, B 1 500 → 3 500.
    // 09-30: A 3 000 + B held at its last value 1 500 → 4 500.
    const p = {
      id: "p",
      targets: [
        { id: "all", baseline: base, goal: goal(20_000) },
        { id: "a", parentId: "all", baseline: base, goal: goal(10_000) },
        { id: "b", parentId: "all", baseline: base, goal: goal(10_000) },
      ],
      observations: {
        a: [
          { date: "2023-03-31", value: 1000 },
          { date: "2023-09-30", value: 3000 },
        ],
        b: [{ date: "2023-06-30", value: 1500 }],
      },
    };
    const all = assessProgramme(p, { asOf: "2023-10-01" }).assessments[0];
    expect(all?.current).toEqual({ date: "2023-09-30", value: 4500 });
    // The same answer as assessing the parent on the sums at the union dates.
    const direct = assess(p.targets[0] as never, [
      { date: "2023-03-31", value: 1750 },
      { date: "2023-06-30", value: 3500 },
      { date: "2023-09-30", value: 4500 },
    ], { asOf: "2023-10-01" });
    expect(all?.status).toBe(direct.status);
    expect(all?.projection?.valueAtGoal).toBeCloseTo(direct.projection?.valueAtGoal as number, 9);
  });

  it("rolls grandchildren up through their parents, ignoring a parent's own observations", () => {
    const p = {
      id: "p",
      targets: [
        { id: "nation", baseline: base, goal: goal(1000) },
        { id: "province", parentId: "nation", baseline: base, goal: goal(1000) },
        { id: "district", parentId: "province", baseline: base, goal: goal(1000) },
      ],
      observations: { district: [{ date: "2023-09-30", value: 300 }], province: [{ date: "2023-09-30", value: 999 }] },
    };
    const r2 = assessProgramme(p, { asOf: "2023-10-15" });
    expect(r2.assessments.map((a) => [a.targetId, a.basis, a.current?.value])).toEqual([
      ["nation", "rolled-up", 300],
      ["province", "rolled-up", 300],
      ["district", "observed", 300],
    ]);
  });

  it("a target without observations is insufficient data and not lagging", () => {
    const p = { id: "p", targets: [{ id: "x", baseline: base, goal: goal(10) }], observations: {} };
    const r3 = assessProgramme(p, { asOf: "2023-10-15" });
    expect(r3.assessments[0]?.status).toBe("insufficient-data");
    expect(r3.lagging).toEqual([]);
  });

  it("rejects a programme whose parent links are broken", () => {
    const p = { id: "p", targets: [{ id: "x", parentId: "nowhere", baseline: base, goal: goal(10) }] };
    expect(() => assessProgramme(p, { asOf: "2023-10-15" })).toThrow(expect.objectContaining({ code: "invalid_target", path: "programme.targets.0.parentId" }));
  });
});
