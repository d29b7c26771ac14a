// The package as a consumer gets it: `npm pack`, install the tarball into a fresh temporary project
// (dependencies from npm's cache when possible), then `import` it from ESM, `require` it from CJS,
// type-check TypeScript consumers under every module resolution mode, and look inside the tarball.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
  return Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith("npm_") || keep.has(k.toLowerCase())),
  );
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

// Each runtime also prints a library Decimal through util.inspect, and one of the user's own
// decimal.js class (the same module instance the library cloned, in ESM and in CJS): the library's
// printing is its own, the user's class prints as decimal.js does, and instances still pass
// `instanceof` the user's class.
const ESM_CONSUMER = `
import { inspect } from "node:util";
import { Decimal as UserDecimal } from "decimal.js";
import { attainment, monthsBetween } from "onboarding-targets";
import * as schemas from "onboarding-targets/schemas";
import pkg from "onboarding-targets/package.json" with { type: "json" };
const third = attainment(1, 3);
console.log(JSON.stringify({
  attainment: attainment(3700000, 2000000).toString(),
  months: monthsBetween("2021-04-30", "2023-12-31").toString(),
  schemas: typeof schemas,
  version: pkg.version,
  inspect: [inspect(third), inspect(third.plus(1)), inspect(new UserDecimal(1).div(3))],
  instanceOfUserDecimal: third instanceof UserDecimal,
}));
`;

const CJS_CONSUMER = `
const { inspect } = require("node:util");
const UserDecimal = require("decimal.js");
const { attainment, OnboardingTargetsError } = require("onboarding-targets");
const schemas = require("onboarding-targets/schemas");
let code = null;
try { attainment(1, 0); } catch (e) { code = e instanceof OnboardingTargetsError ? e.code : String(e); }
const third = attainment(1, 3);
console.log(JSON.stringify({
  attainment: attainment(3700000, 2000000).toString(),
  error: code,
  schemas: typeof schemas,
  inspect: [inspect(third), inspect(third.plus(1)), inspect(new UserDecimal(1).div(3))],
  instanceOfUserDecimal: third instanceof UserDecimal,
}));
`;

// The <script> build, run as a browser would: the file evaluated as a classic script, which
// defines the global OnboardingTargets (decimal.js is inlined in it).
const IIFE_CONSUMER = `
const { readFileSync } = require("node:fs");
const { inspect } = require("node:util");
const vm = require("node:vm");
vm.runInThisContext(readFileSync(require.resolve("onboarding-targets/package.json").replace(/package\\.json$/, "dist/onboarding-targets.global.js"), "utf8"));
const third = OnboardingTargets.attainment(1, 3);
console.log(JSON.stringify({
  attainment: OnboardingTargets.attainment(3700000, 2000000).toString(),
  inspect: [inspect(third), inspect(third.plus(1))],
  plain: OnboardingTargets.toPlain({ third }, { digits: 2 }),
}));
`;

// A correct program: it must compile. It calls Decimal methods and assigns a Plain<…> result.
const GOOD_PROGRAM = `
import { attainment, assess, toPlain, type Decimal, type Plain } from "onboarding-targets";
const ratio: Decimal = attainment(3_700_000, 2_000_000);
export const percent: string = ratio.times(100).toFixed(2);
export const asNumber: number = ratio.toNumber();
const target = { id: "t", baseline: { date: "2022-12-31", value: 0 }, goal: { date: "2024-12-31", value: 10_000 } };
const result = assess(target, [{ date: "2023-09-30", value: 3000 }], { asOf: "2023-10-15" });
const plain: Plain<typeof result> = toPlain(result, { digits: 2 });
export const attained: number | null = toPlain(result).attainment;
export const json: string = JSON.stringify(plain);
`;

// A deliberate type error: a Decimal is not a string. It must FAIL to compile, with exactly this
// error (TS2322 at the assignment); with Decimal typed any it would compile.
const WRONG_PROGRAM = `
import { attainment } from "onboarding-targets";
export const x: string = attainment(1, 2);
`;

