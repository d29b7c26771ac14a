import { rmSync } from "node:fs";
import { defineConfig } from "tsup";

// Two kinds of output, built in parallel into dist/:
// 1. ESM (.js) + CJS (.cjs) with declarations (.d.ts / .d.cts) and source maps, one chunk graph
//    shared by all entry points, so that an app that imports one plain function from "." never
//    pulls zod (which only `./schemas` needs). Dependencies stay external.
// 2. A minified IIFE for a plain <script> tag, exposing the global `OnboardingTargets`, with every
//    dependency inlined: dist/onboarding-targets.global.js.
//
// dist/ is emptied once here, before both builds start: with `clean: true` on the first build the
// two parallel builds race, and the clean could delete the IIFE just written.
if (!process.argv.includes("--watch")) rmSync(new URL("./dist", import.meta.url), { recursive: true, force: true });

export default defineConfig([
  {
    entry: { index: "src/index.ts", schemas: "src/schemas/index.ts" },
    format: ["esm", "cjs"],
    target: "es2022",
    platform: "neutral",
    dts: true,
    sourcemap: true,
    splitting: true,
    // Rollup's tree shaking after esbuild; externals have no side effects, so an import of
    // "@date-fns/tz" whose bindings all went unused disappears instead of staying as `import "…"`.
    treeshake: { preset: "recommended", moduleSideEffects: false },
    clean: false,
    outDir: "dist",
    outExtension: ({ format }) => ({ js: format === "cjs" ? ".cjs" : ".js" }),
  },
  {
    entry: { "onboarding-targets": "src/global.ts" },
    format: ["iife"],
    globalName: "OnboardingTargets",
    target: "es2022",
    platform: "browser",
    minify: true,
    sourcemap: true,
    clean: false,
    outDir: "dist",
    noExternal: [/.*/],
    outExtension: () => ({ js: ".global.js" }),
  },
]);
