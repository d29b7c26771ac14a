// Types of checks.mjs for run.test.ts (the example runs as plain JavaScript under Node).
export interface Difference {
  readonly index: number;
  readonly got: unknown;
  readonly want: unknown;
}
export interface Check {
  readonly name: string;
  readonly equal: boolean;
  readonly line: string;
}
export function firstDifference(got: readonly unknown[], want: readonly unknown[]): Difference | null;
export function check(name: string, got: readonly unknown[], want: readonly unknown[]): Check;
export function mustDiffer(name: string, got: readonly unknown[], want: readonly unknown[]): Check;
export function verdict(checks: readonly Check[]): string;
export function describeFailure(error: unknown, step: string): string;
