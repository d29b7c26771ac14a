// The hostile suite's tests, in shards: hostile.test.ts checks the registry, and the files
// hostile.<k>.test.ts each run one shard of the calls, so that the test workers share the work.
// A shard takes every SHARDS-th site test across all functions (round robin over one fixed order),
// so each gets a like mix of cheap and costly functions; the baseline tests go by function.
import { writeSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { atCalendarEnd, baselinesOf, exportedFunctions, type Fn, siteCases } from "./cases.js";
import { skippedBecause } from "./findings.js";
import { REGISTRY } from "./registry.js";
import { corrupt, judge } from "./sites.js";

/** How many hostile.<k>.test.ts files there are. */
export const SHARDS = 4;

/** HOSTILE_TRACE=1 prints each case before running it: the last line names a case that crashed the worker. */
const trace = process.env.HOSTILE_TRACE === "1";

/** Defines the tests of shard `shard` (1 to SHARDS). */
export function hostileShard(shard: number): void {
  const functions = exportedFunctions();
  const covered = Object.keys(REGISTRY)
    .filter((n) => functions.has(n))
    .sort();
  let site = 0;
  covered.forEach((name, index) => {
    const fn = functions.get(name) as Fn;
    const entry = REGISTRY[name]!;
    const mine = siteCases(name, entry).filter(() => site++ % SHARDS === shard - 1);
    const baselines = index % SHARDS === shard - 1;
    if (mine.length === 0 && !baselines) return;

    describe(name, () => {
      if (baselines) {
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
      }
      for (const { id, title, site, makeArgs } of mine) {
        const here = site.hostiles.filter((h) => !atCalendarEnd(h));
        const skipped = here.filter((h) => skippedBecause(`${id} ${h.label}`) !== undefined);
        const run = here.filter((h) => !skipped.includes(h));
        it(`${title} (${site.kind}, ${run.length} values)`, () => {
          const failures: string[] = [];
          for (const hostile of run) {
            if (trace) writeSync(2, `hostile: ${id} ${hostile.label}\n`);
            const outcome = judge(fn, corrupt(makeArgs(), site.path, hostile));
            if (outcome.problem !== null) failures.push(`${hostile.label}: ${outcome.problem}`);
          }
          expect(failures, `${id} with hostile values`).toEqual([]);
        });
        for (const hostile of skipped)
          it.skip(`${title} = ${hostile.label} [skipped: ${skippedBecause(`${id} ${hostile.label}`)}]`, () => {
            expect(judge(fn, corrupt(makeArgs(), site.path, hostile)).problem).toBeNull();
          });
      }
    });
  });
}
