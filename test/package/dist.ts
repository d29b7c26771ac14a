// Shared by the tests that check the built package (test/package, test/docs): where the package
// lives and a clear failure when dist/ has not been built.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Root of the package (the folder holding package.json). */
export const packageRoot = fileURLToPath(new URL("../../", import.meta.url));

/** Absolute path of a file of the package. */
export function packagePath(relative: string): string {
  return fileURLToPath(new URL(relative, new URL("../../", import.meta.url)));
}

/** The package's package.json. */
export function packageJson(): {
  name: string;
  version: string;
  exports: Record<string, unknown>;
  dependencies: Record<string, string>;
} {
  return JSON.parse(readFileSync(packagePath("package.json"), "utf8"));
}

/** Throws, with the command to run, unless the build outputs these tests read exist. */
export function assertBuilt(): void {
  const needed = ["dist/index.js", "dist/index.cjs", "dist/schemas.js", "dist/onboarding-targets.global.js"];
  const missing = needed.filter((f) => !existsSync(packagePath(f)));
  if (missing.length > 0) {
    throw new Error(
      `dist/ is not built (missing ${missing.join(", ")}): run \`npm run build\` first (\`npm test\` does).`,
    );
  }
}
