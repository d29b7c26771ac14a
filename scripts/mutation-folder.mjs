// Mutation testing of one source folder: `npm run test:mutation:folder -- series`.
// Runs Stryker with STRYKER_FOLDER set (see stryker.config.mjs): mutants of src/<folder> only (a
// room such as projection/methods too), the report in reports/mutation/folder-<folder>.json (+ .html;
// a room's slash becomes a dash) and its own incremental file. Extra
// arguments go to Stryker (e.g. `-- series --force`).
//
// The tests rerun are the folder's own and those that import one of its modules directly
// (scripts/mutation-tests.mjs), and each property law makes 25 runs instead of 100 unless
// FC_NUM_RUNS is set: the laws dominate the time per mutant. With fewer tests and fewer runs a
// mutant can only survive more often, so a folder's score is if anything low.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const [folder, ...rest] = process.argv.slice(2);
if (folder === undefined || !/^[a-z]+(\/[a-z]+)?$/.test(folder) || !existsSync(`src/${folder}`)) {
  console.error(
    `usage: npm run test:mutation:folder -- <folder under src/> [stryker options]; got ${JSON.stringify(folder)}`,
  );
  process.exit(2);
}
const run = spawnSync("npx", ["stryker", "run", ...rest], {
  stdio: "inherit",
  env: { FC_NUM_RUNS: "25", ...process.env, STRYKER_FOLDER: folder },
});
process.exit(run.status ?? 1);