// The same through the ./schemas subpath: a correct use, then a deliberate type error (line 5).
const SCHEMAS_PROGRAM = `
import { parseEnterprise, parseTarget } from "onboarding-targets/schemas";
import type { Target } from "onboarding-targets";
export const target: Target = parseTarget({ id: "t", baseline: { date: "2022-12-31", value: 0 }, goal: { date: "2024-12-31", value: 10_000 } });
export const capital: string | undefined = parseEnterprise({ id: "e", capital: "1" }).capital;
`;

/** The documents the package ships beside dist/: the methodology, the guides and their images. */
const SHIPPED_DOCS = (p: string): boolean =>
  /^docs\/(methodology\.md|mutation\.md|CONTRIBUTING\.md|benchmarks\.md|reliability\.md|beyond-one-machine\.md|burn-up\.svg|calibration-reliability\.svg|outlook(\.id)?\.svg|guides\/[\w.-]+\.md)$/.test(
    p,
  ) || p === "examples/dashboard/screenshot.png";

/**
 * The consumer settings type-checked, each strict. The `type` of each folder's package.json decides
 * whether node16/nodenext read a `.ts` file as ESM or CJS. TypeScript 5.9 still accepts `node10`
 * (the old `node`) without a deprecation error, so it needs no `ignoreDeprecations`.
 */
const TS_CASES = [
  { name: "ESM, node16", type: "module", module: "node16", moduleResolution: "node16" },
  { name: "ESM, nodenext", type: "module", module: "nodenext", moduleResolution: "nodenext" },
  { name: "CJS, node16", type: "commonjs", module: "node16", moduleResolution: "node16" },
  { name: "esnext + bundler", type: "module", module: "esnext", moduleResolution: "bundler" },
  { name: "esnext + node10", type: "module", module: "esnext", moduleResolution: "node10" },
] as const;

const caseDir = (name: string) => name.replace(/[^a-z0-9]+/gi, "-").toLowerCase();

