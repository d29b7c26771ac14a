// Ten million entries, for every function that takes a series (registry `series`): an array of 10
// million references to one valid entry (all on one date: a valid input for event counts, a
// duplicate-date error for observations), and, where a column is accepted, a Float64Array of 10
// million epoch milliseconds. Each call must answer (result or OnboardingTargetsError) within the
// time bound, without a RangeError or a stack overflow, and leave its (frozen) input alone.
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import * as schemas from "../../src/schemas/index.js";
import { REGISTRY } from "./registry.js";
import { judge } from "./sites.js";

const N = 10_000_000;
const BOUND_MS = 120_000; // generous: seconds alone, but CI and developers share two cores

type Fn = (...a: unknown[]) => unknown;
const fns: Record<string, unknown> = { ...api, ...schemas };

const cases = Object.entries(REGISTRY).flatMap(([name, entry]) =>
  (entry.series ?? []).flatMap(({ arg, column }) => [
    { name, arg, kind: "array" as const, make: entry.args },
    ...(column === true ? [{ name, arg, kind: "column" as const, make: entry.args }] : []),
  ]),
);

describe("ten million entries", () => {
  it.each(cases)("$name, argument $arg as $kind", async ({ name, arg, kind, make }) => {
    // Each call blocks for seconds: give the worker's event loop a turn so vitest's RPC stays alive.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const fn = fns[name] as Fn | undefined;
    if (fn === undefined) return; // not exported yet: hostile.test.ts reports stale registry entries
    const args = make();
    const base = args[arg] as unknown[];
    if (kind === "column") {
      const column = new Float64Array(N);
      column.fill(Date.UTC(2021, 5, 15, 3));
      args[arg] = column;
    } else {
      args[arg] = new Array(N).fill(base[base.length - 1]);
    }
    const outcome = judge(fn, args, BOUND_MS);
    expect(outcome.problem, `${Math.round(outcome.ms)} ms; ${outcome.error ?? "returned"}`).toBeNull();
  });
});
