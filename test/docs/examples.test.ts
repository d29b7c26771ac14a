// Runs every `@example` block of the TSDoc in src/ (and the ```ts blocks of README.md and docs/) against the
// BUILT package (dist/, as package.json "exports" names it) and checks each `//=>` result. The
// rules an example follows are at the top of ./extract.ts. A wrong result fails with the file:line
// of its `//=>` line.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { pathToFileURL } from "node:url";
import { transform } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertBuilt, packageJson, packagePath, packageRoot } from "../package/dist.js";
import {
  type Check,
  type ExampleBlock,
  extractExamples,
  extractMarkdownExamples,
  jsonView,
  parseExpected,
  prepareBlock,
} from "./extract.js";

const PACKAGE = "onboarding-targets";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: false, encoding: "utf8" })
    .filter(
      (f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && !/\.test(-prop)?\.ts$/.test(f) && !/\.spec\.ts$/.test(f),
    )
    .map((f) => join(dir, f))
    .sort();
}

const blocks: ExampleBlock[] = [
  ...sourceFiles(packagePath("src")).flatMap((abs) =>
    extractExamples(relative(packageRoot, abs).split("\\").join("/"), readFileSync(abs, "utf8")),
  ),
  ...(existsSync(packagePath("README.md"))
    ? extractMarkdownExamples("README.md", readFileSync(packagePath("README.md"), "utf8"))
    : []),
  // The guides (docs/guides/*.md, typedoc project documents) run by the README's rules.
  ...(existsSync(packagePath("docs/guides"))
    ? readdirSync(packagePath("docs/guides"))
        .filter((f) => f.endsWith(".md"))
        .sort()
        .flatMap((f) =>
          extractMarkdownExamples(`docs/guides/${f}`, readFileSync(packagePath(`docs/guides/${f}`), "utf8")),
        )
    : []),
  // The methodology (docs/methodology.md, also a typedoc project document) and the project
  // documents the README links to, by the same rules.
  ...["docs/methodology.md", "docs/beyond-one-machine.md", "docs/CONTRIBUTING.md"]
    .filter((f) => existsSync(packagePath(f)))
    .flatMap((f) => extractMarkdownExamples(f, readFileSync(packagePath(f), "utf8"))),
];

/** `onboarding-targets[/sub]` → file URL of the ESM file that package.json "exports" names for it. */
function resolveImport(specifier: string): string | undefined {
  if (specifier !== PACKAGE && !specifier.startsWith(`${PACKAGE}/`)) return undefined;
  const subpath = `.${specifier.slice(PACKAGE.length)}`;
  let entry: unknown = packageJson().exports[subpath];
  if (entry && typeof entry === "object" && "import" in entry) entry = (entry as { import: unknown }).import;
  if (entry && typeof entry === "object" && "default" in entry) entry = (entry as { default: unknown }).default;
  if (typeof entry !== "string") return `${specifier}#not-in-package-exports`;
  return pathToFileURL(packagePath(entry)).href;
}

// The example modules are written under node_modules: vitest hands modules there to Node's own
// loader (so the example runs on the real built files, not through vitest's transforms), and
// other bare imports (decimal.js, @date-fns/tz…) resolve from the package's node_modules, as they
// would in an app.
const nativeImport = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);
const workDir = packagePath(`node_modules/.cache/doc-examples/${process.pid}-${Date.now()}`);

interface Totals {
  blocks: number;
  skipped: string[];
  checks: number;
}
const totals: Totals = { blocks: 0, skipped: [], checks: 0 };

function describeValue(value: unknown): string {
  return value === undefined ? "undefined" : JSON.stringify(value);
}

