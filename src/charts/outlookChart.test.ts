// outlookChart on the outlook of the published UMKM record (examples/data/umkm-digital.json),
// rendered headlessly with vega-lite and vega.
import { parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { describe, expect, it } from "vitest";
import { assessOverTime } from "../outlook/assessOverTime.js";
import { outlookChart } from "./outlookChart.js";
import type { VegaLiteSpec } from "./types.js";
import { umkmRecord } from "../../test/support/record.js";

const { target, observations } = umkmRecord();
const rows = assessOverTime(target, observations, {
  asOf: { every: "month", from: "2021-05-31", to: "2024-08-31" },
  reconcile: { prefer: ["KemenkopUKM"], outliers: "drop" },
});

async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const view = new View(parse(compile(spec as unknown as TopLevelSpec).spec), { renderer: "none" });
  return view.toSVG();
}

describe("outlookChart", () => {
  it("holds one data row per outlook row, with the chance, the ETA range and the goal date in force", () => {
    const spec = outlookChart(rows);
    const values = (spec.data as { values: { asOf: string; chance: number | null; goalDate: string }[] }).values;
    expect(values).toHaveLength(rows.length);
    expect(values[0]).toEqual({
      asOf: "2021-05-31",
      chance: rows[0]?.probabilityOnTime,
      eta: rows[0]?.eta.date,
      earliest: rows[0]?.eta.earliest.date,
      latest: rows[0]?.eta.latest.date,
      goalDate: "2023-12-31",
    });
    expect(values.find((v) => v.asOf === "2022-03-31")?.goalDate).toBe("2024-12-31");
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it.each([
    ["en", "Goal revised: 30M by 31 Dec 2024", "Chance of the goal on time"],
    ["id", "Sasaran direvisi: 30 jt pada 31 Des 2024", "Peluang sasaran tercapai tepat waktu"],
  ] as const)("compiles, renders and marks the revision (%s)", async (locale, revision, axis) => {
    const svg = await renderSvg(outlookChart(rows, { locale }));
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain(revision);
    expect(svg).toContain(axis);
  });

  it.each([
    [[rows[1], rows[0]], "invalid_option", "rows.1.asOf"],
    [[{ ...rows[0], probabilityOnTime: 1.5 }], "invalid_number", "rows.0.probabilityOnTime"],
    [[{ ...rows[0], asOf: "2021-02-30" }], "invalid_date", "rows.0.asOf"],
    [[{ ...rows[0], extra: 1 }], "unknown_key", "rows.0.extra"],
  ])("refuses bad rows: %#", (bad, code, path) => {
    expect(() => outlookChart(bad as never)).toThrow(expect.objectContaining({ code, path }));
  });

  it("refuses bad options", () => {
    expect(() => outlookChart(rows, { locale: "fr" as never })).toThrow(
      expect.objectContaining({ code: "invalid_enum", path: "options.locale" }),
    );
    expect(() => outlookChart(rows, { width: 10 })).toThrow(
      expect.objectContaining({ code: "out_of_range", path: "options.width" }),
    );
  });
});
