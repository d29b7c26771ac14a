import * as z from "zod";
import { describe, expect, it } from "vitest";
import { Decimal } from "../decimal/index.js";
import { type Issue, OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { readEnterprise } from "../model/readEnterprise.js";
import { readObservations } from "../model/readObservations.js";
import { readProgramme } from "../model/readProgramme.js";
import { readTarget } from "../model/readTarget.js";
import { VALID_TARGET } from "./badInputs.testkit.js";
import { fromJSON } from "./fromJSON.js";
import { libraryIssues } from "./internal.js";
import { parseEnterprise } from "./parseEnterprise.js";
import { parseObservations } from "./parseObservations.js";
import { parseProgramme } from "./parseProgramme.js";
import { parseTarget } from "./parseTarget.js";
import { programmeJSONSchema } from "./programmeJSONSchema.js";
import { safeParseProgramme } from "./safeParseProgramme.js";
import { safeParseTarget } from "./safeParseTarget.js";
import { targetJSONSchema } from "./targetJSONSchema.js";
import { toJSON } from "./toJSON.js";

/** The issues (code, path, message) of what `f` throws. */
function issuesOf(f: () => unknown): Issue[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(OnboardingTargetsError);
    return (e as OnboardingTargetsError).issues.map(({ code, path, message }) => ({ code, path, message }));
  }
  throw new Error("expected a throw");
}

// Contract of the schemas (leaf.ts, internal.ts libraryIssues): zod's structural issues map to the
// codes AND messages of the plain readers. The plain reader is the independent oracle here.
describe("parseTarget reports what readTarget reports (code, path and message)", () => {
  it.each([
    ["not an object", 5],
    ["null", null],
    ["an array", []],
    ["a string phasing", { ...VALID_TARGET, phasing: "linear" }],
    ["a null phasing", { ...VALID_TARGET, phasing: null }],
    ["a numeric phasing kind", { ...VALID_TARGET, phasing: { kind: 5 } }],
    ["no phasing kind", { ...VALID_TARGET, phasing: {} }],
    ["an unknown phasing kind", { ...VALID_TARGET, phasing: { kind: "quarterly" } }],
    ["a 60-character phasing kind", { ...VALID_TARGET, phasing: { kind: "q".repeat(60) } }],
    ["a 60-character unknown key", { ...VALID_TARGET, ["k".repeat(60)]: 1 }],
    ["an unknown key", { ...VALID_TARGET, colour: "red" }],
    ["weights not an array", { ...VALID_TARGET, phasing: { kind: "monthly-weights", weights: 5 } }],
  ])("%s", (_name, input) => {
    const expected = issuesOf(() => readTarget(input, ""));
    expect(issuesOf(() => parseTarget(input))).toEqual(expected);
    // and safeParse gives the same issues in an error, never throwing
    const r = safeParseTarget(input);
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.error.issues.map(({ code, path, message }) => ({ code, path, message }))).toEqual(expected);
  });

  it("says 'expected an object, got number' for a non-object target (readObject's wording)", () => {
    expect(issuesOf(() => parseTarget(5))[0]).toMatchObject({ code: "invalid_type", path: "" });
    expect(issuesOf(() => parseTarget(5))[0]?.message).toMatch(/^expected an object, got /);
  });

  it("shows the discriminator of an unknown phasing kind, cut to 40 characters", () => {
    const [issue] = issuesOf(() => parseTarget({ ...VALID_TARGET, phasing: { kind: "q".repeat(60) } }));
    expect(issue).toMatchObject({ code: "invalid_enum", path: "phasing.kind" });
    expect(issue?.message).toContain(`got "${"q".repeat(40)}"`);
    expect(issue?.message).not.toContain("q".repeat(41));
  });
});

