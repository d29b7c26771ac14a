// Ten million entries, for every function that takes a series (registry `series`): an array of 10
// million references to one valid entry (all on one date: a valid input for event counts, a
// duplicate-date error for observations), and, where a column is accepted, a Float64Array of 10
// million epoch milliseconds. Each call must answer (a result of at most ten million entries, or an
// OnboardingTargetsError) without a RangeError or a stack overflow, and leave its (frozen) input
// alone. `npm run test:huge` runs this file; each case runs in a process of its own (hugeCase.ts).
// How long a call takes is measured by `npm run bench`, not here: the test's timeout only catches
// a call that hangs.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { exportedFunctions } from "./cases.js";
import { REGISTRY } from "./registry.js";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../", import.meta.url));
const script = fileURLToPath(new URL("./hugeCase.ts", import.meta.url));
const functions = exportedFunctions();

const cases = Object.entries(REGISTRY).flatMap(([name, entry]) =>
  (entry.series ?? []).flatMap(({ arg, column }) => [
    { name, arg, kind: "array" as const },
    ...(column === true ? [{ name, arg, kind: "column" as const }] : []),
  ]),
);

describe("ten million entries", () => {
  it("cover every function that takes a series", () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(
      cases.filter((c) => !functions.has(c.name)).map((c) => c.name),
      "stale registry entries",
    ).toEqual([]);
  });

  for (const { name, arg, kind } of cases) {
    it(`${name}, argument ${arg} as ${kind}`, async ({ signal }) => {
      // The test's signal ends the process when the test times out.
      const { stdout } = await run(process.execPath, ["--import", "tsx", script, name, String(arg), kind], {
        cwd: root,
        signal,
        maxBuffer: 1024 * 1024,
      });
      const outcome = JSON.parse(stdout.trim().split("\n").at(-1) as string) as {
        problem: string | null;
        error?: string;
        entries: number;
      };
      expect(outcome.problem, outcome.error ?? `returned ${outcome.entries} entries`).toBeNull();
    });
  }
});
