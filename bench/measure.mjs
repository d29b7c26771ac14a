// What the benchmark's parts share: the median of rounds, the CPU time of one call, and the
// seeded running counts along a logistic curve that the projection and backtest parts time.
import { mulberry32 } from "./prng.mjs";

/** The median of `xs` (the upper one of an even count). */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** CPU milliseconds (user + system) of one call of `fn`. */
export function cpu(fn) {
  const u0 = process.cpuUsage();
  fn();
  const u = process.cpuUsage(u0);
  return (u.user + u.system) / 1000;
}

/** The last day of month `k` after December 2021 (k = 0: 2022-01-31). */
export const monthEnd = (k) => new Date(Date.UTC(2022, k + 1, 0)).toISOString().slice(0, 10);

/**
 * 36 month ends from 2022-01-31 of a running count rising along the logistic curve
 * `capacity / (1 + e^{-rate·(k - midpoint)})`, each month's increment scaled by a seeded factor
 * uniform in [1 - noise, 1 + noise).
 */
export function logisticCount(seed, { capacity, rate, midpoint, noise }) {
  const rand = mulberry32(seed);
  const curve = (k) => capacity / (1 + Math.exp(-rate * (k - midpoint)));
  const observations = [];
  let value = Math.round(curve(0));
  for (let k = 0; k < 36; k++) {
    if (k > 0) value += Math.max(0, Math.round((curve(k) - curve(k - 1)) * (1 - noise + 2 * noise * rand())));
    observations.push({ date: monthEnd(k), value });
  }
  return observations;
}
