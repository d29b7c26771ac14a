// Mutation score of the source files in a Stryker JSON report (test files and *.testkit.ts helpers
// excluded; static, ignored mutants not counted): node scripts/mutation-score.mjs [reports/mutation/mutation.json]
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync(process.argv[2] ?? "reports/mutation/mutation.json", "utf8"));
let killed = 0, timeout = 0, survived = 0, noCoverage = 0, other = 0;
for (const [file, data] of Object.entries(report.files)) {
  if (/\.test(-prop)?\.ts$|\.testkit\.ts$/.test(file)) continue; // tests and their test-data helpers
  for (const m of data.mutants) {
    if (m.status === "Killed") killed++;
    else if (m.status === "Timeout") timeout++;
    else if (m.status === "Survived") survived++;
    else if (m.status === "NoCoverage") noCoverage++;
    else other++;
  }
}
const score = (100 * (killed + timeout)) / (killed + timeout + survived + noCoverage);
console.log(`source mutants: killed ${killed}, timed out ${timeout}, survived ${survived}, no coverage ${noCoverage}, ignored or other ${other}`);
console.log(`mutation score (source files): ${score.toFixed(2)} %`);
