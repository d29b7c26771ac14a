// What an app pays for one plain function: bundle, with esbuild, a consumer that imports only
// `attainment` from the built package (resolved through package.json "exports", as an app's bundler
// would), minified for the browser. Budget: under 20 kB without decimal.js, which is
// measured and reported on its own (about 32 kB minified), and no zod at all.
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, packageRoot } from "./dist.js";

const BUDGET_BYTES = 20_000;

interface Bundle {
  bytes: number;
  gzipBytes: number;
  inputs: string[];
}

async function bundle(contents: string, external: string[] = []): Promise<Bundle> {
  const result = await build({
    stdin: { contents, resolveDir: packageRoot, loader: "js", sourcefile: "consumer.js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    external,
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    bytes: code.byteLength,
    gzipBytes: gzipSync(code).byteLength,
    inputs: Object.keys((result.metafile as Metafile).inputs),
  };
}

const kB = (n: number): string => `${(n / 1000).toFixed(1)} kB`;
const fromPackage = (inputs: string[], name: string): string[] =>
  inputs.filter((i) => i.includes(`node_modules/${name}/`));

// The consumer keeps the result alive so that tree shaking cannot drop the import.
const CONSUMER = `import { attainment } from "onboarding-targets";\nglobalThis.result = attainment(3700000, 2000000).toString();\n`;

describe("bundle size of a consumer importing only attainment", () => {
  let withoutDecimal: Bundle;
  let whole: Bundle;
  let decimalOnly: Bundle;

  beforeAll(async () => {
    assertBuilt();
    withoutDecimal = await bundle(CONSUMER, ["decimal.js"]);
    whole = await bundle(CONSUMER);
    decimalOnly = await bundle(`import Decimal from "decimal.js";\nglobalThis.D = Decimal;\n`);
    console.info(
      [
        "bundle size (esbuild, minified, platform browser):",
        `  onboarding-targets part (decimal.js external): ${kB(withoutDecimal.bytes)} (gzip ${kB(withoutDecimal.gzipBytes)}), budget < ${kB(BUDGET_BYTES)}`,
        `  decimal.js alone:                              ${kB(decimalOnly.bytes)} (gzip ${kB(decimalOnly.gzipBytes)})`,
        `  whole consumer bundle:                         ${kB(whole.bytes)} (gzip ${kB(whole.gzipBytes)})`,
        `  modules in it: ${whole.inputs.join(", ")}`,
      ].join("\n"),
    );
  });

  it("resolves to the built ESM file through package.json exports", () => {
    expect(withoutDecimal.inputs).toContain("dist/index.js");
  });

  it(`stays under ${BUDGET_BYTES} bytes minified without decimal.js`, () => {
    expect(withoutDecimal.bytes).toBeLessThan(BUDGET_BYTES);
  });

  it("does not contain zod", () => {
    expect(fromPackage(whole.inputs, "zod")).toEqual([]);
    expect(fromPackage(withoutDecimal.inputs, "zod")).toEqual([]);
  });

  it("measures decimal.js separately (about 32 kB minified)", () => {
    expect(fromPackage(whole.inputs, "decimal.js").length).toBeGreaterThan(0);
    // A sanity range, not a budget: decimal.js 10.6 minifies to about 32 kB.
    expect(decimalOnly.bytes).toBeGreaterThan(20_000);
    expect(decimalOnly.bytes).toBeLessThan(45_000);
  });
});
