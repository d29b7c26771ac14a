/** One flagged point: its index in the points given, what its neighbours say, and its score. @internal */
export interface FlaggedPoint {
  readonly at: number;
  readonly expected: number;
  readonly score: number;
}

/** Consistency constants of the robust scales: MAD and mean absolute deviation to a normal's sigma. */
const MAD_TO_SIGMA = 1.4826;
const MEAN_AD_TO_SIGMA = 1.2533;
/** The fewest points on which the rule judges anything: three interior residuals. */
export const OUTLIER_MIN_POINTS = 5;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * Reports far from their neighbours
 * ([reconciling reports](../../../docs/methodology.md#reconciling-reports)): for each interior
 * point, the residual from the straight line through its two neighbours on the month axis; its
 * score is its distance from the median residual in robust standard deviations (1.4826 x the
 * median absolute deviation; 1.2533 x the mean absolute deviation when the MAD is 0; none when
 * both are 0). The highest score above `threshold` is flagged and left out, and the rest judged
 * again, until none is above it or fewer than five points remain. First and last points are not
 * judged (one neighbour says nothing). O(k n log n) for k flagged points.
 * @internal
 */
export function flagOutliers(
  points: readonly { readonly position: number; readonly value: number }[],
  threshold: number,
): FlaggedPoint[] {
  const alive = points.map((_, i) => i);
  const flagged: FlaggedPoint[] = [];
  while (alive.length >= OUTLIER_MIN_POINTS) {
    const residuals: number[] = [];
    const expected: number[] = [];
    for (let k = 1; k < alive.length - 1; k++) {
      const a = points[alive[k - 1] as number] as { position: number; value: number };
      const p = points[alive[k] as number] as { position: number; value: number };
      const b = points[alive[k + 1] as number] as { position: number; value: number };
      const e = a.value + ((b.value - a.value) * (p.position - a.position)) / (b.position - a.position);
      expected.push(e);
      residuals.push(p.value - e);
    }
    const centre = median(residuals);
    const deviations = residuals.map((r) => Math.abs(r - centre));
    let scale = MAD_TO_SIGMA * median(deviations);
    if (!(scale > 0)) scale = (MEAN_AD_TO_SIGMA * deviations.reduce((s, d) => s + d, 0)) / deviations.length;
    if (!(scale > 0)) break;
    let worst = -1;
    for (let k = 0; k < deviations.length; k++)
      if (worst < 0 || (deviations[k] as number) > (deviations[worst] as number)) worst = k;
    const score = (deviations[worst] as number) / scale;
    if (!(score > threshold)) break;
    flagged.push({ at: alive[worst + 1] as number, expected: expected[worst] as number, score });
    alive.splice(worst + 1, 1);
  }
  return flagged;
}
