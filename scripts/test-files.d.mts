/** The `*.test.ts` and `*.test-prop.ts` files under src/, test/ and examples/ whose text matches `pattern`, relative to `root`, sorted. */
export function testFilesMatching(root: URL, pattern: RegExp): string[];