/** The `error TS…` lines of a tsc run (tsc exits non-zero on any error). */
async function tscErrors(dir: string, project: string): Promise<string[]> {
  const tsc = packagePath("node_modules/typescript/bin/tsc");
  let output = "";
  try {
    await run(process.execPath, [tsc, "-p", project, "--pretty", "false"], {
      cwd: dir,
      env: cleanEnv(),
      maxBuffer: 32 * 1024 * 1024,
    });
  } catch (error) {
    output = (error as { stdout?: string }).stdout || String(error);
  }
  return output.split("\n").filter((line) => /error TS\d+/.test(line));
}

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
    writeFileSync(
      join(app, "package.json"),
      JSON.stringify({ name: "consumer-app", version: "1.0.0", private: true }, null, 2),
    );
    await sh(
      "npm",
      ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", join(work, packed.filename)],
      app,
    );
    writeFileSync(join(app, "esm.mjs"), ESM_CONSUMER);
    writeFileSync(join(app, "cjs.cjs"), CJS_CONSUMER);
    writeFileSync(join(app, "iife.cjs"), IIFE_CONSUMER);
    for (const c of TS_CASES) {
      // Each case in its own folder below the app, so that it resolves the app's node_modules.
      const dir = join(app, caseDir(c.name));
      mkdirSync(dir);
      writeFileSync(join(dir, "package.json"), JSON.stringify({ name: caseDir(c.name), private: true, type: c.type }));
      const base = {
        strict: true,
        noEmit: true,
        target: "es2022",
        module: c.module,
        moduleResolution: c.moduleResolution,
        types: [],
      };
      // The main entry with every declaration file checked (skipLibCheck false) except
      // TypeScript's own lib files, and no DOM: the declarations need neither DOM nor @types/node.
      const main = { ...base, lib: ["es2022"], skipLibCheck: false, skipDefaultLibCheck: true };
      writeFileSync(
        join(dir, "tsconfig.json"),
        JSON.stringify({ compilerOptions: main, files: ["good.ts", "wrong.ts"] }, null, 2),
      );
      // The ./schemas subpath pulls in zod's declarations: they need the DOM lib (URL) and, under
      // node10, allowSyntheticDefaultImports, and checking them takes about 7 s a case; they are
      // zod's own, so this project skips lib checks and relies on the deliberate error instead.
      const schemas = { ...base, lib: ["es2022", "dom"], skipLibCheck: true };
      writeFileSync(
        join(dir, "tsconfig.schemas.json"),
        JSON.stringify({ compilerOptions: schemas, files: ["schemas.ts"] }, null, 2),
      );
      writeFileSync(join(dir, "good.ts"), GOOD_PROGRAM);
      writeFileSync(join(dir, "wrong.ts"), WRONG_PROGRAM);
      writeFileSync(join(dir, "schemas.ts"), SCHEMAS_PROGRAM);
    }
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
    // The documents a reader opens from the README and the API comments ship (test/package/links.test.ts
    // follows their links); no source, test or other example does.
    expect(
      paths.filter(
        (p) => !SHIPPED_DOCS(p) && /(^|\/)(src|test|tests|examples|bench|scripts|docs|node_modules)\//.test(p),
      ),
    ).toEqual([]);
    expect(paths.filter((p) => /\.test(-prop)?\.[cm]?[jt]s$|\.spec\.[cm]?[jt]s$/.test(p))).toEqual([]);
    expect(
      paths.filter(
        (p) =>
          !p.startsWith("dist/") &&
          !["package.json", "README.md", "LICENSE", "SECURITY.md", "CHANGELOG.md"].includes(p) &&
          !SHIPPED_DOCS(p),
      ),
    ).toEqual([]);
  });

  it("installs with the declared dependencies", () => {
    const installed = JSON.parse(readFileSync(join(app, "node_modules/onboarding-targets/package.json"), "utf8"));
    expect(installed.version).toBe(packageJson().version);
    for (const dep of Object.keys(packageJson().dependencies)) {
      expect(() => readFileSync(join(app, "node_modules", dep, "package.json")), dep).not.toThrow();
    }
  });

  // 1/3 in the library prints cut to 12 significant digits; the user's decimal.js (precision 20 by
  // default) prints its 20 digits bare, as decimal.js 10.6 does.
  const INSPECTED = ["Decimal(0.333333333333…)", "Decimal(1.33333333333…)", "0.33333333333333333333"];

  it("works through import (ESM)", async () => {
    const out = JSON.parse(await sh(process.execPath, ["esm.mjs"], app));
    expect(out).toEqual({
      attainment: "1.85",
      months: "32",
      schemas: "object",
      version: packageJson().version,
      inspect: INSPECTED,
      instanceOfUserDecimal: true,
    });
  });

  it("works through require (CJS)", async () => {
    const out = JSON.parse(await sh(process.execPath, ["cjs.cjs"], app));
    expect(out).toEqual({
      attainment: "1.85",
      error: "out_of_range",
      schemas: "object",
      inspect: INSPECTED,
      instanceOfUserDecimal: true,
    });
  });

  it("works as a <script> (IIFE)", async () => {
    const out = JSON.parse(await sh(process.execPath, ["iife.cjs"], app));
    expect(out).toEqual({ attainment: "1.85", inspect: INSPECTED.slice(0, 2), plain: { third: 0.33 } });
  });

  it.each(TS_CASES)(
    "type-checks a strict consumer ($name, skipLibCheck false): Decimal is a real type, not any",
    async (c) => {
      // The only error allowed is the deliberate one in wrong.ts: good.ts compiles, wrong.ts does not.
      expect(await tscErrors(join(app, caseDir(c.name)), "tsconfig.json")).toEqual([
        expect.stringMatching(/^wrong\.ts\(3,14\): error TS2322: Type 'Decimal' is not assignable to type 'string'\.$/),
      ]);
    },
  );

  // The subpath resolves through "exports" (import or require types) or, under node10, through
  // "typesVersions": one case of each. nodenext and bundler read the same "import" types as node16.
  const SUBPATH_CASES = TS_CASES.filter((c) => c.name !== "ESM, nodenext" && c.name !== "esnext + bundler");
  it.each(SUBPATH_CASES)("type-checks the ./schemas subpath ($name): its Decimals are real types too", async (c) => {
    expect(await tscErrors(join(app, caseDir(c.name)), "tsconfig.schemas.json")).toEqual([
      expect.stringMatching(
        /^schemas\.ts\(5,14\): error TS2322: Type 'Decimal \| undefined' is not assignable to type 'string \| undefined'\./,
      ),
    ]);
  });
});
