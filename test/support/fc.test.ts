// The law helper must keep fast-check's contract: a false law fails with its counterexample, its
// seed and its path, so that `npm run test:deep` can be replayed; a true one passes every run.
import fc from "fast-check";
import { expect, it } from "vitest";
import { fcOptions, law } from "./fc.js";

it("a false law fails with its shrunk counterexample and the seed to replay it", async () => {
  // The smallest natural number that breaks n < 5 is 5: fast-check shrinks to it.
  await expect(
    fc.assert(
      law(fc.nat(), (n) => n < 5),
      fcOptions(),
    ),
  ).rejects.toThrow(/Counterexample: \[5\]/);
  await expect(
    fc.assert(
      law(fc.nat(), (n) => {
        expect(n).toBeLessThan(5);
      }),
      fcOptions(),
    ),
  ).rejects.toThrow(/seed: -?\d+, path: /);
});

it("a true law runs numRuns times", async () => {
  let runs = 0;
  await fc.assert(
    law(fc.nat(), () => {
      runs++;
    }),
    fcOptions({ numRuns: 37 }),
  );
  expect(runs).toBe(37);
});
