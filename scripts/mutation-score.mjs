// Mutation score of the source files in Stryker JSON reports (test files and *.testkit.ts helpers
// excluded; static, ignored mutants not counted), in total and by folder of src/.
//
//   node scripts/mutation-score.mjs                 reports/mutation/mutation.json (whole src/),
//                                                   with each reports/mutation/folder-*.json laid
//                                                   over it: a folder run replaces that folder's files
//   node scripts/mutation-score.mjs a.json b.json   the given reports, later ones replacing earlier
//                                                   ones file by file
//   node scripts/mutation-score.mjs --markdown ...  also a Markdown table by folder (mutants, killed,
//                                                   survived, no coverage, timed out, score), as in
//                                                   docs/mutation.md
//   node scripts/mutation-score.mjs --survivors ... also every surviving and uncovered mutant as a
//                                                   Markdown bullet by file: line, mutator, the code
//                                                   and its replacement (to name a folder's gap)
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";

const dir = "reports/mutation";
const markdown = process.argv.includes("--markdown");
const survivors = process.argv.includes("--survivors");
const given = process.argv.slice(2).filter((a) => a !== "--markdown" && a !== "--survivors");
const reports = given.length > 0 ? given : defaultReports();
if (reports.length === 0) {
  console.error(`no Stryker JSON report in ${dir}/: run npm run test:mutation (or test:mutation:folder) first`);
  process.exit(2);
}

/** @type {Map<string, { report: string, source: string, mutants: { status: string, mutatorName: string, replacement?: string, location: { start: { line: number, column: number }, end: { line: number, column: number } } }[] }>} */
const files = new Map();
for (const report of reports) {
  const data = JSON.parse(readFileSync(report, "utf8"));
  for (const [file, entry] of Object.entries(data.files)) {
    if (/\.test(-prop)?\.ts$|\.testkit\.ts$/.test(file)) continue; // tests and their test-data helpers
    files.set(file, { report, source: entry.source, mutants: entry.mutants });
  }
}

const empty = () => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, other: 0 });
const total = empty();
/** @type {Map<string, ReturnType<typeof empty> & { reports: Set<string> }>} */
const byFolder = new Map();
for (const [file, { report, mutants }] of files) {
  const folder = file.split("/").slice(0, 2).join("/");
  const f = byFolder.get(folder) ?? { ...empty(), reports: new Set() };
  f.reports.add(report.replace(`${dir}/`, ""));
  byFolder.set(folder, f);
  for (const m of mutants) {
    const key =
      { Killed: "killed", Timeout: "timeout", Survived: "survived", NoCoverage: "noCoverage" }[m.status] ?? "other";
    f[key]++;
    total[key]++;
  }
}

const score = (c) => (100 * (c.killed + c.timeout)) / (c.killed + c.timeout + c.survived + c.noCoverage);
const rows = [...byFolder].sort(([a], [b]) => (a < b ? -1 : 1));
console.log("folder            killed+timeout  survived+no-coverage    score  report");
for (const [folder, c] of rows) {
  const line = `${folder.padEnd(18)}${String(c.killed + c.timeout).padStart(14)}${String(c.survived + c.noCoverage).padStart(22)}${`${score(c).toFixed(2)}%`.padStart(9)}  ${[...c.reports].join(", ")}`;
  console.log(line);
}
// A file none of whose mutants any test covers usually means a test file failed to load in
// Stryker's sandbox (the dry run still "succeeds" with fewer tests): say so rather than score it.
const uncovered = [...files].filter(
  ([, { mutants }]) =>
    mutants.length > 0 &&
    mutants.every((m) => m.status === "NoCoverage" || m.status === "Ignored") &&
    mutants.some((m) => m.status === "NoCoverage"),
);
if (uncovered.length > 0) {
  console.log(
    `WARNING: no test covers any mutant of ${uncovered.map(([f]) => f).join(", ")}: check that every test file loads in the sandbox (compare the dry run's test count with vitest's)`,
  );
}
console.log(
  `source mutants: killed ${total.killed}, timed out ${total.timeout}, survived ${total.survived}, no coverage ${total.noCoverage}, ignored or other ${total.other}`,
);
console.log(`mutation score (source files): ${score(total).toFixed(2)}%`);
if (markdown) {
  console.log(
    "\n| folder | mutants | killed | survived | no coverage | timed out | score |\n|---|--:|--:|--:|--:|--:|--:|",
  );
  for (const [folder, c] of rows) {
    const n = c.killed + c.timeout + c.survived + c.noCoverage;
    const cells = [n, c.killed, c.survived, c.noCoverage, c.timeout].map((x) =>
      x.toLocaleString("en").replaceAll(",", " "),
    );
    console.log(`| \`${folder}\` | ${cells.join(" | ")} | ${n === 0 ? "–" : `${score(c).toFixed(2)}%`} |`);
  }
}

if (survivors) {
  for (const [file, { source, mutants }] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const alive = mutants
      .filter((m) => m.status === "Survived" || m.status === "NoCoverage")
      .sort(
        (a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column,
      );
    if (alive.length === 0) continue;
    const lines = source.split("\n");
    console.log(`\n\`${file}\` (${alive.length}):`);
    for (const m of alive) {
      const { start, end } = m.location;
      const code =
        start.line === end.line
          ? (lines[start.line - 1] ?? "").slice(start.column - 1, end.column - 1)
          : `${(lines[start.line - 1] ?? "").slice(start.column - 1)} …`;
      const short = (t) => (t.length > 60 ? `${t.slice(0, 57)}…` : t).replaceAll("`", "'").replace(/\s+/g, " ");
      console.log(
        `- ${start.line}: ${m.mutatorName} \`${short(code)}\` → \`${short(m.replacement ?? "")}\`${m.status === "NoCoverage" ? " (no coverage)" : ""}`,
      );
    }
  }
}

function defaultReports() {
  const base = existsSync(`${dir}/mutation.json`) ? [`${dir}/mutation.json`] : [];
  const folders = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /^folder-[a-z]+(-[a-z]+)?\.json$/.test(f))
        .map((f) => `${dir}/${f}`)
        .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs)
    : [];
  return [...base, ...folders];
}
