import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcOptions } from "../../test/support/fc.js";
import { Decimal } from "../decimal/index.js";
import { enterpriseInput, programmeInput, targetInput } from "./arbitraries.testkit.js";
import { enterpriseJSONSchema } from "./enterpriseJSONSchema.js";
import { observationsJSONSchema } from "./observationsJSONSchema.js";
import { parseEnterprise } from "./parseEnterprise.js";
import { parseProgramme } from "./parseProgramme.js";
import { parseTarget } from "./parseTarget.js";
import { programmeJSONSchema } from "./programmeJSONSchema.js";
import { targetJSONSchema } from "./targetJSONSchema.js";
import { toJSON } from "./toJSON.js";

type Schema = Record<string, unknown>;

/**
 * A small validator for the subset of JSON Schema the exports use (type, properties, required,
 * additionalProperties, items, oneOf/anyOf, enum, const, pattern, min/max, length, $ref to
 * #/$defs), so the tests check documents against the emitted schema without another dependency.
 */
function validate(schema: Schema, doc: unknown, root: Schema = schema, path = ""): string[] {
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.replace("#/$defs/", "");
    return validate((root.$defs as Record<string, Schema>)[name] as Schema, doc, root, path);
  }
  const errors: string[] = [];
  const type = schema.type as string | undefined;
  const is = (t: string) =>
    t === "object"
      ? typeof doc === "object" && doc !== null && !Array.isArray(doc)
      : t === "array"
        ? Array.isArray(doc)
        : t === "integer"
          ? Number.isInteger(doc)
          : t === "null"
            ? doc === null
            : typeof doc === t;
  if (type !== undefined && !is(type)) return [`${path}: expected ${type}`];
  if (schema.const !== undefined && doc !== schema.const)
    errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(doc)) errors.push(`${path}: not in enum`);
  if (typeof doc === "string") {
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(doc))
      errors.push(`${path}: does not match ${schema.pattern}`);
    if (typeof schema.minLength === "number" && doc.length < schema.minLength) errors.push(`${path}: too short`);
    if (typeof schema.maxLength === "number" && doc.length > schema.maxLength) errors.push(`${path}: too long`);
  }
  if (typeof doc === "number") {
    if (typeof schema.minimum === "number" && doc < schema.minimum) errors.push(`${path}: below minimum`);
    if (typeof schema.maximum === "number" && doc > schema.maximum) errors.push(`${path}: above maximum`);
  }
  if (Array.isArray(doc) && schema.items)
    doc.forEach((d, i) => errors.push(...validate(schema.items as Schema, d, root, `${path}/${i}`)));
  if (type === "object" && typeof doc === "object" && doc !== null) {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[])
      if (!Object.hasOwn(doc, key)) errors.push(`${path}: missing ${key}`);
    for (const [key, value] of Object.entries(doc)) {
      const ps = Object.hasOwn(props, key) ? props[key] : undefined;
      if (ps) errors.push(...validate(ps, value, root, `${path}/${key}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected ${key}`);
      else if (typeof schema.additionalProperties === "object")
        errors.push(...validate(schema.additionalProperties as Schema, value, root, `${path}/${key}`));
    }
  }
  const alternatives = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
  if (alternatives) {
    const passing = alternatives.filter((s) => validate(s, doc, root, path).length === 0).length;
    if (schema.oneOf ? passing !== 1 : passing === 0) errors.push(`${path}: ${passing} alternatives match`);
  }
  return errors;
}

const props = (s: Schema) => s.properties as Record<string, Schema>;

