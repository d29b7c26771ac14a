import { describe, expect, it } from "vitest";
import { OnboardingTargetsError } from "../errors/OnboardingTargetsError.js";
import { readEnterprise } from "../model/readEnterprise.js";
import { readObservations } from "../model/readObservations.js";
import { readProgramme } from "../model/readProgramme.js";
import { readTarget } from "../model/readTarget.js";
import {
  type BadRow,
  ENTERPRISE_ROWS,
  OBSERVATION_ROWS,
  outcome,
  PROGRAMME_ROWS,
  prototypesClean,
  TARGET_ROWS,
} from "./badInputs.testkit.js";
import { parseEnterprise } from "./parseEnterprise.js";
import { parseObservations } from "./parseObservations.js";
import { parseProgramme } from "./parseProgramme.js";
import { parseTarget } from "./parseTarget.js";
import { safeParseEnterprise } from "./safeParseEnterprise.js";
import { safeParseObservations } from "./safeParseObservations.js";
import { safeParseProgramme } from "./safeParseProgramme.js";
import { safeParseTarget } from "./safeParseTarget.js";

// Bad input: each row gives the expected code and dotted path (see badInputs.testkit.ts).
// Every parse function, its safeParse twin and the zod-free reader of the same kind must agree.
type SafeResult = { success: true } | { success: false; error: OnboardingTargetsError };
interface Kind {
  readonly name: string;
  readonly rows: readonly BadRow[];
  readonly parse: (input: unknown) => unknown;
  readonly safeParse: (input: unknown) => SafeResult;
  readonly read: (input: unknown) => unknown;
}

const KINDS: readonly Kind[] = [
  { name: "Target", rows: TARGET_ROWS, parse: parseTarget, safeParse: safeParseTarget, read: (i) => readTarget(i, "") },
  {
    name: "Observations",
    rows: OBSERVATION_ROWS,
    parse: parseObservations,
    safeParse: safeParseObservations,
    read: (i) => readObservations(i, ""),
  },
  {
    name: "Enterprise",
    rows: ENTERPRISE_ROWS,
    parse: parseEnterprise,
    safeParse: safeParseEnterprise,
    read: (i) => readEnterprise(i, ""),
  },
  {
    name: "Programme",
    rows: PROGRAMME_ROWS,
    parse: parseProgramme,
    safeParse: safeParseProgramme,
    read: (i) => readProgramme(i, ""),
  },
];

describe.each(KINDS)("parse$name: bad input", ({ name, rows, parse, safeParse, read }) => {
  const ROWS = rows.map(([label, input, code, path]) => [label, code, path, input] as const);

  it.each(ROWS)("%s -> %s at '%s'", (_label, code, path, input) => {
    expect(outcome(() => parse(input))).toEqual({ code, path });
    expect(prototypesClean()).toBe(true);
  });

  it.each(ROWS)(`safeParse${name}: %s -> %s at '%s', without throwing`, (_label, code, path, input) => {
    const r = safeParse(input);
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.error).toBeInstanceOf(OnboardingTargetsError);
    expect([r.error.code, r.error.path]).toEqual([code, path]);
    expect(r.error.message.startsWith(path === "" ? "" : `${path}: `)).toBe(true);
    expect(r.error.issues[0]).toMatchObject({ code, path });
  });

  it.each(ROWS)(`the plain read${name} agrees: %s -> %s at '%s'`, (_label, code, path, input) => {
    expect(outcome(() => read(input))).toEqual({ code, path });
    expect(prototypesClean()).toBe(true);
  });

  it.each(ROWS)("same message from zod and plain readers: %s", (_label, _code, _path, input) => {
    const zod = safeParse(input);
    let plain = "";
    try {
      read(input);
    } catch (e) {
      plain = (e as OnboardingTargetsError).issues[0]?.message ?? "";
    }
    expect(zod.success ? "" : zod.error.issues[0]?.message).toBe(plain);
  });
});
