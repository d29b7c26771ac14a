import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test-prop.ts", "test/**/*.test.ts", "examples/**/*.test.ts"],
    // *.huge.test.ts: ten-million-entry inputs and whole-calendar answers, `npm run test:huge`.
    exclude: ["**/node_modules/**", "test/browser/**", "**/*.huge.test.ts"],
    setupFiles: ["test/support/setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    coverage: { provider: "v8", include: ["src/**/*.ts"], exclude: ["src/**/*.test.ts", "src/**/*.test-prop.ts"] },
  },
});