describe("near misses get a suggestion, worded alike by the schemas and the plain readers", () => {
  // Each suggestion is the allowed word at the smallest edit distance (src/read/didYouMean.ts):
  // "baselne" -> "baseline" drops one letter; "timezone" differs from "timeZone" by case only.
  it.each([
    [
      "a key missing a letter",
      { ...VALID_TARGET, baselne: 1 },
      "unknown_key",
      "baselne",
      'unknown property "baselne"; did you mean "baseline"?',
    ],
    [
      "a key in the wrong case",
      { ...VALID_TARGET, timezone: "Asia/Jakarta" },
      "unknown_key",
      "timezone",
      'unknown property "timezone"; did you mean "timeZone"?',
    ],
    [
      "a key inside goal",
      { ...VALID_TARGET, goal: { ...VALID_TARGET.goal, vaule: 1 } },
      "unknown_key",
      "goal.vaule",
      'unknown property "vaule"; did you mean "value"?',
    ],
    [
      "a key inside scope",
      { ...VALID_TARGET, scope: { regoin: "31" } },
      "unknown_key",
      "scope.regoin",
      'unknown property "regoin"; did you mean "region"?',
    ],
    ["a far key", { ...VALID_TARGET, colour: "red" }, "unknown_key", "colour", 'unknown property "colour"'],
    [
      "a direction misspelt",
      { ...VALID_TARGET, direction: "increse" },
      "invalid_enum",
      "direction",
      'expected one of "increase", "decrease", got "increse"; did you mean "increase"?',
    ],
    [
      "a size in Indonesian spelling",
      { ...VALID_TARGET, scope: { size: "mikro" } },
      "invalid_enum",
      "scope.size",
      'expected one of "micro", "small", "medium", "large", got "mikro"; did you mean "micro"?',
    ],
    [
      "a phasing kind in capitals (zod's discriminated union)",
      { ...VALID_TARGET, phasing: { kind: "Linear" } },
      "invalid_enum",
      "phasing.kind",
      'expected one of "linear", "monthly-weights", "seasonal", "milestones", got "Linear"; did you mean "linear"?',
    ],
    [
      "a phasing kind with an underscore",
      { ...VALID_TARGET, phasing: { kind: "monthly_weights", weights: [] } },
      "invalid_enum",
      "phasing.kind",
      'expected one of "linear", "monthly-weights", "seasonal", "milestones", got "monthly_weights"; did you mean "monthly-weights"?',
    ],
    [
      "a far phasing kind",
      { ...VALID_TARGET, phasing: { kind: "quarterly" } },
      "invalid_enum",
      "phasing.kind",
      'expected one of "linear", "monthly-weights", "seasonal", "milestones", got "quarterly"',
    ],
    [
      "a key of a linear phasing",
      { ...VALID_TARGET, phasing: { kind: "linear", knd: 1 } },
      "unknown_key",
      "phasing.knd",
      'unknown property "knd"; did you mean "kind"?',
    ],
  ])("target: %s", (_name, input, code, path, message) => {
    expect(issuesOf(() => readTarget(input, ""))[0]).toEqual({ code, path, message });
    expect(issuesOf(() => parseTarget(input))[0]).toEqual({ code, path, message });
  });

  it.each([
    [
      "observations: a kind in capitals",
      () => readObservations([{ date: "2021-05-31", value: 1, kind: "Increment" }], ""),
      () => parseObservations([{ date: "2021-05-31", value: 1, kind: "Increment" }]),
      "0.kind",
      'expected one of "cumulative", "increment", got "Increment"; did you mean "increment"?',
    ],
    [
      "observations: a key",
      () => readObservations([{ date: "2021-05-31", value: 1, corection: true }], ""),
      () => parseObservations([{ date: "2021-05-31", value: 1, corection: true }]),
      "0.corection",
      'unknown property "corection"; did you mean "correction"?',
    ],
    [
      "enterprise: a key",
      () => readEnterprise({ id: "e", onboardedat: "2021-05-03" }, ""),
      () => parseEnterprise({ id: "e", onboardedat: "2021-05-03" }),
      "onboardedat",
      'unknown property "onboardedat"; did you mean "onboardedAt"?',
    ],
    [
      "programme: a key",
      () => readProgramme({ id: "p", targets: [], nmae: "x" }, ""),
      () => parseProgramme({ id: "p", targets: [], nmae: "x" }),
      "nmae",
      'unknown property "nmae"; did you mean "name"?',
    ],
  ])("%s", (_name, plain, zod, path, message) => {
    expect(issuesOf(plain)[0]).toMatchObject({ path, message });
    expect(issuesOf(zod)[0]).toMatchObject({ path, message });
  });

  it("words several unknown keys of one object one by one, each with its own suggestion", () => {
    const input = { ...VALID_TARGET, nme: "x", colour: "red", metirc: "m" };
    const expected = [
      { code: "unknown_key", path: "nme", message: 'unknown property "nme"; did you mean "name"?' },
      { code: "unknown_key", path: "colour", message: 'unknown property "colour"' },
      { code: "unknown_key", path: "metirc", message: 'unknown property "metirc"; did you mean "metric"?' },
    ];
    expect(issuesOf(() => readTarget(input, ""))).toEqual(expected);
    expect(issuesOf(() => parseTarget(input))).toEqual(expected);
  });

  it("an object not built by the library's strictObject gets the plain wording, without a suggestion", () => {
    const r = z.strictObject({ name: z.string() }).safeParse({ name: "a", nme: "b" }, { reportInput: true });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(libraryIssues(r.error.issues[0] as z.core.$ZodIssue)).toEqual([
        { code: "unknown_key", path: "nme", message: 'unknown property "nme"' },
      ]);
  });
});

