// One case of entries.huge.test.ts, run in a process of its own: the call blocks for seconds to
// minutes, and a test worker blocked that long misses vitest's messages (its RPC gives up after 60 s
// with `Timeout calling "onTaskUpdate"`); the process also gives its memory back when it ends.
//
//   node --import tsx test/hostile/hugeCase.ts <function> <argument index> <array|column>
//
// Prints the outcome on one line of JSON: { problem, threw, entries, error? }.
import * as api from "../../src/index.js";
import * as schemas from "../../src/schemas/index.js";
import { REGISTRY } from "./registry.js";
import { judge } from "./sites.js";

/** Entries in each input of the huge cases. */
export const HUGE_ENTRIES = 10_000_000;

/** The arguments of a huge case: the baseline of `name` with argument `arg` made ten million entries long. */
export function hugeArgs(name: string, arg: number, kind: "array" | "column"): unknown[] {
  const entry = REGISTRY[name];
  if (entry === undefined) throw new Error(`no registry entry ${name}`);
  const args = entry.args();
  if (kind === "column") {
    // Ten million epoch milliseconds, all on 2021-06-15 (UTC and Asia/Jakarta alike).
    args[arg] = new Float64Array(HUGE_ENTRIES).fill(Date.UTC(2021, 5, 15, 3));
  } else {
    // Ten million references to the baseline's last entry: one date, so a valid input for event
    // counts and a duplicate-date error for observations.
    const base = args[arg] as unknown[];
    args[arg] = new Array(HUGE_ENTRIES).fill(base[base.length - 1]);
  }
  return args;
}

const [name, arg, kind] = process.argv.slice(2);
if (name !== undefined) {
  const fn = ({ ...api, ...schemas } as Record<string, unknown>)[name];
  if (typeof fn !== "function") throw new Error(`${name} is not an exported function`);
  if (kind !== "array" && kind !== "column") throw new Error(`kind ${kind}: expected array or column`);
  // The result may be as long as the input (one entry per event or observation), no longer.
  const { problem, threw, entries, error } = judge(
    fn as (...a: unknown[]) => unknown,
    hugeArgs(name, Number(arg), kind),
    HUGE_ENTRIES,
  );
  process.stdout.write(`${JSON.stringify({ problem, threw, entries, ...(error !== undefined && { error }) })}\n`);
}
