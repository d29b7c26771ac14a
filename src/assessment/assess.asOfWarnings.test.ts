// Data warnings respect asOf: an assessment sees what was known by its date. On the published
// record (one report per date, the headline figures), the running count falls four times:
// 13.7 -> 13.5 million (2021-06-22), 20.2 -> 19.95 (2022-09-30), 27 -> 25.2 (2023-12-31) and
// 25.2 -> 25 (2024-08-03).
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";
import { assessProgramme } from "./assessProgramme.js";
import { headlineSeries, targetAsAnnounced } from "../../test/support/record.js";

const series = headlineSeries();
const target = targetAsAnnounced();
const indexOf = (date: string) => series.findIndex((o) => o.date === date);
const falls = ["2021-06-22", "2022-09-30", "2023-12-31", "2024-08-03"];

describe("assess: data warnings as of a date", () => {
  it("on the whole record, every fall is listed", () => {
    const a = assess(target, series, { asOf: "2024-08-31" });
    expect(a.warnings.filter((w) => w.code === "decreasing_series").map((w) => w.path)).toEqual(
      falls.map((d) => `observations.${indexOf(d)}.value`),
    );
  });

  it.each([
    ["2021-06-21", []],
    ["2021-06-30", ["2021-06-22"]],
    ["2022-09-30", ["2021-06-22", "2022-09-30"]],
    ["2023-12-31", ["2021-06-22", "2022-09-30", "2023-12-31"]],
  ])("as of %s it warns only about the falls on or before it", (asOf, expected) => {
    const a = assess(target, series, { asOf });
    expect(a.warnings.filter((w) => w.code === "decreasing_series").map((w) => w.path)).toEqual(
      expected.map((d) => `observations.${indexOf(d)}.value`),
    );
    expect(a.explanation.en.join(" ")).not.toContain("2023-12-31");
  });

  it("an assessment as of 2021-06-30 names no later observation in its warnings", () => {
    const a = assess(target, series, { asOf: "2021-06-30" });
    for (const w of a.warnings) {
      const i = Number(/^observations\.(\d+)\./.exec(w.path)?.[1]);
      expect((series[i]?.date ?? "") <= "2021-06-30").toBe(true);
    }
  });

  it("assessProgramme does the same for each target", () => {
    const p = assessProgramme(
      { id: "bbi", targets: [target], observations: { [target.id]: series } },
      { asOf: "2021-06-30" },
    );
    expect(p.assessments[0]?.warnings.map((w) => [w.code, w.path])).toEqual([
      ["decreasing_series", `programme.observations.${target.id}.${indexOf("2021-06-22")}.value`],
    ]);
  });
});