describe("a target whose goal lies on the wrong side of its baseline is refused (inconsistent_target)", () => {
  const increaseMessage =
    'the goal value 100 is below the baseline value 200, so this increase target asks for a fall: set direction: "decrease" if the value is meant to fall, or correct the baseline or goal value';
  const decreaseMessage =
    'the goal value 300 is above the baseline value 200, so this decrease target asks for a rise: set direction: "increase" if the value is meant to rise, or correct the baseline or goal value';
  const at = (value: number, extra: object = {}) => ({
    id: "t",
    baseline: { date: "2021-04-30", value: 200 },
    goal: { date: "2023-12-31", value },
    ...extra,
  });

  it.each([
    ["an increase goal below the baseline (direction left out)", at(100), increaseMessage],
    ["an increase goal below the baseline", at(100, { direction: "increase" }), increaseMessage],
    ["a decrease goal above the baseline", at(300, { direction: "decrease" }), decreaseMessage],
  ])("%s: the same code, path and message from both", (_name, input, message) => {
    expect(issuesOf(() => readTarget(input, ""))).toEqual([
      { code: "inconsistent_target", path: "goal.value", message },
    ]);
    expect(issuesOf(() => parseTarget(input))).toEqual([{ code: "inconsistent_target", path: "goal.value", message }]);
    // With the caller's prefix: readTarget's default path is "target".
    expect(issuesOf(() => readTarget(input))[0]).toMatchObject({
      code: "inconsistent_target",
      path: "target.goal.value",
    });
    expect(issuesOf(() => parseProgramme({ id: "p", targets: [VALID_TARGET, input] }))[0]).toEqual({
      code: "inconsistent_target",
      path: "targets.1.goal.value",
      message,
    });
    expect(issuesOf(() => readProgramme({ id: "p", targets: [VALID_TARGET, input] }, ""))[0]).toEqual({
      code: "inconsistent_target",
      path: "targets.1.goal.value",
      message,
    });
  });

  it.each([
    ["a goal equal to the baseline, increase (hold the level)", at(200)],
    ["a goal equal to the baseline, decrease (hold the level)", at(200, { direction: "decrease" })],
    ["an increase goal above the baseline", at(201)],
    ["a decrease goal below the baseline", at(199, { direction: "decrease" })],
    // Milestones are not bound to [baseline, goal]: a plan may overshoot on the way.
    [
      "an increase plan with a milestone above the goal",
      at(300, { phasing: { kind: "milestones", points: [{ date: "2022-12-31", value: 400 }] } }),
    ],
  ])("%s is accepted", (_name, input) => {
    expect(parseTarget(input)).toEqual(readTarget(input, ""));
    expect(readTarget(input, "").goal.value).toBe(input.goal.value);
  });
});

describe("parseProgramme: observations keyed by target id", () => {
  const programme = { id: "bbi", targets: [VALID_TARGET] };
  it.each([
    ["null observations", { ...programme, observations: null }],
    ["numeric observations", { ...programme, observations: 5 }],
    ["an array of observations", { ...programme, observations: [] }],
  ])("%s: the plain reader's code, path and message", (_name, input) => {
    const expected = issuesOf(() => readProgramme(input, ""));
    expect(expected[0]).toMatchObject({ code: "invalid_type", path: "observations" });
    expect(issuesOf(() => parseProgramme(input))).toEqual(expected);
    const r = safeParseProgramme(input);
    expect(r.success).toBe(false);
  });
});

