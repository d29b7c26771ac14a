/**
 * Weighted isotonic regression by pool adjacent violators: the non-decreasing sequence `f` that
 * minimises sum w_i (y_i - f_i)^2. Each block of pooled points takes its weighted mean. O(n).
 *
 * Reference: Barlow, Bartholomew, Bremner and Brunk, "Statistical inference under order
 * restrictions" (1972); de Leeuw, Hornik and Mair, "Isotone optimization in R: pool-adjacent-
 * violators algorithm (PAVA) and active set methods", J. Stat. Software 32(5), 2009.
 * @internal
 */
export function isotonicFit(values: readonly number[], weights: readonly number[]): number[] {
  // Blocks as parallel stacks: weighted sum, weight, and how many points each holds.
  const sums: number[] = [];
  const totals: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const w = weights[i] as number;
    sums.push(w * (values[i] as number));
    totals.push(w);
    counts.push(1);
    // Pool while the last block's mean is below the one before it.
    while (sums.length > 1) {
      const k = sums.length - 1;
      if ((sums[k - 1] as number) / (totals[k - 1] as number) <= (sums[k] as number) / (totals[k] as number)) break;
      sums[k - 1] = (sums[k - 1] as number) + (sums.pop() as number);
      totals[k - 1] = (totals[k - 1] as number) + (totals.pop() as number);
      counts[k - 1] = (counts[k - 1] as number) + (counts.pop() as number);
    }
  }
  const fitted: number[] = [];
  for (let b = 0; b < sums.length; b++) {
    const mean = (sums[b] as number) / (totals[b] as number);
    for (let j = 0; j < (counts[b] as number); j++) fitted.push(mean);
  }
  return fitted;
}
