import { describe, expect, it } from "vitest";
import { OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { readObservations } from "../model/readObservations.js";
import { OBSERVATION_ROWS, outcome, prototypesClean } from "./badInputs.testkit.js";
import { parseObservations } from "./parseObservations.js";
import { safeParseObservations } from "./safeParseObservations.js";

// Bad input of issue 3: each row gives the expected code and dotted path (see badInputs.testkit.ts).
const ROWS = OBSERVATION_ROWS.map(([name, input, code, path]) => [name, code, path, input] as const);

describe("parseObservations: bad input", () => {
  it.each(ROWS)("%s -> %s at '%s'", (_name, code, path, input) => {
    expect(outcome(() => parseObservations(input))).toEqual({ code, path });
    expect(prototypesClean()).toBe(true);
  });

  it.each(ROWS)("safeParseObservations: %s -> %s at '%s', without throwing", (_name, code, path, input) => {
    const r = safeParseObservations(input);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error).toBeInstanceOf(OnboardingTargetsError);
    expect([r.error.code, r.error.path]).toEqual([code, path]);
    expect(r.error.message.startsWith(path === "" ? "" : `${path}: `)).toBe(true);
    expect(r.error.issues[0]).toMatchObject({ code, path });
  });

  it.each(ROWS)("the plain readObservations agrees: %s -> %s at '%s'", (_name, code, path, input) => {
    expect(outcome(() => readObservations(input, ""))).toEqual({ code, path });
    expect(prototypesClean()).toBe(true);
  });

  it.each(ROWS)("same message from zod and plain readers: %s", (_name, _code, _path, input) => {
    const zod = safeParseObservations(input);
    let plain = "";
    try {
      readObservations(input, "");
    } catch (e) {
      plain = (e as OnboardingTargetsError).issues[0]?.message ?? "";
    }
    expect(zod.success ? "" : zod.error.issues[0]?.message).toBe(plain);
  });
});
