// Mutation testing of one source folder: `npm run test:mutation:folder -- series`.
// Runs Stryker with STRYKER_FOLDER set (see stryker.config.mjs): mutants of src/<folder> only (a
// room such as projection/methods too), the report in reports/mutation/folder-<folder>.json (+ .html;
// a room's slash becomes a dash) and its own incremental file. Extra
// arguments go to Stryker (e.g. `-- series --force`).
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
  env: { ...process.env, STRYKER_FOLDER: folder },
});
process.exit(run.status ?? 1);
