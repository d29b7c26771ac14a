// The test files a folder run of Stryker reruns (test/support/vitest.mutation.config.ts with
// STRYKER_FOLDER set): the unit and property tests under src/<folder>/, and every other test under
// src/ that imports a module of src/<folder>/ directly (a relative import resolving into it).
// Tests that reach the folder only through another module are left out: they cost a dry run of
// nearly the whole suite for the low folders (decimal, errors) and rarely kill what the folder's
// own tests and its direct users leave alive.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, normalize } from "node:path";

const TEST_FILE = /\.test(-prop)?\.ts$/;
const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;

/**
 * The test files for a folder run, as paths relative to `root`, sorted.
 * @param {string} root - the repository's folder
 * @param {string} folder - a folder under src/, as `numeric` or `projection/methods`
 * @returns {string[]}
 */
export function mutationTestFiles(root, folder) {
  const inFolder = (path) => path === `src/${folder}` || path.startsWith(`src/${folder}/`);
  return readdirSync(join(root, "src"), { recursive: true, encoding: "utf8" })
    .map((f) => `src/${f.replaceAll("\\", "/")}`)
    .filter((f) => TEST_FILE.test(f))
    .filter((f) => {
      if (inFolder(f)) return true;
      const text = readFileSync(join(root, f), "utf8");
      return [...text.matchAll(RELATIVE_IMPORT)].some(([, spec]) =>
        inFolder(normalize(join(dirname(f), spec)).replaceAll("\\", "/")),
      );
    })
    .sort();
}
