// The steps of docs/guides/6-from-data-to-a-dashboard.md, in a browser: the target from
// target.json, the monthly reports from onboarded-2024.csv (as a spreadsheet set to Indonesian
// exports them), then assess, project, burnUpChart drawn by vega-embed as SVG, and a table of the
// assessment through toPlain. The figures are synthetic (illustrative), not published.
import { assess, burnUpChart, parseIndonesianNumber, project, toPlain } from "onboarding-targets";
import { parseTarget } from "onboarding-targets/schemas";

/** Rows of `tanggal;baru;sumber` (date; new on-boardings that month; source) as increments. */
function readObservations(csv) {
  return csv
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [date, count, source] = line.split(";");
      return { date, value: parseIndonesianNumber(count).toNumber(), kind: "increment", source };
    });
}

async function fetchText(file) {
  const response = await fetch(new URL(file, import.meta.url));
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response.text();
}

const target = parseTarget(JSON.parse(await fetchText("./target.json")));
const observations = readObservations(await fetchText("./onboarded-2024.csv"));
const assessment = assess(target, observations, { asOf: "2024-09-15" });
const projection = project(observations, { method: "linear", fitOn: "increments", until: "2025-01-31", baseline: target.baseline });

const spec = burnUpChart({ target, observations, projection, eta: assessment.eta, status: assessment.status }, { asOf: assessment.asOf });
await vegaEmbed("#chart", spec, { renderer: "svg", actions: false });

const plain = toPlain(assessment, { digits: 2 });
const rows = [
  ["Status", plain.status],
  ["Latest report", plain.current?.date],
  ["Cumulative count", plain.current?.value],
  ["Attainment", plain.attainment],
  ["Progress from baseline", plain.progress],
  ["Plan to date", plain.planToDate],
  ["Pace (SPI)", plain.pace?.ratio],
  ["Required per month", plain.required?.perMonth],
  ["Run rate, last 3 months", plain.runRate],
  ["Acceleration needed", plain.accelerationNeeded?.ratio],
  ["Projected at the goal date", plain.projection?.valueAtGoal],
  ["Goal reached (ETA)", plain.eta.date],
];

// The page's own formatting; data-value keeps the plain JSON value.
const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
document.querySelector("#table tbody").replaceChildren(
  ...rows.map(([label, value]) => {
    const tr = document.createElement("tr");
    const th = Object.assign(document.createElement("th"), { scope: "row", textContent: label });
    const td = Object.assign(document.createElement("td"), { textContent: typeof value === "number" ? number.format(value) : String(value ?? "–") });
    td.dataset.value = JSON.stringify(value ?? null);
    tr.append(th, td);
    return tr;
  }),
);
document.querySelector("#summary").textContent = assessment.summary;
document.body.dataset.state = "ready";
