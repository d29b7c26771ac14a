// A target's revisions: read, checked and kept by the plain reader, the zod schema and JSON, with
// the same codes and paths; goalInForce picks the one in force on a date.
import { describe, expect, it } from "vitest";
import { readTarget } from "./readTarget.js";
import { goalInForce } from "./goalInForce.js";
import { parseTarget } from "../schemas/parseTarget.js";
import { fromJSON } from "../schemas/fromJSON.js";
import { toJSON } from "../schemas/toJSON.js";
import { targetJSONSchema } from "../schemas/targetJSONSchema.js";
import { umkmRecord } from "../../test/support/record.js";

const target = umkmRecord().target;

describe("target revisions", () => {
  it("are read and kept, by the reader, the schema and a JSON round trip", () => {
    const t = readTarget(target);
    expect(t.revisions).toEqual(target.revisions);
    expect(parseTarget(target)).toEqual(t);
    expect(fromJSON("target", JSON.parse(JSON.stringify(toJSON(t))))).toEqual(t);
    // A target without revisions keeps its JSON as before: no revisions key.
    const { revisions: _r, ...plain } = target;
    expect(Object.keys(readTarget(plain))).not.toContain("revisions");
  });

  it("the JSON Schema describes them", () => {
    expect(JSON.stringify(targetJSONSchema())).toContain("Later changes of the goal");
  });

  const revised = (revision: object, extra: object = {}) => ({
    ...target,
    ...extra,
    revisions: [{ announced: "2022-03-28", goal: { date: "2024-12-31", value: 30_000_000 }, ...revision }],
  });
  it.each([
    ["announced before the baseline", revised({ announced: "2020-06-30" }), "invalid_target", "revisions.0.announced"],
    [
      "a goal against the direction",
      revised({ goal: { date: "2024-12-31", value: 10_000_000 } }),
      "inconsistent_target",
      "revisions.0.goal.value",
    ],
    [
      "a decrease target's goal above its baseline",
      revised(
        { goal: { date: "2024-12-31", value: 12_000_000 } },
        { direction: "decrease", goal: { date: "2023-12-31", value: 5_000_000 } },
      ),
      "inconsistent_target",
      "revisions.0.goal.value",
    ],
    [
      "a goal date not after its announcement",
      revised({ goal: { date: "2022-03-28", value: 30_000_000 } }),
      "invalid_target",
      "revisions.0.goal.date",
    ],
    [
      "a milestone after the new goal",
      revised({ phasing: { kind: "milestones", points: [{ date: "2025-06-30", value: 20_000_000 }] } }),
      "invalid_target",
      "revisions.0.phasing.points.0.date",
    ],
    ["an unknown key", revised({ anounced: "2022-03-28" }), "unknown_key", "revisions.0.anounced"],
  ])("%s: %s at %s", (_, input, code, path) => {
    for (const read of [(x: unknown) => readTarget(x), (x: unknown) => parseTarget(x)]) {
      let error: unknown;
      try {
        read(input);
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ code });
      expect((error as { path: string }).path.replace(/^target\./, "")).toBe(path);
    }
  });

  it("revisions out of order are refused at the later one", () => {
    const input = {
      ...target,
      revisions: [target.revisions[0], { announced: "2021-06-10", goal: { date: "2024-12-31", value: 32_000_000 } }],
    };
    expect(() => readTarget(input)).toThrow(
      expect.objectContaining({ code: "invalid_target", path: "target.revisions.1.announced" }),
    );
  });

  it.each([
    ["2021-01-11", "2023-12-31", null],
    ["2022-03-27", "2023-12-31", null],
    ["2022-03-28", "2024-12-31", "2022-03-28"],
    ["2024-08-31", "2024-12-31", "2022-03-28"],
  ])("goalInForce on %s: the goal of %s, announced %s", (date, goalDate, announced) => {
    const g = goalInForce(target, date);
    expect([g.goal.date, g.announced]).toEqual([goalDate, announced]);
    if (announced !== null) {
      expect(g.replaced).toEqual({ date: "2023-12-31", value: 30_000_000 });
      expect(g.phasing).toEqual(target.revisions[0]?.phasing);
    }
  });
});
