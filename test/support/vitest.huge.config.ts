// `npm run test:huge`: the cases too heavy for `npm test`, each file named *.huge.test.ts: the
// hostile suite's ten-million-entry inputs and its dates at the ends of the calendar, and the
// statistical simulations of thousands of series (bootstrap coverage, calibration). CI runs them
// as a step of their own. The timeouts only catch a hang: how fast a call is belongs to
// `npm run bench`.
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("../..", import.meta.url)),
    include: ["test/**/*.huge.test.ts"],
    exclude: ["**/node_modules/**"],
    setupFiles: ["test/support/setup.ts"],
    // Both files at once, one per core (vitest's default is one worker fewer than the cores).
    maxWorkers: availableParallelism(),
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
