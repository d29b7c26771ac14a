// Vitest settings for mutation testing (stryker.config.mjs): the unit and property tests beside the
// source, which exercise src/ directly. Left out: tests of the build (test/package, test/docs,
// test/supply-chain: a mutant in src/ never reaches dist/), the browser test, and the hostile
// suite (thousands of cases per function, too slow to rerun per mutant; it runs in CI instead).
//
// A folder run (STRYKER_FOLDER, `npm run test:mutation:folder`) reruns only the tests of that
// folder and the tests that import one of its modules directly (scripts/mutation-tests.mjs), so
// Stryker's initial test run stays short; STRYKER_ALL_TESTS=1 gives it the whole set instead.
// Also left out: src/schemas/descriptions.test.ts, which reads the schemas' source text to compare
// their TSDoc with FIELD_DOCS; Stryker rewrites that text, so the test cannot pass in its sandbox.
import { defineConfig } from "vitest/config";
import { mutationTestFiles } from "../../scripts/mutation-tests.mjs";

const folder = process.env.STRYKER_FOLDER;
const include =
  folder === undefined || process.env.STRYKER_ALL_TESTS === "1"
    ? ["src/**/*.test.ts", "src/**/*.test-prop.ts"]
    : mutationTestFiles(new URL("../../", import.meta.url).pathname, folder);

export default defineConfig({
  test: {
    include,
    exclude: ["**/node_modules/**", "src/schemas/descriptions.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
