import { Decimal } from "../decimal/index.js";

/**
 * Splits the integer `total` into integers, one per exact share, by the largest-remainder
 * (Hamilton) method, so that they sum exactly to `total`. Each part is the floor of its share,
 * plus 1 for the parts with the largest fractional remainders until the total is reached; ties go
 * to the earlier part. Shares are taken at 20 decimal places. Works for negative and mixed-sign shares. The shares must sum to `total`.
 * O(n log n).
 * @internal
 */
export function largestRemainder(shares: readonly Decimal[], total: Decimal): number[] {
  // Shares are compared at 20 decimal places, so the last-digit noise of 40-digit arithmetic
  // (80 held as 79.99…9, or 100/3 as 33.3…3, 33.3…4, 33.3…3) neither moves a floor nor breaks a tie.
  const rounded = shares.map((s) => s.toDecimalPlaces(20, Decimal.ROUND_HALF_EVEN));
  const floors = rounded.map((s) => s.floor());
  const short = total
    .minus(floors.reduce((a, b) => a.plus(b), new Decimal(0)))
    .round()
    .toNumber();
  const order = rounded
    .map((s, i) => ({ i, rest: s.minus(floors[i] as Decimal) }))
    .sort((a, b) => b.rest.comparedTo(a.rest) || a.i - b.i);
  const parts = floors.map((f) => f.toNumber());
  for (let k = 0; k < short && k < order.length; k++) {
    const idx = (order[k] as { i: number }).i;
    parts[idx] = (parts[idx] as number) + 1;
  }
  return parts.map((p) => (Object.is(p, -0) ? 0 : p));
}
