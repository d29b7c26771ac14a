// The package as a consumer gets it: `npm pack`, install the tarball into a fresh temporary project
// (dependencies from npm's cache when possible), then `import` it from ESM, `require` it from CJS,
// type-check a TypeScript consumer under node16 resolution, and look inside the tarball.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, packageJson, packagePath, packageRoot } from "./dist.js";

const run = promisify(execFile);

// A child npm must not inherit the npm_* variables of an enclosing `npm test` (they describe the
// outer package); keep only where the cache and registry are.
function cleanEnv(): NodeJS.ProcessEnv {
  const keep = new Set(["npm_config_cache", "npm_config_registry", "npm_config_userconfig"]);
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_") || keep.has(k.toLowerCase())));
}

async function sh(file: string, args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run(file, args, { cwd, env: cleanEnv(), maxBuffer: 32 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${file} ${args.join(" ")} failed in ${cwd}:\n${e.message}\n${e.stdout ?? ""}\n${e.stderr ?? ""}`);
  }
}

interface PackResult {
  filename: string;
  files: { path: string }[];
}

const ESM_CONSUMER = `
import { attainment, monthsBetween } from "onboarding-targets";
import * as schemas from "onboarding-targets/schemas";
import pkg from "onboarding-targets/package.json" with { type: "json" };
console.log(JSON.stringify({
  attainment: attainment(3700000, 2000000).toString(),
  months: monthsBetween("2021-04-30", "2023-12-31").toString(),
  schemas: typeof schemas,
  version: pkg.version,
}));
`;

const CJS_CONSUMER = `
const { attainment, OnboardingTargetsError } = require("onboarding-targets");
const schemas = require("onboarding-targets/schemas");
let code = null;
try { attainment(1, 0); } catch (e) { code = e instanceof OnboardingTargetsError ? e.code : String(e); }
console.log(JSON.stringify({
  attainment: attainment(3700000, 2000000).toString(),
  error: code,
  schemas: typeof schemas,
}));
`;

const TS_CONSUMER = `
import { attainment, type Decimal } from "onboarding-targets";
import type {} from "onboarding-targets/schemas";
const ratio: Decimal = attainment(3_700_000, 2_000_000);
export const percent: string = ratio.times(100).toString();
`;

describe("consumer: npm pack, install the tarball, import and require it", () => {
  const work = mkdtempSync(join(tmpdir(), "onboarding-targets-consumer-"));
  const app = join(work, "app");
  let packed: PackResult;

  beforeAll(async () => {
    assertBuilt();
    const out = await sh("npm", ["pack", "--json", "--silent", "--pack-destination", work], packageRoot);
    const parsed = JSON.parse(out.slice(out.indexOf("["))) as PackResult[];
    packed = parsed[0] as PackResult;
    await sh("mkdir", ["-p", app], work);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer-app", version: "1.0.0", private: true }, null, 2));
    await sh("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", join(work, packed.filename)], app);
    writeFileSync(join(app, "esm.mjs"), ESM_CONSUMER);
    writeFileSync(join(app, "cjs.cjs"), CJS_CONSUMER);
    writeFileSync(join(app, "consumer.mts"), TS_CONSUMER);
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("holds what a consumer needs and no tests or sources", () => {
    const paths = packed.files.map((f) => f.path).sort();
    console.info(`tarball ${packed.filename}: ${paths.length} files\n  ${paths.join("\n  ")}`);
    for (const needed of [
      "package.json",
      "README.md",
      "LICENSE",
      "dist/index.js",
      "dist/index.cjs",
      "dist/index.d.ts",
      "dist/index.d.cts",
      "dist/schemas.js",
      "dist/schemas.cjs",
      "dist/schemas.d.ts",
      "dist/schemas.d.cts",
      "dist/onboarding-targets.global.js",
    ]) {
      expect(paths, needed).toContain(needed);
    }
    expect(paths.filter((p) => /(^|\/)(src|test|tests|examples|bench|scripts|docs|node_modules)\//.test(p))).toEqual([]);
    expect(paths.filter((p) => /\.test(-prop)?\.[cm]?[jt]s$|\.spec\.[cm]?[jt]s$/.test(p))).toEqual([]);
    expect(paths.filter((p) => !p.startsWith("dist/") && !["package.json", "README.md", "LICENSE", "SECURITY.md", "CHANGELOG.md"].includes(p))).toEqual([]);
  });

  it("installs with the declared dependencies", () => {
    const installed = JSON.parse(readFileSync(join(app, "node_modules/onboarding-targets/package.json"), "utf8"));
    expect(installed.version).toBe(packageJson().version);
    for (const dep of Object.keys(packageJson().dependencies)) {
      expect(() => readFileSync(join(app, "node_modules", dep, "package.json")), dep).not.toThrow();
    }
  });

  it("works through import (ESM)", async () => {
    const out = JSON.parse(await sh(process.execPath, ["esm.mjs"], app));
    expect(out).toEqual({ attainment: "1.85", months: "32", schemas: "object", version: packageJson().version });
  });

  it("works through require (CJS)", async () => {
    const out = JSON.parse(await sh(process.execPath, ["cjs.cjs"], app));
    expect(out).toEqual({ attainment: "1.85", error: "out_of_range", schemas: "object" });
  });

  it("type-checks a TypeScript consumer under node16 module resolution", async () => {
    const tsc = packagePath("node_modules/typescript/bin/tsc");
    await sh(process.execPath, [tsc, "--noEmit", "--strict", "--module", "node16", "--moduleResolution", "node16", "--target", "es2022", "--skipLibCheck", "consumer.mts"], app);
  });
});
