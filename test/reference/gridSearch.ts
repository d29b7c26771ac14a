/**
 * The curve fits of version 0.1, kept as a baseline for the least-squares fits: the sum of
 * squared errors each reached on a path (same points, same axis), so a test can check that the
 * least-squares fit is never worse. Copied from src/projection/methods/fitBass.ts and
 * fitLogistic.ts as they were before the least-squares solver, reduced to the search.
 */

/** Bass F(t). */
function bassF(t: number, p: number, q: number): number {
  if (!(t > 0)) return 0;
  const e = Math.exp(-(p + q) * t);
  return (1 - e) / (1 + (q / p) * e);
}

/** 0.1's Bass search: 28 × 28 log grid over p in [1e-5, 0.5], q in [1e-4, 2], then 15 × 15 around the best (inside that box); M by least squares. */
export function gridBassSse(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const launch = x[0] as number;
  const n0 = y[0] as number;
  const evaluate = (pp: number, qq: number) => {
    let sff = 0;
    let sfy = 0;
    for (let i = 1; i < n; i++) {
      const f = bassF((x[i] as number) - launch, pp, qq);
      sff += f * f;
      sfy += f * ((y[i] as number) - n0);
    }
    const m = sff > 0 ? sfy / sff : 0;
    let sse = 0;
    for (let i = 1; i < n; i++) {
      const e = (y[i] as number) - n0 - m * bassF((x[i] as number) - launch, pp, qq);
      sse += e * e;
    }
    return { m, sse };
  };
  const search = (pLo: number, pHi: number, qLo: number, qHi: number, steps: number) => {
    let best = { p: pLo, q: qLo, sse: Infinity };
    for (let i = 0; i <= steps; i++) {
      const pp = pLo * Math.pow(pHi / pLo, i / steps);
      for (let j = 0; j <= steps; j++) {
        const qq = qLo * Math.pow(qHi / qLo, j / steps);
        const r = evaluate(pp, qq);
        if (r.m > 0 && r.sse < best.sse) best = { p: pp, q: qq, sse: r.sse };
      }
    }
    return best;
  };
  const coarse = search(1e-5, 0.5, 1e-4, 2, 27);
  const pStep = Math.pow(0.5 / 1e-5, 1 / 27);
  const qStep = Math.pow(2 / 1e-4, 1 / 27);
  // 0.1 refined over the two cells around the best even at the edge, leaving the box (p down to
  // 1e-5/3.5); held inside it here, so that both fits answer the same question.
  const fine = search(
    Math.max(coarse.p / pStep, 1e-5),
    Math.min(coarse.p * pStep, 0.5),
    Math.max(coarse.q / qStep, 1e-4),
    Math.min(coarse.q * qStep, 2),
    14,
  );
  return Math.min(coarse.sse, fine.sse);
}

/** 0.1's logistic search: K on a 121-point log grid of max(y)·(1 + u), u in [1e-3, 1e3], plus golden section; r and h0 from the logit line. */
export function gridLogisticSse(x: readonly number[], y: readonly number[]): number {
  const xs = x.filter((_, i) => (y[i] as number) > 0);
  const ys = y.filter((v) => v > 0);
  const maxY = Math.max(...ys);
  const sseOf = (u: number) => logitLineSse(xs, ys, maxY * (1 + u));
  const logLo = Math.log(1e-3);
  const logHi = Math.log(1e3);
  let best = 0;
  let bestSse = Infinity;
  const grid: number[] = [];
  for (let i = 0; i <= 120; i++) {
    const u = Math.exp(logLo + ((logHi - logLo) * i) / 120);
    grid.push(u);
    const s = sseOf(u);
    if (s < bestSse) {
      bestSse = s;
      best = i;
    }
  }
  let lo = Math.log(grid[Math.max(0, best - 1)] as number);
  let hi = Math.log(grid[Math.min(120, best + 1)] as number);
  const phi = (Math.sqrt(5) - 1) / 2;
  for (let k = 0; k < 50; k++) {
    const m1 = hi - phi * (hi - lo);
    const m2 = lo + phi * (hi - lo);
    if (sseOf(Math.exp(m1)) <= sseOf(Math.exp(m2))) hi = m2;
    else lo = m1;
  }
  return Math.min(bestSse, sseOf(Math.exp((lo + hi) / 2)));
}

function logitLineSse(xs: readonly number[], ys: readonly number[], K: number): number {
  const n = xs.length;
  const zs = ys.map((v) => Math.log(v / (K - v)));
  const xbar = xs.reduce((a, b) => a + b, 0) / n;
  const zbar = zs.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxz = 0;
  for (let i = 0; i < n; i++) {
    sxx += ((xs[i] as number) - xbar) ** 2;
    sxz += ((xs[i] as number) - xbar) * ((zs[i] as number) - zbar);
  }
  const b = sxz / sxx;
  const a = zbar - b * xbar;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += ((ys[i] as number) - K / (1 + Math.exp(-(a + b * (xs[i] as number))))) ** 2;
  return Number.isFinite(sse) ? sse : Infinity;
}
