import { defineConfig } from "tsup";

// Two kinds of output:
// 1. ESM + CJS with declarations, one chunk graph shared by all entry points, so that an app that
//    imports one plain function from "." never pulls zod (which only `./schemas` needs).
// 2. A minified IIFE for a plain <script> tag, exposing the global `OnboardingTargets`, with every
//    dependency inlined.
export default defineConfig([
  {
    entry: { index: "src/index.ts", schemas: "src/schemas/index.ts" },
    format: ["esm", "cjs"],
    target: "es2022",
    platform: "neutral",
    dts: true,
    sourcemap: true,
    splitting: true,
    treeshake: true,
    clean: true,
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
