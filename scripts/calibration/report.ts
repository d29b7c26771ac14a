// The calibration report side by side: the library's calls (scripts/calibration/run.ts --out) and
// statsmodels' (scripts/reference/calibration.py) on the same simulated series, as one Markdown
// table, and the reliability diagram of assess's chance on time as a Vega-Lite chart.
//
//   npx tsx scripts/calibration/report.ts LIBRARY.json [STATSMODELS.json] [--record]
//
// With --record it writes the table into docs/methodology.md (between the calibration markers) and
// the diagram to docs/calibration-reliability.svg, with the run's date.
import { readFileSync, writeFileSync } from "node:fs";
// @ts-expect-error: a plain JavaScript development script without declarations
import { renderSvg } from "../render-chart.mjs";

interface Fifth {
  readonly bin: string;
  readonly cases: number;
  readonly said: number | null;
  readonly reached: number | null;
  readonly band: number | null;
}
interface Chance {
  readonly call: string;
  readonly cases: number;
  readonly brier: number;
  readonly baseBrier: number;
  readonly fifths: readonly Fifth[];
}
interface LibraryFamily {
  readonly family: string;
  readonly series: number;
  readonly coverage: readonly ({ readonly call: string } & Record<string, number | string>)[];
  readonly chance: readonly Chance[];
}
interface ReferenceRow {
  readonly family: string;
  readonly call: string;
  readonly coverage: Record<string, number>;
  readonly brier: number;
  readonly baseBrier: number;
}

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const record = process.argv.includes("--record");
const library = JSON.parse(readFileSync(args[0] as string, "utf8")) as {
  seed: number;
  series: number;
  results: LibraryFamily[];
};
const reference =
  args[1] === undefined ? [] : (JSON.parse(readFileSync(args[1], "utf8")) as { results: ReferenceRow[] }).results;

const pct = (v: number | undefined) => (v === undefined ? "" : `${Math.round(100 * v)}`);
const ratio = (brier: number, base: number) => (base > 0 ? (brier / base).toFixed(2) : "–");
const lines = [
  "| family | call | 90% interval covers, at 1 / 6 / 12 months (%) | chance on time: Brier score ÷ base rate's |",
  "|---|---|---|---|",
];
for (const f of library.results) {
  for (const row of f.coverage)
    lines.push(
      `| ${f.family} | \`${row.call}\` | ${["h1", "h6", "h12"].map((h) => pct(row[h] as number)).join(" / ")} | |`,
    );
  for (const c of f.chance) lines.push(`| ${f.family} | \`${c.call}\` | | ${ratio(c.brier, c.baseBrier)} |`);
  for (const r of reference.filter((x) => x.family === f.family))
    lines.push(
      `| ${f.family} | statsmodels ${r.call} | ${["h1", "h6", "h12"].map((h) => pct(r.coverage[h])).join(" / ")} | ${ratio(r.brier, r.baseBrier)} |`,
    );
}
const table = lines.join("\n");
console.log(table);

const points = library.results.flatMap((f) =>
  f.chance.flatMap((c) =>
    c.fifths
      .filter((b) => b.cases > 0)
      .map((b) => ({ family: f.family, call: c.call, said: b.said, reached: b.reached, cases: b.cases })),
  ),
);
const diagram = {
  $schema: "https://vega.github.io/schema/vega-lite/v6.json",
  title: {
    text: "Chance on time: what assess said against what happened",
    subtitle: "by fifths of the chance said; the dashed diagonal is a chance that is right",
  },
  data: { values: points },
  facet: { column: { field: "call", type: "nominal", title: null } },
  spec: {
    width: 260,
    height: 260,
    layer: [
      {
        data: { values: [{ x: 0 }, { x: 1 }] },
        mark: { type: "line", color: "#999", strokeDash: [4, 4] },
        encoding: {
          x: { field: "x", type: "quantitative" },
          y: { field: "x", type: "quantitative" },
        },
      },
      {
        mark: { type: "line", opacity: 0.6 },
        encoding: {
          x: { field: "said", type: "quantitative" },
          y: { field: "reached", type: "quantitative" },
          color: { field: "family", type: "nominal", title: "family", legend: { labelLimit: 240 } },
        },
      },
      {
        // A fifth with few cases says little: the point's area is its number of cases.
        mark: { type: "circle", opacity: 0.9 },
        encoding: {
          x: {
            field: "said",
            type: "quantitative",
            title: "chance said",
            scale: { domain: [0, 1] },
            axis: { format: "%" },
          },
          y: {
            field: "reached",
            type: "quantitative",
            title: "share of goals reached",
            scale: { domain: [0, 1] },
            axis: { format: "%" },
          },
          color: { field: "family", type: "nominal", title: "family" },
          size: { field: "cases", type: "quantitative", title: "cases", scale: { range: [10, 300] } },
        },
      },
    ],
  },
};

if (record) {
  const date = new Date().toISOString().slice(0, 10);
  const block =
    `<!-- calibration:start -->\nMeasured on ${date} by \`npm run calibration\` (${library.series} series a family, seed ${library.seed}):\n\n` +
    `${table}\n\n![Reliability of the chance on time](calibration-reliability.svg)\n<!-- calibration:end -->`;
  const path = new URL("../../docs/methodology.md", import.meta.url);
  const text = readFileSync(path, "utf8");
  const markers = /<!-- calibration:start -->.*?<!-- calibration:end -->/s;
  if (!markers.test(text)) throw new Error("docs/methodology.md has no calibration markers");
  const next = text.replace(markers, block);
  writeFileSync(path, next);
  writeFileSync(new URL("../../docs/calibration-reliability.svg", import.meta.url), await renderSvg(diagram));
  console.log(`recorded in docs/methodology.md and docs/calibration-reliability.svg (${date})`);
}
