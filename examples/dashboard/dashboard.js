// The steps of docs/guides/6-from-data-to-a-dashboard.md, in a browser: the target from
// target.json, the monthly reports from onboarded-2024.csv (as a spreadsheet set to Indonesian
// exports them), then assess, assessmentChart drawn by vega-embed as SVG, and a table of the
// assessment in words, percentages and local dates, in English or Bahasa Indonesia (?lang=id, or
// the page's language switch). The figures are synthetic (illustrative), not published.
import { assess, assessmentChart, parseIndonesianNumber, PHRASES, toPlain } from "onboarding-targets";
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

const locale = new URLSearchParams(location.search).get("lang") === "id" ? "id" : "en";
const target = parseTarget(JSON.parse(await fetchText("./target.json")));
const observations = readObservations(await fetchText("./onboarded-2024.csv"));
const assessment = assess(target, observations, { asOf: "2024-09-15", locale });

const spec = assessmentChart(target, observations, assessment, { locale });
await vegaEmbed("#chart", spec, { renderer: "svg", actions: false });

const plain = toPlain(assessment, { digits: 3 });
const m = PHRASES[locale].measures;
// Each row: its label, the plain value (kept in data-value) and how the reader sees it.
const rows = [
  [m.status, plain.status, "status"],
  [m.asOf, plain.current?.date, "date"],
  [m.cumulative, plain.current?.value, "count"],
  [m.attainment, plain.attainment, "percent"],
  [m.progressFromBaseline, plain.progress, "percent"],
  [m.planToDate, plain.planToDate, "count"],
  [m.pace, plain.pace?.ratio, "percent"],
  [m.requiredMonthlyRate, plain.required?.perMonth, "count"],
  [m.runRate, plain.runRate, "count"],
  [m.accelerationNeeded, plain.accelerationNeeded?.ratio, "times"],
  [m.projection, plain.projection?.valueAtGoal, "count"],
  [m.chance, plain.projection?.probabilityOnTime, "chance"],
  [m.eta, plain.eta.date, "date"],
];

// The page's own formatting, in the reader's language: whole enterprises, percentages to one
// decimal, dates with month names (the library's dates are calendar dates, read in UTC).
const tag = locale === "id" ? "id-ID" : "en-GB";
const count = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 });
const times = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
const day = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" });
const shown = {
  status: (v) => PHRASES[locale].statuses[v],
  date: (v) => day.format(new Date(`${v}T00:00:00Z`)),
  count: (v) => count.format(v),
  // One spacing rule with the library's sentences: the sign right after the number.
  percent: (v) => percent.format(v).replace(/\s%/, "%"),
  // The chance to the whole percent, as the chart and the sentences give it.
  chance: (v) => `${Math.round(v * 100)}%`,
  times: (v) => `${times.format(v)}×`,
};
document.querySelector("#table tbody").replaceChildren(
  ...rows.map(([label, value, kind]) => {
    const tr = document.createElement("tr");
    const th = Object.assign(document.createElement("th"), { scope: "row", textContent: label });
    const td = Object.assign(document.createElement("td"), { textContent: value === null || value === undefined ? "–" : shown[kind](value) });
    td.dataset.value = JSON.stringify(value ?? null);
    tr.append(th, td);
    return tr;
  }),
);
// The page's own words, in the reader's language too.
const page = {
  en: { heading: "UMKM on-boarded, Jawa Barat, 2024", note: (date) => `Synthetic figures (illustrative). Assessed as of ${date}.` },
  id: { heading: "UMKM yang on-boarding, Jawa Barat, 2024", note: (date) => `Angka sintetis (ilustrasi). Dinilai per ${date}.` },
}[locale];
document.querySelector("h1").textContent = page.heading;
document.querySelector("#note").textContent = page.note(shown.date(assessment.asOf));
document.title = `${page.heading} (${locale === "id" ? "sintetis" : "synthetic"})`;
document.documentElement.lang = locale;
document.querySelector("#lang").value = locale;
document.querySelector("#summary").textContent = assessment.summary;
document.body.dataset.state = "ready";
