import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcOptions, law } from "../../test/support/fc.js";
import { enterpriseInput, observationInput, programmeInput, targetInput } from "./arbitraries.testkit.js";
import { fromJSON, type ModelKinds } from "./fromJSON.js";
import { parseEnterprise } from "./parseEnterprise.js";
import { parseObservations } from "./parseObservations.js";
import { parseProgramme } from "./parseProgramme.js";
import { parseTarget } from "./parseTarget.js";
import { toJSON } from "./toJSON.js";

const roundTrip = <K extends keyof ModelKinds>(kind: K, x: ModelKinds[K]) =>
  fromJSON(kind, JSON.parse(JSON.stringify(toJSON(x))));
const hasExponent = (json: string) => /"[+-]?\d+(\.\d+)?[eE][+-]?\d+"/.test(json);

describe("law: fromJSON(kind, JSON.parse(JSON.stringify(toJSON(x)))) equals x", () => {
  it("targets", async () => {
    await fc.assert(
      law(targetInput, (input) => {
        const x = parseTarget(input);
        const back = roundTrip("target", x);
        expect(back).toEqual(x);
        expect(JSON.stringify(back)).toBe(JSON.stringify(x)); // same key order too
      }),
      fcOptions(),
    );
  });

  it("observations", async () => {
    await fc.assert(
      law(fc.array(observationInput, { maxLength: 6 }), (input) => {
        const x = parseObservations(input);
        expect(roundTrip("observations", x)).toEqual(x);
      }),
      fcOptions(),
    );
  });

  it("enterprises, with exact decimals written in plain notation", async () => {
    await fc.assert(
      law(enterpriseInput, (input) => {
        const x = parseEnterprise(input);
        // The decimals only: a text field may well read "0e0".
        const json = toJSON(x) as { capital?: unknown; annualSales?: unknown };
        expect(hasExponent(JSON.stringify([json.capital ?? null, json.annualSales ?? null]))).toBe(false);
        const back = roundTrip("enterprise", x);
        expect(back).toEqual(x);
        if (x.capital !== undefined) expect(back.capital?.eq(x.capital)).toBe(true);
        if (x.annualSales !== undefined) expect(back.annualSales?.eq(x.annualSales)).toBe(true);
      }),
      fcOptions(),
    );
  });

  it("programmes", async () => {
    await fc.assert(
      law(programmeInput, (input) => {
        const x = parseProgramme(input);
        const back = roundTrip("programme", x);
        expect(back).toEqual(x);
        expect(JSON.stringify(back)).toBe(JSON.stringify(x));
      }),
      fcOptions({ numRuns: Math.max(20, Number(process.env.FC_NUM_RUNS ?? 100) / 2) }),
    );
  });

  it("parsing is idempotent: parse(parse(x)) equals parse(x)", async () => {
    await fc.assert(
      law(targetInput, (input) => {
        const x = parseTarget(input);
        expect(parseTarget(x)).toEqual(x);
      }),
      fcOptions(),
    );
  });
});
