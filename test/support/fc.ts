// Shared fast-check settings: `npm test` runs every law from a fixed seed, 100 times, so that a
// failure reproduces; `npm run test:deep` (scripts/deep-laws.mjs) sets FC_NUM_RUNS to 2 000 and
// FC_SEED to a new seed each run, printed, so that depth accumulates over runs.
import fc, { type Parameters as FcParameters } from "fast-check";

const runs = Number(process.env.FC_NUM_RUNS ?? "") || 100;
const seed = Number(process.env.FC_SEED ?? "") || 20_210_430;

/** Options for `fc.assert`: fixed seed, `numRuns` from FC_NUM_RUNS (default 100). */
export function fcOptions<T>(overrides: FcParameters<T> = {}): FcParameters<T> {
  return { seed, numRuns: runs, ...overrides };
}

/**
 * `fc.property`, as an async property that gives the event loop a turn before each run: a law run
 * 2 000 times can take minutes on a busy machine, and a test worker that holds the event loop that
 * long misses the test runner's 60-second RPC deadline (vitest reports "Timeout calling
 * onTaskUpdate" although every law passed). Use it as `await fc.assert(law(...), fcOptions())`.
 */
export function law<Ts extends [unknown, ...unknown[]]>(
  ...args: [...arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> }, predicate: (...values: Ts) => boolean | void]
): fc.IAsyncPropertyWithHooks<Ts> {
  const predicate = args[args.length - 1] as (...values: Ts) => boolean | void;
  const arbitraries = args.slice(0, -1) as unknown as { [K in keyof Ts]: fc.Arbitrary<Ts[K]> };
  return fc.asyncProperty<Ts>(...arbitraries, async (...values: Ts) => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return predicate(...values);
  });
}
