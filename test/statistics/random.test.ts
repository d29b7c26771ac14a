// The simulations rest on test/support/random.ts: check that its normal numbers are standard
// normal (else a coverage figure would measure the generator, not the library) and that a seed
// always gives the same numbers.
import { describe, expect, it } from "vitest";
import { mulberry32, seededRandom } from "../support/random.js";

describe("seededRandom", () => {
  it("repeats its numbers for a seed, and another seed gives others", () => {
    const draw = (seed: number) => {
      const r = seededRandom(seed);
      return Array.from({ length: 5 }, () => r.normal());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it("mulberry32 gives the reference generator's first numbers", () => {
    // The same function as bench/prng.mjs: its first three numbers from seed 1, computed with that file.
    const next = mulberry32(1);
    expect([next(), next(), next()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it("normal(): mean 0, sd 1, 90 % within ±1.6449, 95 % within ±1.96 over 100 000 draws", () => {
    // Standard errors at 100 000 draws: mean 0.0032, sd 0.0022, share 0.00095 (90 %), 0.00069 (95 %);
    // the bands are about five of them.
    const r = seededRandom(2026);
    const n = 100_000;
    let sum = 0;
    let squares = 0;
    let within90 = 0;
    let within95 = 0;
    for (let i = 0; i < n; i++) {
      const z = r.normal();
      sum += z;
      squares += z * z;
      if (Math.abs(z) <= 1.6448536269514722) within90++; // Φ⁻¹(0.95)
      if (Math.abs(z) <= 1.959963984540054) within95++; // Φ⁻¹(0.975)
    }
    const mean = sum / n;
    expect(Math.abs(mean)).toBeLessThan(0.016);
    expect(Math.abs(Math.sqrt(squares / n - mean * mean) - 1)).toBeLessThan(0.011);
    expect(Math.abs(within90 / n - 0.9)).toBeLessThan(0.005);
    expect(Math.abs(within95 / n - 0.95)).toBeLessThan(0.0035);
  });

  it("normal(mean, sd) shifts and scales; integer(lo, hi) reaches both ends", () => {
    const a = seededRandom(3);
    const b = seededRandom(3);
    expect(a.normal(100, 30)).toBe(100 + 30 * b.normal());
    const r = seededRandom(4);
    const seen = new Set(Array.from({ length: 200 }, () => r.integer(1, 12)));
    expect([...seen].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});
