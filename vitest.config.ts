// `vitest run` (in `npm test`): every unit, property, package, doc-example and hostile test, except
// the *.huge.test.ts files (`npm run test:huge`, test/support/vitest.huge.config.ts).
//
// Speed on a 2-core machine: as many workers as cores (vitest's default is one fewer, a single
// worker here), and test files share their worker's modules (`isolate: false`): loading src/ afresh
// for each of ~110 files cost about as much CPU as running them. Files that swap modules or globals
// (vi.mock, vi.resetModules, vi.stubGlobal, ...) or load vega-lite (which adds Set.prototype.toJSON)
// get a worker of their own instead: the "own-modules" project, found by reading the files, so a
// new one needs no list. test/support/shared-modules.ts fails a shared file that changes a built-in
// prototype anyway.
import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { testFilesMatching } from "./scripts/test-files.mjs";

const include = ["src/**/*.test.ts", "src/**/*.test-prop.ts", "test/**/*.test.ts", "examples/**/*.test.ts"];
// *.huge.test.ts: ten-million-entry inputs and whole-calendar answers, `npm run test:huge`.
const exclude = ["**/node_modules/**", "test/browser/**", "**/*.huge.test.ts"];

const OWN_MODULES = /\bvi\.(mock|doMock|unmock|doUnmock|resetModules|stubGlobal|stubEnv)\(|["']vega-lite["']/;
const root = new URL("./", import.meta.url);
const ownModules = testFilesMatching(root, OWN_MODULES);

export default defineConfig({
  test: {
    // include and exclude are set per project: a project's arrays would add to the root's.
    setupFiles: ["test/support/setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: availableParallelism(),
    poolOptions: { forks: { isolate: false }, threads: { isolate: true } },
    projects: [
      {
        extends: true,
        test: {
          name: "shared-modules",
          include,
          exclude: [...exclude, ...ownModules],
          setupFiles: ["test/support/shared-modules.ts"],
        },
      },
      ...(ownModules.length > 0
        ? [
            {
              extends: true as const,
              test: { name: "own-modules", include: ownModules, exclude, pool: "threads" as const },
            },
          ]
        : []),
    ],
    coverage: { provider: "v8", include: ["src/**/*.ts"], exclude: ["src/**/*.test.ts", "src/**/*.test-prop.ts"] },
  },
});