describe("safeParse… when reading the input throws", () => {
  const withGetter = (thrown: unknown) =>
    Object.defineProperty({ ...VALID_TARGET }, "name", {
      enumerable: true,
      get() {
        throw thrown;
      },
    });

  it("returns an OnboardingTargetsError thrown by a getter as it is", () => {
    const err = new OnboardingTargetsError([{ code: "invalid_date", path: "x", message: "from the getter" }]);
    const r = safeParseTarget(withGetter(err));
    expect(r).toEqual({ success: false, error: err });
    if (!r.success) expect(r.error).toBe(err);
  });

  it.each([
    // "could not be read (<the thrown message>)", at the root, code invalid_type (errors/atPath.ts)
    [new Error("boom"), "could not be read (boom)"],
    ["plain string", "could not be read (plain string)"],
    // An echoed message is cut to 200 characters.
    [new Error("x".repeat(500)), `could not be read (${"x".repeat(200)})`],
    // A thrown value whose text cannot be read does not throw again.
    [
      {
        toString: () => {
          throw new Error("again");
        },
      },
      "could not be read (an unreadable value was thrown)",
    ],
  ])("turns any other throw into invalid_type at the root (%#)", (thrown, message) => {
    const r = safeParseTarget(withGetter(thrown));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues).toEqual([{ code: "invalid_type", path: "", message }]);
    expect(issuesOf(() => parseTarget(withGetter(thrown)))).toEqual([{ code: "invalid_type", path: "", message }]);
  });

  it("returns { success: true, data } for a valid input", () => {
    const r = safeParseTarget(VALID_TARGET);
    expect(r).toEqual({ success: true, data: parseTarget(VALID_TARGET) });
  });
});

describe("libraryIssues (zod issue → library issues), for issue kinds the model schemas do not raise", () => {
  const issueOf = (schema: z.ZodType, input: unknown) => {
    const r = schema.safeParse(input, { reportInput: true });
    if (r.success) throw new Error("expected a failure");
    return r.error.issues[0] as z.core.$ZodIssue;
  };

  it("an invalid literal is invalid_enum listing the allowed values, the input cut to 40 characters", () => {
    expect(libraryIssues(issueOf(z.literal("linear"), "q".repeat(60)))).toEqual([
      { code: "invalid_enum", path: "", message: `expected one of "linear", got "${"q".repeat(40)}"` },
    ]);
    // Each allowed value JSON-quoted and joined by ", "; a non-string input is named by its type.
    expect(libraryIssues(issueOf(z.strictObject({ kind: z.enum(["a", "b"]) }), { kind: 5 }), "phasing")).toEqual([
      { code: "invalid_enum", path: "phasing.kind", message: 'expected one of "a", "b", got number' },
    ]);
  });

  it("an invalid_type for a scalar names zod's expected type as it is", () => {
    expect(libraryIssues(issueOf(z.string(), 5))).toEqual([
      { code: "invalid_type", path: "", message: "expected string, got number" },
    ]);
    expect(libraryIssues(issueOf(z.array(z.string()), 5))).toEqual([
      { code: "invalid_type", path: "", message: "expected an array, got number" },
    ]);
  });

  it("a plain (non-discriminated) union failure is invalid_type with zod's message", () => {
    const iss = issueOf(z.union([z.string(), z.number()]), true);
    expect(libraryIssues(iss)).toEqual([{ code: "invalid_type", path: "", message: iss.message }]);
  });

  it("any other zod issue (e.g. too_small) is invalid_type with zod's message at the prefixed path", () => {
    const iss = issueOf(z.strictObject({ id: z.string().min(3) }), { id: "a" });
    expect(libraryIssues(iss, "targets.0")).toEqual([
      { code: "invalid_type", path: "targets.0.id", message: iss.message },
    ]);
  });

  it("a custom issue without a library code is invalid_type", () => {
    const iss = issueOf(
      z.custom(() => false, { message: "no" }),
      1,
    );
    expect(libraryIssues(iss)).toEqual([{ code: "invalid_type", path: "", message: "no" }]);
  });

  it("a record where another container is given says 'expected an object'", () => {
    const iss = issueOf(z.record(z.string(), z.number()), 5);
    expect(libraryIssues(iss, "observations")).toEqual([
      { code: "invalid_type", path: "observations", message: "expected an object, got number" },
    ]);
  });
});

