// Vitest settings for mutation testing (stryker.config.mjs): the unit and property tests beside the
// source, which exercise src/ directly. Left out: tests of the build (test/package, test/docs,
// test/supply-chain: a mutant in src/ never reaches dist/), the browser test, and the hostile
// suite (thousands of cases per function, too slow to rerun per mutant; it runs in CI instead).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test-prop.ts"],
    exclude: ["**/node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
