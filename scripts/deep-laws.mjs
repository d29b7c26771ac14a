// `npm run test:deep`: every property law (each test file that calls fc.assert) at depth: 2 000 runs
// a law (FC_NUM_RUNS), from a new seed each time unless FC_SEED is given, so that runs on different
// days explore different inputs. The seed is printed first and last; a failing law prints its
// counterexample and fast-check's `seed` and `path`, and
//
//   FC_SEED=<seed> FC_NUM_RUNS=2000 npx vitest run <file>
//
// replays it. `npm test` keeps its fixed seed (test/support/fc.ts).
//
// With --record, a passing run writes its date, seed and counts into the reliability table of
// docs/reliability.md (between the deep-laws markers), so that the table says what the last recorded
// run found.
import { spawnSync } from "node:child_process";
import { randomInt } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { recordBetweenMarkers } from "./record-figures.mjs";
import { testFilesMatching } from "./test-files.mjs";

const root = new URL("../", import.meta.url);
const runs = Number(process.env.FC_NUM_RUNS ?? "") || 2000;
const seed = Number(process.env.FC_SEED ?? "") || randomInt(1, 2 ** 31 - 1);
const record = process.argv.includes("--record");

const files = testFilesMatching(root, /\bfc\.assert\(/);

console.log(`deep laws: seed ${seed}, ${runs} runs a law, ${files.length} files`);
console.log(`replay: FC_SEED=${seed} npm run test:deep`);

const out = mkdtempSync(join(tmpdir(), "deep-laws-"));
const report = join(out, "report.json");
const vitest = spawnSync(
  "npx",
  [
    "vitest",
    "run",
    // 2 000 runs of a law that builds a chart or fits a curve take minutes on a busy 2-core machine.
    "--testTimeout=1800000",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
    ...files,
  ],
  { stdio: "inherit", env: { ...process.env, FC_NUM_RUNS: String(runs), FC_SEED: String(seed) } },
);

let summary;
try {
  const r = JSON.parse(readFileSync(report, "utf8"));
  summary = { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
} catch {
  summary = null;
} finally {
  rmSync(out, { recursive: true, force: true });
}
const ok = vitest.status === 0 && summary !== null && summary.failed === 0;
console.log(
  summary === null
    ? `deep laws: seed ${seed}: no report (vitest exit ${vitest.status})`
    : `deep laws: seed ${seed}: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped (${runs} runs a law, ${files.length} files)`,
);

if (ok && record) {
  const date = new Date().toISOString().slice(0, 10);
  const line =
    `${date}: ${summary.passed} tests in ${files.length} files passed with ` +
    `${runs.toLocaleString("en-US").replace(",", " ")} runs a law, seed ${seed} (written by the run)`;
  recordBetweenMarkers(root, "docs/reliability.md", "deep-laws", line);
  console.log(`deep laws: recorded in docs/reliability.md: ${line}`);
}
process.exit(ok ? 0 : 1);
