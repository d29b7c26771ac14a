/**
 * Test data for the backtests: a running count that jumps from 1 to 2^52 + 4 in the six days from
 * the end of 2024-01-25 to the end of 2024-01-31 (6/31 of a month; every value a safe integer), so
 * that `cagr` fitted there grows by ln(2^52 + 4)·31/6 ≈ 186 in log a month and overflows months
 * later.
 * @internal
 * @module
 */

/** The value at the end of 2024-01-31. */
export const JUMP_TOP = 2 ** 52 + 4;

/** The six observations of the jump, 2024-01-25 to 2024-01-31. */
export const JUMP: readonly { readonly date: string; readonly value: number }[] = [
  { date: "2024-01-25", value: 1 },
  { date: "2024-01-26", value: 2 ** 52 },
  { date: "2024-01-27", value: 2 ** 52 + 1 },
  { date: "2024-01-28", value: 2 ** 52 + 2 },
  { date: "2024-01-29", value: 2 ** 52 + 3 },
  { date: "2024-01-31", value: JUMP_TOP },
];
