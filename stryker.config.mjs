// Mutation testing with StrykerJS over src/: `npm run test:mutation`.
// Reports go to reports/mutation/ (html, json) and the terminal (clear-text); the run fails below
// an 85 % mutation score. Incremental: a rerun only retests mutants whose code or tests changed
// (reports/mutation/incremental.json). CPU-heavy: concurrency 2 on this 2-core machine.
//
// One folder at a time: `npm run test:mutation:folder -- series` (STRYKER_FOLDER=series) mutates
// src/series only and keeps its own reports/mutation/folder-series.json and incremental file, so
// folder runs never share (or confuse) one incremental file. A room of a folder works the same way:
// `npm run test:mutation:folder -- projection/methods` keeps reports/mutation/folder-projection-methods.json.
// A folder run reruns only the folder's own tests and those importing it directly (see
// test/support/vitest.mutation.config.ts), with 25 runs a property law unless FC_NUM_RUNS says otherwise.
// `node scripts/mutation-score.mjs` scores the whole-src report with each folder report laid over it.
const folder = process.env.STRYKER_FOLDER;
if (folder !== undefined && !/^[a-z]+(\/[a-z]+)?$/.test(folder))
  throw new Error(`STRYKER_FOLDER must be a folder under src/ (as numeric or projection/methods), got ${folder}`);
const reportBase =
  folder === undefined ? "reports/mutation/mutation" : `reports/mutation/folder-${folder.replace("/", "-")}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "vitest",
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "test/support/vitest.mutation.config.ts", related: false },
  checkers: [],
  mutate: [
    folder === undefined ? "src/**/*.ts" : `src/${folder}/**/*.ts`,
    "!src/**/*.test.ts",
    "!src/**/*.test-prop.ts",
    "!src/**/*.testkit.ts", // test-data helpers beside the tests, not library code
    // Barrels and the <script> entry only re-export; types.ts files hold types only.
    "!src/**/index.ts",
    ...(folder === undefined || folder === "decimal" ? ["src/decimal/index.ts"] : []), // the decimal module is code, not a barrel
    "!src/global.ts",
    "!src/**/types.ts",
  ],
  coverageAnalysis: "perTest",
  // Static mutants (module-level constants, evaluated once at import) need the whole suite rerun
  // per mutant: hours on two cores. They are reported as "ignored", not as killed or survived.
  // STRYKER_STATIC=1 tests them too: worth it for a folder of tables only (src/vocabulary, whose
  // every mutant is static), where the folder's few tests are the whole rerun.
  ignoreStatic: process.env.STRYKER_STATIC !== "1",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: folder === undefined ? "reports/mutation/index.html" : `${reportBase}.html` },
  jsonReporter: { fileName: `${reportBase}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  thresholds: { high: 90, low: 85, break: 85 },
  concurrency: 2,
  // The initial test run (all the tests once, with coverage) outlasts Stryker's default 5 minutes
  // on the shared, loaded machine.
  dryRunTimeoutMinutes: 20,
  timeoutMS: 30_000,
  timeoutFactor: 2,
  incremental: true,
  incrementalFile: folder === undefined ? "reports/mutation/incremental.json" : `${reportBase}.incremental.json`,
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  ignorePatterns: ["dist", "reports", "docs/api", "coverage", "demo-output", "examples/duckdb/data", "*.tgz"],
};
