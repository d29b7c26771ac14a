// Runs the DuckDB hand-off example on the BUILT package with 200 000 events (the script's default
// is 10 million: `npm run example:duckdb`) and checks its verdict. It also proves that the native
// DuckDB binary of @duckdb/node-api loads on this machine.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const LOCK = "/tmp/build.lock";
const hasFlock = existsSync("/usr/bin/flock");

beforeAll(() => {
  if (existsSync(`${root}dist/index.js`)) return;
  const [cmd, args] = hasFlock ? ["flock", [LOCK, "npx", "tsup", "--silent"]] : ["npx", ["tsup", "--silent"]];
  execFileSync(cmd, args, { cwd: root, stdio: "inherit" });
});

describe("examples/duckdb/run.mjs", () => {
  it("counts by month in Asia/Jakarta with DuckDB and gets exactly the library's series", () => {
    const file = "examples/duckdb/run.mjs";
    const [cmd, argv] = hasFlock ? ["flock", ["-s", LOCK, process.execPath, file]] : [process.execPath, [file]];
    const out = execFileSync(cmd, argv, { cwd: root, encoding: "utf8", env: { ...process.env, EVENTS: "200000" } });
    expect(out).toContain("timezone('Asia/Jakarta', onboarded_at)");
    // 60 months (2020-2024) x 38 provinces, every cell non-empty at 200 000 events (about 88 each).
    expect(out).toContain("DuckDB: 2280 rows (period x province)");
    expect(out).toContain("total on-boarded: SQL 200,000, library 200,000");
    expect(out).toContain("VERDICT: equal");
  });
});
