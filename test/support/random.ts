// Seeded randomness for the simulation tests (test/statistics): the same numbers on every machine
// and every run, so a failing check reproduces. Nothing here reads Math.random or the clock.

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator, the one bench/prng.mjs uses): uniform numbers in
 * [0, 1) from a 32-bit seed. Period 2^32, plenty for tens of thousands of simulated series.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded source of uniform and normal numbers. */
export interface Random {
  /** Uniform in [0, 1). */
  uniform(): number;
  /** Uniform in [lo, hi). */
  between(lo: number, hi: number): number;
  /** Uniform integer in [lo, hi] (both ends included). */
  integer(lo: number, hi: number): number;
  /** Normal with the given mean and standard deviation (default: standard normal). */
  normal(mean?: number, sd?: number): number;
}

/**
 * A seeded {@link Random}. Normal numbers come from the Box–Muller transform (Box and Muller,
 * 1958, "A note on the generation of random normal deviates"): two uniforms give two independent
 * standard normals, `sqrt(-2 ln u1)·cos(2π u2)` and `·sin(2π u2)`; the second is kept for the
 * next call. `1 - u1` lies in (0, 1], so the logarithm is finite.
 */
export function seededRandom(seed: number): Random {
  const next = mulberry32(seed);
  let spare: number | null = null;
  const standardNormal = (): number => {
    if (spare !== null) {
      const z = spare;
      spare = null;
      return z;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - next()));
    const angle = 2 * Math.PI * next();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
  return {
    uniform: next,
    between: (lo, hi) => lo + (hi - lo) * next(),
    integer: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    normal: (mean = 0, sd = 1) => mean + sd * standardNormal(),
  };
}
