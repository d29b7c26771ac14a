// Shared fast-check settings: `npm test` runs every law from a fixed seed, 100 times, so that a
// failure reproduces; `npm run test:deep` (scripts/deep-laws.mjs) sets FC_NUM_RUNS to 2 000 and
// FC_SEED to a new seed each run, printed, so that depth accumulates over runs.
import type { Parameters as FcParameters } from "fast-check";

const runs = Number(process.env.FC_NUM_RUNS ?? "") || 100;
const seed = Number(process.env.FC_SEED ?? "") || 20_210_430;

/** Options for `fc.assert`: fixed seed, `numRuns` from FC_NUM_RUNS (default 100). */
export function fcOptions<T>(overrides: FcParameters<T> = {}): FcParameters<T> {
  return { seed, numRuns: runs, ...overrides };
}
