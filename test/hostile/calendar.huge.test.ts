// The hostile suite's dates at the ends of the calendar (0001-01-01, 9999-12-31), at every date
// site of every exported function: the rest of hostile.test.ts, run by `npm run test:huge`. Such a
// date may stretch an answer over the whole calendar (a daily series from 2021 to 9999-12-31 has
// 2.9 million periods), seconds a call on two cores. Judged as in hostile.test.ts: a valid result
// of at most one entry per calendar day, or a library error; input left alone.
import { describe, expect, it } from "vitest";
import { atCalendarEnd, exportedFunctions, type Fn, siteCases } from "./cases.js";
import { skippedBecause } from "./findings.js";
import { REGISTRY } from "./registry.js";
import { corrupt, judge } from "./sites.js";

const functions = exportedFunctions();

const cases = Object.keys(REGISTRY)
  .filter((n) => functions.has(n))
  .sort()
  .flatMap((name) =>
    siteCases(name, REGISTRY[name]!).flatMap((c) =>
      c.site.hostiles.filter(atCalendarEnd).map((hostile) => ({ name, ...c, hostile })),
    ),
  );

describe("dates at the ends of the calendar", () => {
  it("are tried somewhere (the table in values.ts still has them)", () => {
    expect(new Set(cases.map((c) => c.hostile.label))).toEqual(
      new Set(["0001-01-01 (earliest)", "9999-12-31 (latest)"]),
    );
  });

  for (const { name, id, title, site, makeArgs, hostile } of cases) {
    const skipped = skippedBecause(`${id} ${hostile.label}`);
    const test = skipped === undefined ? it : it.skip;
    test(`${name} ${title} = ${hostile.label}${skipped === undefined ? "" : ` [skipped: ${skipped}]`}`, async () => {
      // One call may block for seconds: let the worker answer vitest's messages first.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const outcome = judge(functions.get(name) as Fn, corrupt(makeArgs(), site.path, hostile));
      expect(outcome.problem, `${id} ${hostile.label}`).toBeNull();
    });
  }
});
