// Hostile input, for every exported function: each argument and each field inside it is replaced by
// the hostile values of its kind (values.ts). Each call must return a valid result or throw
// OnboardingTargetsError with a string code and path; never a bare TypeError, never NaN, Infinity or
// an Invalid Date, never a polluted prototype, never a mutated (deep-frozen) input, never a result
// longer than the calendar (sites.ts, judge). Dates at the ends of the calendar run in
// calendar.huge.test.ts (`npm run test:huge`): their answers may span the whole calendar.
import { writeSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { atCalendarEnd, baselinesOf, exportedFunctions, type Fn, siteCases } from "./cases.js";
import { type Finding, findingFor } from "./findings.js";
import { EXEMPT, REGISTRY } from "./registry.js";
import { corrupt, judge } from "./sites.js";

const functions = exportedFunctions();
const strict = process.env.HOSTILE_STRICT === "1";
/** HOSTILE_TRACE=1 prints each case before running it: the last line names a case that crashed the worker. */
const trace = process.env.HOSTILE_TRACE === "1";

describe("the hostile registry", () => {
  it("has an entry for every exported function", () => {
    const missing = [...functions.keys()].filter((n) => !(n in REGISTRY) && !(n in EXEMPT)).sort();
    expect(missing, "add these to test/hostile/registry.ts").toEqual([]);
  });

  it("names only exported functions", () => {
    const stale = Object.keys(REGISTRY).filter((n) => !functions.has(n));
    expect(stale, "renamed or removed: update test/hostile/registry.ts").toEqual([]);
  });
});

const covered = Object.keys(REGISTRY)
  .filter((n) => functions.has(n))
  .sort();

describe.each(covered)("%s", (name) => {
  const fn = functions.get(name) as Fn;
  const entry = REGISTRY[name]!;

  it("succeeds on its baseline arguments, deterministically, without mutating them", () => {
    const first = judge(fn, entry.args());
    expect(first.threw ? `threw ${first.error}` : first.problem).toBeNull();
    const again = judge(fn, entry.args());
    expect(JSON.stringify(again.result)).toBe(JSON.stringify(first.result));
  });

  for (const [variant, makeArgs] of baselinesOf(entry).slice(1)) {
    it(`succeeds on its ${variant} baseline arguments`, () => {
      const outcome = judge(fn, makeArgs());
      expect(outcome.threw ? `threw ${outcome.error}` : outcome.problem).toBeNull();
    });
  }
  for (const { id, title, site, makeArgs, known } of siteCases(name, entry)) {
    const here = site.hostiles.filter((h) => !atCalendarEnd(h));
    const findings = here.filter((h) => findingFor(`${id} ${h.label}`) !== undefined);
    const clean = here.filter((h) => !findings.includes(h));
    it(`${title} (${site.kind}, ${clean.length} values)${known === undefined ? "" : ` [finding: ${known}]`}`, () => {
      const failures: string[] = [];
      for (const hostile of clean) {
        if (trace) writeSync(2, `hostile: ${id} ${hostile.label}\n`);
        const outcome = judge(fn, corrupt(makeArgs(), site.path, hostile));
        if (outcome.problem !== null) failures.push(`${hostile.label}: ${outcome.problem}`);
      }
      // A known finding is tolerated unless HOSTILE_STRICT=1 (then it shows as the failure it is).
      if (known === undefined || strict) expect(failures, `${id} with hostile values`).toEqual([]);
    });
    for (const hostile of findings) {
      const finding = findingFor(`${id} ${hostile.label}`) as Finding;
      const test = finding.run === false ? it.skip : strict ? it : it.fails;
      test(`${title} = ${hostile.label} [finding: ${finding.reason}]`, () => {
        const outcome = judge(fn, corrupt(makeArgs(), site.path, hostile));
        expect(outcome.problem).toBeNull();
      });
    }
  }
});
