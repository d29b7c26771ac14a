// The test files of the repository whose text matches a pattern: the one walk behind
// vitest.config.ts (the files that need modules of their own) and scripts/deep-laws.mjs (the files
// that hold property laws).
import { readFileSync, readdirSync } from "node:fs";

/**
 * The `*.test.ts` and `*.test-prop.ts` files under src/, test/ and examples/ whose text matches
 * `pattern`, as paths relative to `root`, sorted.
 * @param {URL} root - the repository's folder, ending in "/"
 * @param {RegExp} pattern - what a file's text must contain
 * @returns {string[]}
 */
export function testFilesMatching(root, pattern) {
  return ["src", "test", "examples"]
    .flatMap((dir) =>
      readdirSync(new URL(dir, root), { recursive: true, encoding: "utf8" }).map(
        (f) => `${dir}/${f.replaceAll("\\", "/")}`,
      ),
    )
    .filter(
      (f) =>
        /\.test(-prop)?\.ts$/.test(f) &&
        !f.includes("node_modules/") &&
        pattern.test(readFileSync(new URL(f, root), "utf8")),
    )
    .sort();
}