async function runBlock(block: ExampleBlock, index: number | string): Promise<string[]> {
  const prepared = prepareBlock(block, resolveImport);
  const failures = [...prepared.problems];
  const expected = prepared.checks.map((c: Check) => {
    if (c.throws) return undefined;
    const parsed = parseExpected(c.expectedText);
    if (!parsed)
      failures.push(`${c.where}: cannot read the expected value \`${c.expectedText}\` (JSON or a JavaScript literal)`);
    return parsed === undefined ? undefined : jsonView(parsed.value);
  });
  const reached = new Set<number>();
  const g = globalThis as Record<string, unknown>;
  g.__docCheck = (id: number, actual: unknown): void => {
    reached.add(id);
    const check = prepared.checks[id];
    if (!check) return;
    let got: unknown;
    try {
      got = jsonView(actual);
    } catch (error) {
      failures.push(`${check.where}: the value does not serialise to JSON (${(error as Error).message})`);
      return;
    }
    if (!isDeepStrictEqual(got, expected[id])) {
      failures.push(`${check.where}: expected ${describeValue(expected[id])}, got ${describeValue(got)}`);
    }
  };
  g.__docThrows = async (id: number, fn: () => Promise<unknown>): Promise<void> => {
    reached.add(id);
    const check = prepared.checks[id];
    if (!check) return;
    try {
      const value = await fn();
      failures.push(`${check.where}: expected it to throw, but it returned ${describeValue(jsonView(value))}`);
    } catch (error) {
      const e = error as { name?: unknown; code?: unknown };
      const missing = (check.throws ?? []).filter((w) => w !== e.name && w !== e.code);
      if (missing.length > 0)
        failures.push(
          `${check.where}: it threw ${String(e.name)} (code ${String(e.code)}), expected ${check.throws?.join(" ")}`,
        );
    }
  };

  let js: string;
  try {
    js = (
      await transform(prepared.source, {
        loader: "ts",
        format: "esm",
        target: "es2022",
        sourcefile: `${block.file}:${block.line}`,
      })
    ).code;
  } catch (error) {
    return [...failures, `${block.file}:${block.line}: the example does not compile: ${(error as Error).message}`];
  }
  const modulePath = join(workDir, `${block.file.replace(/[^\w.-]+/g, "_")}-${block.line}-${index}.mjs`);
  writeFileSync(modulePath, js);
  try {
    await nativeImport(pathToFileURL(modulePath).href);
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const hint = /does not provide an export named|is not a function|Cannot find (module|package)/.test(message)
      ? " (is the symbol exported from src/index.ts or src/schemas/index.ts, and dist/ rebuilt with `npm run build`?)"
      : "";
    failures.push(`${block.file}:${block.line} (${block.symbol || "example"}): the example threw ${message}${hint}`);
    return failures;
  }
  prepared.checks.forEach((c, id) => {
    if (!reached.has(id)) failures.push(`${c.where}: this \`//=>\` check was never reached`);
  });
  if (typeof index === "number") totals.checks += prepared.checks.length;
  return failures;
}

