/** The test files a folder run of Stryker reruns for `src/<folder>` (see mutation-tests.mjs), relative to `root`, sorted. */
export function mutationTestFiles(root: string, folder: string): string[];
