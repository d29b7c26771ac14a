// The figures and names that the README and the project documents quote stay true: a figure that a
// run writes stands between the markers its writer fills (scripts/record-figures.mjs); a figure
// that a test can count is counted here; every command, script and path they name exists; every
// row of the reliability table says when its result was found, that every `npm test` finds it, or
// which document holds its dated figures.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { replaceBetweenMarkers } from "../../scripts/record-figures.mjs";
import { atCalendarEnd, exportedFunctions, siteCases } from "../hostile/cases.js";
import { REGISTRY } from "../hostile/registry.js";
import { packageJson, packagePath } from "../package/dist.js";

const read = (file: string): string => readFileSync(packagePath(file), "utf8");

/** The documents this test keeps honest: the README and the project documents it links to. */
const DOCUMENTS = [
  "README.md",
  "docs/CONTRIBUTING.md",
  "docs/benchmarks.md",
  "docs/reliability.md",
  "docs/beyond-one-machine.md",
];

/** The writers of recorded figures: the document, the markers' name, and the script that fills them. */
const RECORDED = [
  { file: "docs/reliability.md", name: "deep-laws", writer: "scripts/deep-laws.mjs" },
  { file: "docs/benchmarks.md", name: "bench", writer: "bench/run.mjs" },
];

/** `1914` → `1 914`, as the documents write counts. */
const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, " ");

describe("replaceBetweenMarkers", () => {
  const doc = "a <!-- x:start -->old<!-- x:end --> b";

  it("replaces what stands between the markers and keeps them", () => {
    expect(replaceBetweenMarkers(doc, "x", "new")).toBe("a <!-- x:start -->new<!-- x:end --> b");
    expect(replaceBetweenMarkers(replaceBetweenMarkers(doc, "x", "new"), "x", "new")).toBe(
      "a <!-- x:start -->new<!-- x:end --> b",
    );
  });

  it("takes several lines, and the markers of one name only", () => {
    const two = `${doc}\n<!-- y:start -->\nkeep\n<!-- y:end -->`;
    expect(replaceBetweenMarkers(two, "y", "\n1\n2\n")).toBe(`${doc}\n<!-- y:start -->\n1\n2\n<!-- y:end -->`);
  });

  it.each([
    ["no markers", "a b", /no <!-- x:start -->/],
    ["an end before the start", "<!-- x:end --> <!-- x:start -->", /no <!-- x:start -->/],
    ["two pairs", `${doc} ${doc}`, /more than one pair of x markers/],
  ])("refuses a document with %s", (_, text, error) => {
    expect(() => replaceBetweenMarkers(text, "x", "new")).toThrow(error);
  });
});

describe("recorded figures", () => {
  it.each(RECORDED)("$file holds one pair of $name markers, which $writer fills", ({ file, name, writer }) => {
    const text = read(file);
    expect(text.split(`<!-- ${name}:start -->`).length - 1, file).toBe(1);
    expect(text.split(`<!-- ${name}:end -->`).length - 1, file).toBe(1);
    expect(read(writer)).toContain(`"${file}", "${name}"`);
    for (const other of DOCUMENTS.filter((d) => d !== file)) expect(read(other), other).not.toContain(`<!-- ${name}:`);
  });

  it("the deep-laws record is a dated run with its seed", () => {
    const recorded = /<!-- deep-laws:start -->(.*?)<!-- deep-laws:end -->/s.exec(read("docs/reliability.md"))?.[1];
    expect(recorded).toMatch(/^\d{4}-\d{2}-\d{2}: \d+ tests in \d+ files passed with [\d ]+ runs a law, seed \d+/);
  });

  it("the bench record, once written, is a dated run", () => {
    const recorded = /<!-- bench:start -->(.*?)<!-- bench:end -->/s.exec(read("docs/benchmarks.md"))?.[1] ?? "";
    expect(recorded).toMatch(/^\nMeasured on \d{4}-\d{2}-\d{2} by `npm run bench -- --record`/);
    expect(recorded).not.toMatch(/load average/);
  });
});

describe("counted figures", () => {
  // The hostile suite's size, as test/hostile/suite.ts runs it: the registered exported functions,
  // every site of every baseline argument list, and the hostile values tried there (those that move
  // a date to an end of the calendar run in `npm run test:huge`).
  it("docs/reliability.md quotes the hostile suite's current size", () => {
    const functions = exportedFunctions();
    const covered = Object.keys(REGISTRY).filter((n) => functions.has(n));
    const sites = covered.flatMap((name) => siteCases(name, REGISTRY[name]!));
    const hostiles = sites.flatMap(({ site }) => site.hostiles);
    const atEnds = hostiles.filter(atCalendarEnd).length;
    const text = read("docs/reliability.md");
    expect(text).toContain(
      `${count(covered.length)} functions, ${count(sites.length)} argument and field sites: ` +
        `${count(hostiles.length - atEnds)} hostile calls in \`npm test\`, and the ${count(atEnds)} calls ` +
        "with a date at an end of the calendar in `npm run test:huge`",
    );
  });
});

describe("names the documents use", () => {
  const scripts = Object.keys((packageJson() as unknown as { scripts: Record<string, string> }).scripts);

  it.each(DOCUMENTS)("every `npm run` script that %s names exists", (file) => {
    const named = [...read(file).matchAll(/npm run(?: -s)? ([\w:-]+)/g)].map((m) => m[1] as string);
    expect(named.filter((s) => !scripts.includes(s))).toEqual([]);
  });

  it.each(DOCUMENTS)("every repository path that %s names in code exists", (file) => {
    const paths = [...read(file).matchAll(/`((?:src|test|scripts|bench|examples|docs|\.ci)\/[\w./-]*[\w/])`/g)].map(
      (m) => m[1] as string,
    );
    // docs/api/ is what `npm run docs` writes, not part of the repository.
    expect(paths.filter((p) => !p.startsWith("docs/api/") && !existsSync(packagePath(p)))).toEqual([]);
  });

  it("the reliability table dates each result, or says that every `npm test` finds it", () => {
    const table = read("docs/reliability.md")
      .split("\n")
      .filter((l) => l.startsWith("| ") && !l.startsWith("| check ") && !l.startsWith("| ---"));
    expect(table.length).toBeGreaterThan(4);
    const undated = table.filter(
      (row) => !/\d{4}-\d{2}-\d{2}|every `npm test`|figures\.test\.ts|\]\([\w.-]+\.md/.test(row),
    );
    expect(undated).toEqual([]);
    expect(table.filter((row) => !/`[^`]+`/.test(row))).toEqual([]);
  });
});
