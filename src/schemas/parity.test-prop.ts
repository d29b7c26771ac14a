import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcOptions, law } from "../../test/support/fc.js";
import { readEnterprise } from "../model/readEnterprise.js";
import { readObservations } from "../model/readObservations.js";
import { readTarget } from "../model/readTarget.js";
import { readProgramme } from "../model/readProgramme.js";
import { enterpriseInput, observationInput, programmeInput, targetInput } from "./arbitraries.testkit.js";
import { safeParseProgramme } from "./safeParseProgramme.js";
import { outcome } from "./badInputs.testkit.js";
import { safeParseEnterprise } from "./safeParseEnterprise.js";
import { safeParseObservations } from "./safeParseObservations.js";
import { safeParseTarget } from "./safeParseTarget.js";

// Values that break one field: the zod schemas and the plain readers must agree on every one.
const hostileValue = fc.constantFrom<unknown>(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -1,
  1.5,
  2 ** 53,
  "",
  "2021-13-01",
  "2021-02-29",
  "Asia/Jakata",
  // Near misses of enum values, zones and kinds: both sides suggest the same word.
  "Linear",
  "lineer",
  "increse",
  "mikro",
  "WIB",
  "UTC+7",
  "Jakarta",
  "cumulativ",
  null,
  undefined,
  [],
  {},
  "x",
  true,
  0,
);

/** Replaces the value at a random path of a JSON-like value. */
function mutate(value: unknown, choice: number, replacement: unknown): unknown {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (typeof v === "object" && v !== null) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(value, []);
  const path = paths[choice % paths.length] ?? [];
  if (path.length === 0) return replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path[path.length - 1] as string | number] = replacement;
  return copy;
}

const agree = (zod: { success: boolean; error?: { code: string; path: string } }, plain: ReturnType<typeof outcome>) =>
  zod.success
    ? plain === "no error"
    : plain !== "no error" && plain.code === zod.error?.code && plain.path === zod.error?.path;

/** The first issue's message of what `f` throws, or "" when it does not throw. */
function firstMessage(f: () => unknown): string {
  try {
    f();
    return "";
  } catch (e) {
    return (e as { issues?: readonly { message: string }[] }).issues?.[0]?.message ?? "";
  }
}

/**
 * Adds a misspelt copy of one key, chosen by `choice`, at any depth (a letter dropped, two
 * swapped, or the case changed). The original stays, so the unknown key is the only problem: a
 * renamed required key would also be missing, which the two sides may report in another order.
 */
function misspellKey(value: unknown, choice: number, how: number): unknown {
  const holders: Record<string, unknown>[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === "object" && v !== null) {
      if (Object.keys(v).length > 0) holders.push(v as Record<string, unknown>);
      Object.values(v).forEach(walk);
    }
  };
  const copy = structuredClone(value);
  walk(copy);
  const holder = holders[choice % Math.max(holders.length, 1)];
  if (holder === undefined) return copy;
  const keys = Object.keys(holder);
  const key = keys[(choice >> 4) % keys.length] as string;
  const misspelt =
    how % 3 === 0
      ? key.slice(0, -1)
      : how % 3 === 1
        ? key.toUpperCase()
        : key.length > 2
          ? key.charAt(1) + key.charAt(0) + key.slice(2)
          : `${key}x`;
  // A key with a dot has no unambiguous dotted path (the paths of the two sides differ there).
  if (misspelt === key || misspelt === "" || misspelt in holder || key.includes(".")) return copy;
  holder[misspelt] = holder[key];
  return copy;
}

describe("law: on valid input the zod parse functions and the plain readers return the same value", () => {
  it("programmes", async () => {
    await fc.assert(
      law(programmeInput, (input) => {
        const z = safeParseProgramme(input);
        expect(z.success).toBe(true);
        if (z.success) expect(JSON.stringify(z.data)).toBe(JSON.stringify(readProgramme(input, "")));
      }),
      fcOptions(),
    );
  });
});

describe("law: the zod parse functions and the plain readers accept and reject the same inputs, with the same code and path", () => {
  it.each([
    ["targets", targetInput, (x: unknown) => safeParseTarget(x), (x: unknown) => readTarget(x, "")],
    [
      "observations",
      fc.array(observationInput, { minLength: 1, maxLength: 3 }),
      (x: unknown) => safeParseObservations(x),
      (x: unknown) => readObservations(x, ""),
    ],
    [
      "enterprises",
      enterpriseInput.map((e) => JSON.parse(JSON.stringify(e)) as unknown),
      (x: unknown) => safeParseEnterprise(x),
      (x: unknown) => readEnterprise(x, ""),
    ],
  ] as const)("%s with one field broken", async (_kind, arb, zod, plain) => {
    await fc.assert(
      law(arb as fc.Arbitrary<unknown>, fc.nat(), hostileValue, (input, choice, bad) => {
        const broken = mutate(input, choice, bad);
        const z = zod(broken);
        const p = outcome(() => plain(broken));
        expect(
          agree(z as never, p),
          JSON.stringify({ broken, zod: z.success ? "ok" : [z.error.code, z.error.path], plain: p }),
        ).toBe(true);
        if (!z.success) expect(z.error.issues[0]?.message).toBe(firstMessage(() => plain(broken))); // and the same words
        if (z.success) expect(z.data).toEqual(plain(broken)); // and the same value, defaults and key order included
        if (z.success) expect(JSON.stringify(z.data)).toBe(JSON.stringify(plain(broken)));
      }),
      fcOptions({ numRuns: 300 }),
    );
  });
});

describe("law: a misspelt key gets the same code, path and message (suggestion included) from both", () => {
  it.each([
    ["targets", targetInput, (x: unknown) => safeParseTarget(x), (x: unknown) => readTarget(x, "")],
    [
      "observations",
      fc.array(observationInput, { minLength: 1, maxLength: 3 }),
      (x: unknown) => safeParseObservations(x),
      (x: unknown) => readObservations(x, ""),
    ],
    [
      "enterprises",
      enterpriseInput.map((e) => JSON.parse(JSON.stringify(e)) as unknown),
      (x: unknown) => safeParseEnterprise(x),
      (x: unknown) => readEnterprise(x, ""),
    ],
    ["programmes", programmeInput, (x: unknown) => safeParseProgramme(x), (x: unknown) => readProgramme(x, "")],
  ] as const)("%s with one key misspelt", async (_kind, arb, zod, plain) => {
    await fc.assert(
      law(arb as fc.Arbitrary<unknown>, fc.nat(), fc.nat(), (input, choice, how) => {
        const broken = misspellKey(input, choice, how);
        const z = zod(broken);
        const p = outcome(() => plain(broken));
        expect(
          agree(z as never, p),
          JSON.stringify({ broken, zod: z.success ? "ok" : [z.error.code, z.error.path], plain: p }),
        ).toBe(true);
        if (!z.success) expect(z.error.issues[0]?.message).toBe(firstMessage(() => plain(broken)));
      }),
      fcOptions({ numRuns: 200 }),
    );
  });
});
