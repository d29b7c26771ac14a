// The runtime code imports only its declared dependencies: no Node built-ins (`node:fs`, `path`…)
// and nothing undeclared, in every ESM and CJS file of dist/; the <script> build imports nothing.
import { readdirSync, readFileSync } from "node:fs";
import { build, type Plugin } from "esbuild";
import { builtinModules } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, packageJson, packagePath } from "./dist.js";

/** The non-relative import/require specifiers of a built file, as esbuild's parser sees them. */
async function specifiers(file: string): Promise<string[]> {
  const found: string[] = [];
  const record: Plugin = {
    name: "record-bare-imports",
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        found.push(args.path);
        return { path: args.path, external: true };
      });
    },
  };
  await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    platform: "neutral",
    logLevel: "silent",
    plugins: [record],
  });
  return [...new Set(found)].sort();
}

const packageOf = (s: string): string =>
  s.startsWith("@") ? s.split("/").slice(0, 2).join("/") : (s.split("/")[0] ?? s);

describe("imports of the built runtime code", () => {
  let files: string[] = [];
  beforeAll(() => {
    assertBuilt();
    files = readdirSync(packagePath("dist")).filter((f) => /\.(c?js)$/.test(f));
  });

  it("are relative or declared dependencies, never Node built-ins", async () => {
    const declared = new Set(Object.keys(packageJson().dependencies));
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const bad: string[] = [];
    for (const file of files.filter((f) => !f.endsWith(".global.js"))) {
      for (const s of await specifiers(packagePath(`dist/${file}`))) {
        if (builtins.has(s) || s.startsWith("node:") || !declared.has(packageOf(s))) bad.push(`${file}: ${s}`);
      }
    }
    expect(files.length).toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });

  it("are all inlined in the <script> build", async () => {
    const code = readFileSync(packagePath("dist/onboarding-targets.global.js"), "utf8");
    expect(code).toMatch(/^"use strict";var OnboardingTargets=/);
    expect(await specifiers(packagePath("dist/onboarding-targets.global.js"))).toEqual([]);
  });
});
