// Shared fast-check settings: a fixed seed in CI so failures reproduce; `npm run test:deep` raises
// the number of runs through FC_NUM_RUNS.
import type { Parameters as FcParameters } from "fast-check";

const runs = Number(process.env.FC_NUM_RUNS ?? "") || 100;
const seed = Number(process.env.FC_SEED ?? "") || 20_210_430;

/** Options for `fc.assert`: fixed seed, `numRuns` from FC_NUM_RUNS (default 100). */
export function fcOptions<T>(overrides: FcParameters<T> = {}): FcParameters<T> {
  return { seed, numRuns: runs, ...overrides };
}