describe("JSON Schema documents describe the JSON input form (draft 2020-12)", () => {
  it("declares draft 2020-12", () => {
    expect(targetJSONSchema().$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("does not require the fields that parseTarget fills in (direction, timeZone, phasing)", () => {
    const schema = targetJSONSchema() as { required?: string[] };
    // Defaults (methodology: notation and numbers): direction, timeZone and phasing may be left out of the input.
    expect(schema.required).toEqual(expect.arrayContaining(["id", "baseline", "goal"]));
    for (const k of ["direction", "timeZone", "phasing", "name"]) expect(schema.required).not.toContain(k);
    expect(parseTarget(VALID_TARGET).phasing).toEqual({ kind: "linear" });
  });

  it("does not require a programme's observations (parseProgramme defaults them to {})", () => {
    expect((programmeJSONSchema() as { required?: string[] }).required).not.toContain("observations");
  });
});

describe("fromJSON and toJSON: codes, paths and messages", () => {
  it.each([
    ["planet", 'got "planet"'],
    ["p".repeat(60), `got "${"p".repeat(40)}"`],
    [5, "got number"],
    ["toString", 'got "toString"'], // an inherited name is not a kind
  ])("fromJSON refuses the kind %s with invalid_option at path kind", (kind, got) => {
    const [issue, ...rest] = issuesOf(() => fromJSON(kind as never, {}));
    expect(rest).toEqual([]);
    expect(issue?.code).toBe("invalid_option");
    expect(issue?.path).toBe("kind");
    expect(issue?.message).toMatch(/^expected one of "target", /);
    expect(issue?.message.endsWith(got)).toBe(true);
  });

  it.each([
    [{ a: { b: [1, Number.NaN] } }, "invalid_number", "a.b.1", "NaN cannot be written as JSON"],
    [[Number.POSITIVE_INFINITY], "invalid_number", "0", "Infinity cannot be written as JSON"],
    [{ n: 10n }, "invalid_type", "n", "a bigint cannot be written as JSON"],
    [{ f: () => 1 }, "invalid_type", "f", "a function cannot be written as JSON"],
    [{ s: Symbol("s") }, "invalid_type", "s", "a symbol cannot be written as JSON"],
    [
      { d: { toStringTag: "[object Decimal]" } },
      "invalid_decimal",
      "d",
      "a Decimal look-alike, not a decimal.js value",
    ],
  ])("toJSON refuses what JSON cannot hold (%#)", (value, code, path, message) => {
    expect(issuesOf(() => toJSON(value))).toEqual([{ code, path, message }]);
  });

  it("toJSON writes decimals in plain notation up to the 10^±1000 bound inclusive; beyond it out_of_range at the path", () => {
    expect(toJSON({ a: new Decimal("0") })).toEqual({ a: "0" });
    expect(toJSON({ a: new Decimal("1.5e-7") })).toEqual({ a: "0.00000015" });
    // 10^1000 (DECIMAL_EXPONENT_LIMIT = 1000 in src/decimal): "1" and 1000 zeros.
    expect(toJSON({ a: new Decimal("1e1000") })).toEqual({ a: `1${"0".repeat(1000)}` });
    expect(toJSON({ a: new Decimal("1e-1000") })).toEqual({ a: `0.${"0".repeat(999)}1` });
    const [issue] = issuesOf(() => toJSON({ a: [new Decimal("1e1001")] }));
    expect(issue).toMatchObject({ code: "out_of_range", path: "a.0" });
  });

  it("toJSON turns an unreadable object into invalid_type at its path", () => {
    const hostile = {
      x: new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error("no");
          },
        },
      ),
    };
    expect(issuesOf(() => toJSON(hostile))).toEqual([
      { code: "invalid_type", path: "x", message: "could not be read" },
    ]);
  });

  it("fromJSON suggests the nearest kind for a near miss", () => {
    expect(issuesOf(() => fromJSON("Target" as never, VALID_TARGET))[0]?.message).toBe(
      'expected one of "target", "observations", "enterprise", "programme", got "Target"; did you mean "target"?',
    );
    expect(
      issuesOf(() => fromJSON("programe" as never, {}))[0]?.message.endsWith(
        'got "programe"; did you mean "programme"?',
      ),
    ).toBe(true);
  });

  it("fromJSON refuses a String object as kind (only a primitive string names a kind)", () => {
    expect(issuesOf(() => fromJSON(new String("target") as never, VALID_TARGET))[0]).toMatchObject({
      code: "invalid_option",
      path: "kind",
    });
  });

  it("toJSON keeps null, and leaves out properties whose value is undefined (as JSON.stringify does)", () => {
    const out = toJSON({ a: null, b: undefined, c: [null] }) as Record<string, unknown>;
    expect(out).toEqual({ a: null, c: [null] });
    expect(Object.keys(out)).toEqual(["a", "c"]);
    expect(toJSON(null)).toBe(null);
  });

  it("toJSON returns ordinary writable, configurable properties", () => {
    const out = toJSON({ a: 1 }) as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(out, "a")).toEqual({
      value: 1,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });
});
