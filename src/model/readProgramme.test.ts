// The programme reader: the paths of a refused programme (its own fields, and the rules that tie
// its targets and observations together, under the programme's path), the fields it keeps, and
// the observations record it builds. Reference: the TSDoc of readProgramme and programmeIssues.
import { describe, expect, it } from "vitest";
import { thrown } from "../../test/support/errors.js";
import { readObservations } from "./readObservations.js";
import { readProgramme } from "./readProgramme.js";

const target = (id: string, extra: object = {}) => ({
  id,
  baseline: { date: "2022-12-31", value: 100 },
  goal: { date: "2023-12-31", value: 1_300 },
  ...extra,
});

describe("readProgramme", () => {
  it("refuses each bad field at its path under programme", () => {
    expect(thrown(() => readProgramme({ id: 5, name: 6, targets: [] })).issues.map((i) => [i.code, i.path])).toEqual([
      ["invalid_type", "programme.id"],
      ["invalid_type", "programme.name"],
    ]);
  });

  it("puts the programme's path before the path of a rule that ties it together", () => {
    const input = { id: "p", targets: [target("a"), target("a")] };
    expect(thrown(() => readProgramme(input)).issues).toEqual([
      {
        code: "invalid_target",
        path: "programme.targets.1.id",
        message: 'duplicate target id "a" (also targets.0.id)',
      },
    ]);
    expect(thrown(() => readProgramme(input, "")).issues.map((i) => i.path)).toEqual(["targets.1.id"]);
  });

  it("quotes at most 40 characters of an observation key that names no target", () => {
    const key = "k".repeat(60);
    expect(
      thrown(() => readProgramme({ id: "p", targets: [target("a")], observations: { [key]: [] } })).issues,
    ).toEqual([
      {
        code: "unknown_key",
        path: `programme.observations.${key}`,
        message: `observations for "${"k".repeat(40)}", which is not the id of a target of this programme`,
      },
    ]);
  });

  it("keeps no name when none is given", () => {
    expect(Object.keys(readProgramme({ id: "p", targets: [] }))).toEqual(["id", "targets", "observations"]);
  });

  it("builds a plain record of observations, property for property what JSON.parse builds", () => {
    // Built with defineProperty so that a `__proto__` key cannot reach the prototype; each list must
    // still be an ordinary data property (enumerable, writable, configurable), as in parsed JSON.
    const p = readProgramme({
      id: "p",
      targets: [target("a"), target("b")],
      observations: { a: [{ date: "2023-06-30", value: 700 }], b: [] },
    });
    const parsed: unknown = JSON.parse(JSON.stringify(p.observations));
    expect(Object.getOwnPropertyDescriptors(p.observations)).toEqual(Object.getOwnPropertyDescriptors(parsed));
  });
});

describe("readObservations", () => {
  it("fills in the kind and keeps no optional field that is not given", () => {
    const [o] = readObservations([{ value: 700, date: "2023-06-30" }]);
    expect(Object.keys(o ?? {})).toEqual(["date", "value", "kind"]);
    expect(o).toEqual({ date: "2023-06-30", value: 700, kind: "cumulative" });
  });
});
