/**
 * Asymptotic standard errors of a least-squares fit computed the slow, independent way: the
 * Jacobian of the curve by central differences (step 1e-6 of each parameter), JᵀJ inverted by
 * Gauss–Jordan elimination, `se_j = sqrt(s²·[(JᵀJ)⁻¹]_jj)` with `s² = SSE/(m - k)`. For checking
 * the analytic Jacobians of the fits.
 */
export function numericStandardErrors(
  xs: readonly number[],
  ys: readonly number[],
  params: readonly number[],
  curve: (params: readonly number[], x: number) => number,
): { sse: number; errors: number[] } {
  const k = params.length;
  const m = xs.length;
  const J = xs.map((x) =>
    params.map((v, j) => {
      const h = 1e-6 * Math.abs(v);
      const up = params.map((w, i) => (i === j ? w + h : w));
      const down = params.map((w, i) => (i === j ? w - h : w));
      return (curve(up, x) - curve(down, x)) / (2 * h);
    }),
  );
  const sse = xs.reduce((s, x, i) => s + (curve(params, x) - (ys[i] as number)) ** 2, 0);
  // [JᵀJ | I] → [I | (JᵀJ)⁻¹]
  const a = Array.from({ length: k }, (_, r) => [
    ...Array.from({ length: k }, (_, c) => J.reduce((s, row) => s + (row[r] as number) * (row[c] as number), 0)),
    ...Array.from({ length: k }, (_, c) => (c === r ? 1 : 0)),
  ]);
  for (let col = 0; col < k; col++) {
    let pivot = col;
    for (let r = col + 1; r < k; r++)
      if (Math.abs(a[r]?.[col] as number) > Math.abs(a[pivot]?.[col] as number)) pivot = r;
    [a[col], a[pivot]] = [a[pivot] as number[], a[col] as number[]];
    const row = a[col] as number[];
    const d = row[col] as number;
    for (let c = 0; c < 2 * k; c++) row[c] = (row[c] as number) / d;
    for (let r = 0; r < k; r++) {
      if (r === col) continue;
      const other = a[r] as number[];
      const f = other[col] as number;
      for (let c = 0; c < 2 * k; c++) other[c] = (other[c] as number) - f * (row[c] as number);
    }
  }
  const s2 = sse / (m - k);
  return { sse, errors: params.map((_, j) => Math.sqrt(s2 * (a[j]?.[k + j] as number))) };
}
