import { describe, expect, it } from "vitest";
import { OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { readProgramme } from "../model/readProgramme.js";
import { PROGRAMME_ROWS, outcome, prototypesClean } from "./badInputs.testkit.js";
import { parseProgramme } from "./parseProgramme.js";
import { safeParseProgramme } from "./safeParseProgramme.js";

// Bad input of issue 3: each row gives the expected code and dotted path (see badInputs.testkit.ts).
const ROWS = PROGRAMME_ROWS.map(([name, input, code, path]) => [name, code, path, input] as const);

describe("parseProgramme: bad input", () => {
  it.each(ROWS)("%s -> %s at '%s'", (_name, code, path, input) => {
    expect(outcome(() => parseProgramme(input))).toEqual({ code, path });
    expect(prototypesClean()).toBe(true);
  });

  it.each(ROWS)("safeParseProgramme: %s -> %s at '%s', without throwing", (_name, code, path, input) => {
    const r = safeParseProgramme(input);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error).toBeInstanceOf(OnboardingTargetsError);
    expect([r.error.code, r.error.path]).toEqual([code, path]);
    expect(r.error.message.startsWith(path === "" ? "" : `${path}: `)).toBe(true);
    expect(r.error.issues[0]).toMatchObject({ code, path });
  });

  it.each(ROWS)("the plain readProgramme agrees: %s -> %s at '%s'", (_name, code, path, input) => {
    expect(outcome(() => readProgramme(input, ""))).toEqual({ code, path });
    expect(prototypesClean()).toBe(true);
  });

  it.each(ROWS)("same message from zod and plain readers: %s", (_name, _code, _path, input) => {
    const zod = safeParseProgramme(input);
    let plain = "";
    try {
      readProgramme(input, "");
    } catch (e) {
      plain = (e as OnboardingTargetsError).issues[0]?.message ?? "";
    }
    expect(zod.success ? "" : zod.error.issues[0]?.message).toBe(plain);
  });
});
