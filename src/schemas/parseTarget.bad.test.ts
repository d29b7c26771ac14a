import { describe, expect, it } from "vitest";
import { OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { readTarget } from "../model/readTarget.js";
import { TARGET_ROWS, outcome, prototypesClean } from "./badInputs.testkit.js";
import { parseTarget } from "./parseTarget.js";
import { safeParseTarget } from "./safeParseTarget.js";

// Bad input of issue 3: each row gives the expected code and dotted path (see badInputs.testkit.ts).
const ROWS = TARGET_ROWS.map(([name, input, code, path]) => [name, code, path, input] as const);

describe("parseTarget: bad input", () => {
  it.each(ROWS)("%s -> %s at '%s'", (_name, code, path, input) => {
    expect(outcome(() => parseTarget(input))).toEqual({ code, path });
    expect(prototypesClean()).toBe(true);
  });

  it.each(ROWS)("safeParseTarget: %s -> %s at '%s', without throwing", (_name, code, path, input) => {
    const r = safeParseTarget(input);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error).toBeInstanceOf(OnboardingTargetsError);
    expect([r.error.code, r.error.path]).toEqual([code, path]);
    expect(r.error.message.startsWith(path === "" ? "" : `${path}: `)).toBe(true);
    expect(r.error.issues[0]).toMatchObject({ code, path });
  });

  it.each(ROWS)("the plain readTarget agrees: %s -> %s at '%s'", (_name, code, path, input) => {
    expect(outcome(() => readTarget(input, ""))).toEqual({ code, path });
    expect(prototypesClean()).toBe(true);
  });

  it.each(ROWS)("same message from zod and plain readers: %s", (_name, _code, _path, input) => {
    const zod = safeParseTarget(input);
    let plain = "";
    try {
      readTarget(input, "");
    } catch (e) {
      plain = (e as OnboardingTargetsError).issues[0]?.message ?? "";
    }
    expect(zod.success ? "" : zod.error.issues[0]?.message).toBe(plain);
  });
});