describe("JSON Schema exports", () => {
  it("decimal amounts are strings with a plain-decimal pattern, not `{}`", () => {
    const s = enterpriseJSONSchema() as Schema;
    for (const field of ["capital", "annualSales"]) {
      expect(props(s)[field]).toMatchObject({ type: "string", pattern: expect.any(String) });
    }
    const pattern = new RegExp(props(s).capital?.pattern as string);
    expect(["0", "1000000000", "0.0000001", "1000000000.50"].every((x) => pattern.test(x))).toBe(true);
    expect(["1,000", "", "NaN", "Infinity", "Rp1.000"].some((x) => pattern.test(x))).toBe(false);
  });

  it("counts are bounded integers and dates carry a pattern", () => {
    const s = targetJSONSchema() as Schema;
    expect(props(props(s).goal as Schema).value).toMatchObject({
      type: "integer",
      minimum: 0,
      maximum: Number.MAX_SAFE_INTEGER,
    });
    expect(props(props(s).goal as Schema).date).toMatchObject({
      type: "string",
      format: "date",
      pattern: "^\\d{4}-\\d{2}-\\d{2}$",
    });
    expect(s).toMatchObject({ type: "object", required: ["id", "baseline", "goal"], additionalProperties: false });
  });

  it("every property carries a description", () => {
    const s = targetJSONSchema() as Schema;
    for (const [key, value] of Object.entries(props(s)))
      expect([key, typeof value.description]).toEqual([key, "string"]);
  });

  it("is a fresh object each call (callers may change it)", () => {
    expect(targetJSONSchema()).not.toBe(targetJSONSchema());
    expect(targetJSONSchema()).toEqual(targetJSONSchema());
  });

  it.each([
    [
      "target",
      targetJSONSchema,
      {
        id: "umkm",
        baseline: { date: "2021-04-30", value: 11_700_000 },
        goal: { date: "2023-12-31", value: 30_000_000 },
      },
    ],
    [
      "observations",
      observationsJSONSchema,
      [{ date: "2020-12-31", value: 3_700_000, kind: "cumulative", source: "Kemenperin, May 2021" }],
    ],
    [
      "enterprise",
      enterpriseJSONSchema,
      {
        id: "NIB-1",
        capital: "1000000000",
        annualSales: "0.0000001",
        workers: 4,
        onboardedAt: "2021-05-03T10:15:00+07:00",
      },
    ],
    [
      "programme",
      programmeJSONSchema,
      {
        id: "bbi",
        targets: [
          { id: "ikm", baseline: { date: "2019-12-31", value: 0 }, goal: { date: "2020-12-31", value: 2_000_000 } },
        ],
        observations: { ikm: [{ date: "2020-12-31", value: 3_700_000 }] },
      },
    ],
  ] as const)("accepts a sample %s document", (_kind, schema, doc) => {
    expect(validate(schema() as Schema, doc)).toEqual([]);
  });

  it.each([
    [
      "target with a count as a string",
      targetJSONSchema,
      { id: "umkm", baseline: { date: "2021-04-30", value: "11700000" }, goal: { date: "2023-12-31", value: 1 } },
    ],
    [
      "target with an unknown key",
      targetJSONSchema,
      { id: "umkm", baseline: { date: "2021-04-30", value: 1 }, goal: { date: "2023-12-31", value: 1 }, extra: 1 },
    ],
    ["target without a goal", targetJSONSchema, { id: "umkm", baseline: { date: "2021-04-30", value: 1 } }],
    ["enterprise with a number for capital", enterpriseJSONSchema, { id: "NIB-1", capital: 1e9 }],
    ["enterprise with a negative worker count", enterpriseJSONSchema, { id: "NIB-1", workers: -1 }],
    ["observations with an unknown kind", observationsJSONSchema, [{ date: "2020-12-31", value: 1, kind: "total" }]],
    [
      "target with an unknown phasing",
      targetJSONSchema,
      {
        id: "umkm",
        baseline: { date: "2021-04-30", value: 1 },
        goal: { date: "2023-12-31", value: 1 },
        phasing: { kind: "step" },
      },
    ],
  ] as const)("rejects a %s", (_name, schema, doc) => {
    expect(validate(schema() as Schema, doc)).not.toEqual([]);
  });

  it("law: every toJSON output of a valid value validates against its schema", () => {
    const ts = targetJSONSchema() as Schema;
    const es = enterpriseJSONSchema() as Schema;
    const ps = programmeJSONSchema() as Schema;
    fc.assert(
      fc.property(targetInput, enterpriseInput, programmeInput, (t, e, p) => {
        expect(validate(ts, toJSON(parseTarget(t)))).toEqual([]);
        expect(validate(es, toJSON(parseEnterprise(e)))).toEqual([]);
        expect(validate(ps, toJSON(parseProgramme(p)))).toEqual([]);
      }),
      fcOptions({ numRuns: 50 }),
    );
  });

  it("an enterprise document with a tiny amount stays in plain notation", () => {
    const doc = toJSON(parseEnterprise({ id: "NIB-1", capital: new Decimal("1e-7") }));
    expect(doc).toEqual({ id: "NIB-1", capital: "0.0000001" });
    expect(validate(enterpriseJSONSchema() as Schema, doc)).toEqual([]);
  });
});
