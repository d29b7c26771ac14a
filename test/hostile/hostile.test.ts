// Hostile input, for every exported function: each argument and each field inside it is replaced by
// the hostile values of its kind (values.ts). Each call must return a valid result or throw
// OnboardingTargetsError with a string code and path; never a bare TypeError, never NaN, Infinity or
// an Invalid Date, never a polluted prototype, never a mutated (deep-frozen) input, never a result
// longer than the calendar (sites.ts, judge).
//
// This file checks the registry; the calls run in hostile.1.test.ts to hostile.4.test.ts (suite.ts),
// and dates at the ends of the calendar in calendar.huge.test.ts (`npm run test:huge`): their
// answers may span the whole calendar.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportedFunctions } from "./cases.js";
import { EXEMPT, REGISTRY } from "./registry.js";
import { SHARDS } from "./suite.js";

const functions = exportedFunctions();

describe("the hostile registry", () => {
  it("has an entry for every exported function", () => {
    const missing = [...functions.keys()].filter((n) => !(n in REGISTRY) && !(n in EXEMPT)).sort();
    expect(missing, "add these to test/hostile/registry.ts").toEqual([]);
  });

  it("names only exported functions", () => {
    const stale = Object.keys(REGISTRY).filter((n) => !functions.has(n));
    expect(stale, "renamed or removed: update test/hostile/registry.ts").toEqual([]);
  });

  it("runs every shard: one hostile.<k>.test.ts file for each k of 1 to SHARDS", () => {
    const files = readdirSync(new URL(".", import.meta.url)).filter((f) => /^hostile\.\d+\.test\.ts$/.test(f));
    expect(files.sort()).toEqual(Array.from({ length: SHARDS }, (_, i) => `hostile.${i + 1}.test.ts`));
  });
});
