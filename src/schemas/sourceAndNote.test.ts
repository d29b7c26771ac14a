// Where a figure came from travels with it: `source` and `note` survive every reader, schema and
// JSON round trip, on the published record (examples/data/umkm-digital.json).
import { describe, expect, it } from "vitest";
import { readObservations } from "../model/core.js";
import { fromJSON } from "./fromJSON.js";
import { observationsJSONSchema } from "./observationsJSONSchema.js";
import { parseObservations } from "./parseObservations.js";
import { safeParseObservations } from "./safeParseObservations.js";
import { toJSON } from "./toJSON.js";
import { umkmRecord } from "../../test/support/record.js";

const reports = umkmRecord().observations;
const expected = reports.map((o) => ({ ...o, kind: "cumulative" }));

describe("source and note of observations", () => {
  it("the record holds 30 reports, each with a source and a quote", () => {
    expect(reports).toHaveLength(30);
    expect(new Set(reports.map((o) => o.source))).toEqual(
      new Set(["Kominfo", "KemenkopUKM", "BBI", "idEA", "Kemenko Marves", "Kemenko Perekonomian"]),
    );
    expect(reports.find((o) => o.date === "2023-12-04")?.note).toContain("Saat ini sudah 27 juta");
  });

  it.each([
    ["the plain reader", () => readObservations(reports)],
    ["parseObservations", () => parseObservations(reports)],
    ["safeParseObservations", () => (safeParseObservations(reports) as { data: unknown }).data],
    ["fromJSON(toJSON(...))", () => fromJSON("observations", JSON.parse(JSON.stringify(toJSON(reports)))) as unknown],
    ["toJSON with kind", () => toJSON(reports, "observations") as unknown],
  ])("%s keeps every source and note", (_, read) => {
    expect(read()).toEqual(expected);
  });

  it("the JSON Schema describes source and note", () => {
    const schema = observationsJSONSchema() as { items: { properties: Record<string, { maxLength?: number }> } };
    expect(schema.items.properties.source?.maxLength).toBe(1000);
    expect(schema.items.properties.note?.maxLength).toBe(10_000);
  });

  it("an empty source is refused at its path", () => {
    expect(() => readObservations([{ date: "2021-05-31", value: 1, source: "" }])).toThrow(
      expect.objectContaining({ code: "invalid_type", path: "observations.0.source" }),
    );
  });
});
