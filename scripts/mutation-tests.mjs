// The test files a folder run of Stryker reruns (test/support/vitest.mutation.config.ts with
// STRYKER_FOLDER set): the unit and property tests under src/<folder>/, and for each module of the
// folder the nearest tests that reach it: those importing it directly (or through a barrel), or, for a module no test
// imports (such as src/read/readers.ts), the tests importing the modules that import it, and so on
// up the import graph until a level has tests. Tests that reach a module only from further away
// are left out: for the low folders (decimal, errors) they would make the initial test run nearly
// the whole suite, and they rarely kill what the nearer tests leave alive.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, normalize } from "node:path";

const TEST_FILE = /\.test(-prop)?\.ts$/;
const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;

/**
 * Whether a module's text only re-exports or declares types (a barrel, `core.ts`, `types.ts`):
 * Stryker finds nothing to mutate there, so its importers need not be tested.
 * @param {string} text
 */
function reExportsOnly(text) {
  return (
    text
      .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")
      .replace(/(?:export|import)\b[^;]*?\bfrom\s*["'][^"']+["'];?/g, "")
      .replace(/export\s+(?:type|interface)\b[^;]*?(?:;|\n\}\s*$)/gms, "")
      .trim() === ""
  );
}

/**
 * The test files for a folder run, as paths relative to `root`, sorted.
 * @param {string} root - the repository's folder
 * @param {string} folder - a folder under src/, as `numeric` or `projection/methods`
 * @returns {string[]}
 */
export function mutationTestFiles(root, folder) {
  const inFolder = (path) => path.startsWith(`src/${folder}/`);
  const files = readdirSync(join(root, "src"), { recursive: true, encoding: "utf8" })
    .map((f) => `src/${f.replaceAll("\\", "/")}`)
    .filter((f) => f.endsWith(".ts"));
  /** importers.get(m): the files that import module m (a path ending in .ts) */
  const importers = new Map();
  for (const f of files) {
    for (const [, spec] of readFileSync(join(root, f), "utf8").matchAll(RELATIVE_IMPORT)) {
      const target = normalize(join(dirname(f), spec))
        .replaceAll("\\", "/")
        .replace(/\.js$/, ".ts");
      importers.set(target, [...(importers.get(target) ?? []), f]);
    }
  }
  const barrels = new Set(
    files.filter((f) => !TEST_FILE.test(f) && reExportsOnly(readFileSync(join(root, f), "utf8"))),
  );
  // The importers of a module, looking through barrels: a test importing a folder's index.ts
  // imports the modules it re-exports.
  const importersOf = (module, seen) =>
    (importers.get(module) ?? [])
      .filter((f) => !seen.has(f) && seen.add(f))
      .flatMap((f) => (barrels.has(f) ? importersOf(f, seen) : [f]));
  const tests = new Set(files.filter((f) => TEST_FILE.test(f) && inFolder(f)));
  const code = files.filter((f) => inFolder(f) && !TEST_FILE.test(f) && !barrels.has(f));
  for (const module of code) {
    const seen = new Set([module]);
    let level = [module];
    while (level.length > 0) {
      const next = level.flatMap((m) => importersOf(m, seen));
      const found = next.filter((f) => TEST_FILE.test(f));
      if (found.length > 0) {
        for (const t of found) tests.add(t);
        break;
      }
      level = next;
    }
  }
  return [...tests].sort();
}