describe("@example", () => {
  beforeAll(() => {
    assertBuilt();
    mkdirSync(workDir, { recursive: true });
  });

  afterAll(() => {
    rmSync(workDir, { recursive: true, force: true });
    console.info(
      `doc examples: ${totals.blocks} blocks run from ${new Set(blocks.map((b) => b.file)).size} files, ${totals.checks} //=> checks` +
        (totals.skipped.length > 0 ? `, ${totals.skipped.length} skipped (no-run): ${totals.skipped.join(", ")}` : ""),
    );
  });

  it("finds examples to run", () => {
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.some((b) => b.code.includes("//=>"))).toBe(true);
  });

  // The checker itself: a wrong value must fail, with the file:line of its `//=>` line.
  const synthetic = (code: string): ExampleBlock => {
    const lines = code.split("\n").map((_, i) => 101 + i);
    return { file: "src/synthetic.ts", line: 101, symbol: "synthetic", code, lines, skip: false };
  };
  it.each([
    {
      name: "a right value passes",
      code: 'import { attainment } from "onboarding-targets";\nattainment(3_700_000, 2_000_000).toString();\n//=> "1.85"',
      failures: [],
    },
    {
      name: "a wrong value fails at its //=> line",
      code: 'import { attainment } from "onboarding-targets";\nattainment(1, 2).toString();\n//=> "0.6"',
      failures: ['src/synthetic.ts:103: expected "0.6", got "0.5"'],
    },
    {
      name: "values compare as JSON (a Decimal as its string), multi-line statements and values, a const",
      code: [
        'import { attainment } from "onboarding-targets";',
        'const r = attainment(1, 4); //=> "0.25"',
        "[attainment(1, 2),",
        "  attainment(3, 2)];",
        '//=> ["0.5",',
        '//  "1.5"]',
        "({ a: attainment(1, 1) });",
        "//=> { a: '1' }",
      ].join("\n"),
      failures: [],
    },
    {
      name: "throws checks the error code",
      code: 'import { attainment } from "onboarding-targets";\nattainment(1, 0);\n//=> throws OnboardingTargetsError out_of_range\nattainment(1, 1);\n//=> throws',
      failures: ['src/synthetic.ts:105: expected it to throw, but it returned "1"'],
    },
    {
      name: "an example that throws fails with its place",
      code: 'import { attainment } from "onboarding-targets";\nattainment(-1, 2);',
      failures: ["src/synthetic.ts:101 (synthetic): the example threw OnboardingTargetsError: actual: -1 is negative"],
    },
  ])("checker: $name", async ({ code, failures }) => {
    expect(await runBlock(synthetic(code), `self-test-${failures.length}-${code.length}`)).toEqual(failures);
  });

  // A guide's ```ts block after `<!-- continue -->` runs in the module of the block before it, and a
  // wrong value fails at its own line in the Markdown file.
  it("checker: a block after <!-- continue --> sees what the block before it defined", async () => {
    const md = [
      "# Guide",
      "```ts",
      'import { attainment } from "onboarding-targets";',
      "const a = attainment(1, 4);",
      "```",
      "Prose.",
      "<!-- continue -->",
      "",
      "```ts",
      "a.toString();",
      '//=> "0.5"',
      "```",
    ];
    const found = extractMarkdownExamples("docs/guides/synthetic.md", md.join("\n"));
    expect(found.map((b) => [b.line, b.lines])).toEqual([[3, [3, 4, 10, 11]]]);
    expect(await runBlock(found[0] as ExampleBlock, "self-test-continue")).toEqual([
      'docs/guides/synthetic.md:11: expected "0.5", got "0.25"',
    ]);
  });

  it.each([
    { name: "a continue fence info", md: "```ts\nconst a = 1;\n```\n```ts continue\na;\n```", error: ":4: write" },
    { name: "a marker before prose", md: "```ts\nconst a = 1;\n```\n<!-- continue -->\nProse.", error: ":4: `<!--" },
    { name: "a marker before the first block", md: "<!-- continue -->\n```ts\nconst a = 1;\n```", error: ":2: `<!--" },
    { name: "a marker at the end", md: "```ts\nconst a = 1;\n```\n<!-- continue -->\n", error: ":4: `<!--" },
  ])("checker: refuses $name, with its line", ({ md, error }) => {
    expect(() => extractMarkdownExamples("docs/guides/synthetic.md", md)).toThrow(`docs/guides/synthetic.md${error}`);
  });

  it.each(blocks.map((b, i) => ({ name: `${b.file}:${b.line}${b.symbol ? ` ${b.symbol}` : ""}`, block: b, index: i })))(
    "$name",
    async ({ block, index }) => {
      if (block.skip) {
        totals.skipped.push(`${block.file}:${block.line}`);
        return;
      }
      totals.blocks++;
      const failures = await runBlock(block, index);
      if (failures.length > 0) throw new Error(`\n${failures.join("\n")}`);
    },
  );
});
