#!/usr/bin/env node
// Real-browser test (`npm run test:browser`, after `npm run build`): serves test/browser/index.html,
// dist/ and the dependencies' files on 127.0.0.1, opens the page in Debian's headless Chromium with
// playwright-core, and checks what the page computed with
//   (a) the IIFE build, dist/onboarding-targets.global.js, loaded by a plain <script>;
//   (b) the ESM build, dist/index.js + dist/schemas.js, loaded by <script type="module"> with an
//       import map (generated from package.json "exports") for decimal.js, date-fns, @date-fns/tz, zod.
// Prints one line per check and a closing `browser: N passed, N failed`; exits 1 on any failure.
// A screenshot of the page goes to reports/browser/page.png.
//
// Then it opens the dashboard example, examples/dashboard/ (the steps of
// docs/guides/6-from-data-to-a-dashboard.md: parseTarget, parseIndonesianNumber, assess, project,
// burnUpChart drawn by vega-embed as SVG, a table from toPlain), checks the chart's SVG and the
// table's values, and that the guide shows the page's data and code as they are. Its screenshot
// goes to reports/browser/dashboard.png.
//
// To add a section (a chart, say): make the page call report("<name>", () => value) and add
// "<name>" with its checks to SECTIONS below.
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("../../", import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PAGE_TIMEOUT_MS = 30_000;
// The browser runs in a zone far from Jakarta: results must not depend on the machine's zone.
const BROWSER_TIME_ZONE = "America/New_York";

// ---- expected results (sources: docs/methodology.md and the TSDoc examples in src/) ---------------
const REQUIRED = {
  attainment: "1.85",
  attainmentPercent: "185",
  monthsBetween: "32",
  monthsBetweenFraction: "12.870968",
  isCalendarDate: [true, false],
  isTimeZone: [true, false],
  decimalThird: "0.3333333333333333333333333333333333333333",
  error: { name: "OnboardingTargetsError", code: "out_of_range", path: "goal", isLibraryError: true },
  timeZone: BROWSER_TIME_ZONE,
};
// Checked when the build exports the function ("absent" is reported otherwise).
const OPTIONAL = {
  planToDate: "3750",
  requiredMonthlyRate: "571875",
  burnUpChart: { $schema: "https://vega.github.io/schema/vega-lite/v6.json", layered: true },
};
const libraryChecks = (value) => [
  ...Object.entries(REQUIRED).map(([key, want]) => [key, value?.[key], want]),
  ...Object.entries(OPTIONAL)
    .filter(([key]) => value?.[key] !== "absent")
    .map(([key, want]) => [key, value?.[key], want]),
];
/** section → (its value, all results) → [name, actual, expected][] */
const SECTIONS = {
  iife: (value) => libraryChecks(value),
  esm: (value, all) => [
    ...libraryChecks(value),
    ["same exports as the IIFE", value?.exports, all.iife?.value?.exports],
  ],
  deps: (value) =>
    Object.keys(readJson(join(root, "package.json")).dependencies ?? {}).map((dep) => [
      `${dep} loads`,
      value?.[dep],
      "loaded",
    ]),
  // burnUpChart drawn by vega in the page (locale id): one SVG, the goal and ETA labels, UTC ticks.
  chart: (value) => [
    ["one SVG", value?.svg, 1],
    ["goal label", value?.goal, true],
    ["ETA label", value?.eta, true],
    ["time ticks (UTC scale, Indonesian month names)", value?.ticks, ["Jul 2021", "Okt 2021", "Jan 2022"]],
  ],
};

// ---- the dashboard example ----------------------------------------------------------------------------
const DASHBOARD = "examples/dashboard/";
const GUIDE = "docs/guides/6-from-data-to-a-dashboard.md";
// The table's rows: toPlain(assess(...), { digits: 3 }) for the synthetic Jawa Barat data (baseline
// 250 000 on 2023-12-31, goal 500 000 on 2024-12-31, eight monthly increments summing to 158 400,
// as of 2024-09-15). Worked out by hand, the same values as the guide's `//=>` lines:
//   cumulative 250 000 + 158 400 = 408 400; attainment 408 400 / 500 000 = 0.8168;
//   progress 158 400 / 250 000 = 0.6336; plan to date 250 000 + 250 000 x 8/12 = 416 666.67;
//   pace 158 400 / 166 666.67 = 0.9504; required 91 600 / 4 months = 22 900;
//   run rate (18 100 + 16 900 + 17 600) / 3 = 17 533.33; acceleration 22 900 / 17 533.33 = 1.306;
//   the random walk with drift (assess's default): 158 400 / 8 = 19 800 a month from 408 400 at
//   month 8, so 487 600 at month 12 and 500 000 after 91 600 / 19 800 = 4.626 months, i.e. on
//   2025-01-20 (0.626 of January's 31 days = 19.4 days).
// The chance, 0.215 (22% to the whole percent), is the assessment's probabilityOnTime: P(value at 2024-12-31 >= 500 000) under
// the random walk with drift (the guide's section 3 explains why on track comes with about 22%).
const DASHBOARD_ROWS = [
  ["Status", "on-track"],
  ["As of", "2024-08-31"],
  ["Cumulative", 408400],
  ["Attainment", 0.817],
  ["Progress from baseline", 0.634],
  ["Plan to date", 416666.667],
  ["Pace", 0.95],
  ["Required monthly rate", 22900],
  ["Run rate", 17533.333],
  ["Acceleration needed", 1.306],
  ["Projection", 487600],
  ["Chance on time", 0.215],
  ["ETA", "2025-01-20"],
];

/** What the dashboard page shows, read from its DOM. */
function readDashboard() {
  const svg = document.querySelectorAll("#chart svg");
  const texts = [...document.querySelectorAll("#chart svg text")].map((t) => t.textContent);
  const marks = (cls) => document.querySelectorAll(`#chart svg .${cls} path`).length;
  return {
    state: document.body.dataset.state,
    heading: [document.querySelector("h1")?.textContent, document.getElementById("note")?.textContent],
    error: document.getElementById("error")?.textContent ?? "",
    svg: svg.length,
    canvas: document.querySelectorAll("#chart canvas").length,
    // role-mark groups vega draws: the interval band, the lines, the observed points.
    marks: { area: marks("mark-area"), line: marks("mark-line"), symbol: marks("mark-symbol") },
    title:
      texts.includes("UMKM on-boarded, Jawa Barat (synthetic)") ||
      texts.includes("UMKM yang on-boarding, Jawa Barat (sintetis)"),
    // A multi-line subtitle is one <text> with a <tspan> per line: look inside the texts.
    status: texts.some((t) => t.includes("Status: on track") || t.includes("Status: sesuai jalur")),
    eta: texts.some((t) => /20 Jan 2025/.test(t)),
    chance: texts.some((t) => /(Chance of the goal by|Peluang tercapai hingga) 31 De[cs] 2024: 22%/.test(t)),
    rows: [...document.querySelectorAll("#table tbody tr")].map((tr) => [
      tr.querySelector("th")?.textContent,
      JSON.parse(tr.querySelector("td")?.dataset.value ?? "null"),
    ]),
    cells: Object.fromEntries(
      [...document.querySelectorAll("#table tbody tr")].map((tr) => [
        tr.querySelector("th")?.textContent,
        tr.querySelector("td")?.textContent,
      ]),
    ),
    importMap: JSON.parse(document.querySelector('script[type="importmap"]')?.textContent ?? "{}"),
  };
}

/** The guide's fenced blocks of one language, as text. */
function fenced(markdown, lang) {
  return [...markdown.matchAll(/^```(\w+)[^\n]*\n([\s\S]*?)^```$/gm)].filter((m) => m[1] === lang).map((m) => m[2]);
}

function dashboardChecks(value) {
  const generated = importMap().imports;
  const pageMap = value?.importMap?.imports ?? {};
  const self = readJson(join(root, "package.json"));
  const needed = [self.name, `${self.name}/schemas`, ...Object.keys(self.dependencies ?? {})];
  const guide = readFileSync(join(root, GUIDE), "utf8");
  const file = (name) => readFileSync(join(root, DASHBOARD, name), "utf8");
  const trimmedLines = (text) =>
    text
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
  const pageLines = new Set(trimmedLines(file("index.html")));
  return [
    ["page ready", value?.state === "ready" ? "ready" : `${value?.state}: ${value?.error}`, "ready"],
    ["one SVG, no canvas", [value?.svg, value?.canvas], [1, 0]],
    // Layers with marks: the interval band; plan, projection and actual lines; the observed points.
    [
      "marks drawn (area, lines, points)",
      [value?.marks?.area > 0, value?.marks?.line >= 3, value?.marks?.symbol > 0],
      [true, true, true],
    ],
    [
      "title, status, ETA label and chance",
      [value?.title, value?.status, value?.eta, value?.chance],
      [true, true, true, true],
    ],
    ["table values (toPlain, 3 digits)", value?.rows, DASHBOARD_ROWS],
    [
      "table text: words, percentages, local dates",
      ["Status", "Plan to date", "Attainment", "Chance on time", "ETA"].map((k) => value?.cells?.[k]),
      ["on track", "416,667", "81.7%", "22%", "20 January 2025"],
    ],
    [
      "table text in Bahasa Indonesia (?lang=id)",
      ["Status", "Rencana s.d. tanggal", "Capaian", "Peluang tepat waktu", "Perkiraan tercapai"].map(
        (k) => value?.id?.cells?.[k],
      ),
      ["sesuai jalur", "416.667", "81,7%", "22%", "20 Januari 2025"],
    ],
    ["chart in Bahasa Indonesia", [value?.id?.title, value?.id?.status, value?.id?.chance], [true, true, true]],
    [
      "page heading in the reader's language",
      [value?.heading, value?.id?.heading],
      [
        ["UMKM on-boarded, Jawa Barat, 2024", "Synthetic figures (illustrative). Assessed as of 15 September 2024."],
        ["UMKM yang on-boarding, Jawa Barat, 2024", "Angka sintetis (ilustrasi). Dinilai per 15 September 2024."],
      ],
    ],
    // The page's hand-written import map agrees with package.json "exports" and the dependencies.
    ["import map has the package and its dependencies", needed.filter((k) => !(k in pageMap)), []],
    [
      "import map agrees with the packages' exports",
      Object.entries(pageMap)
        .filter(([k, v]) => generated[k] !== v)
        .map(([k]) => k),
      [],
    ],
    // The guide shows the page's data and code as they are.
    ["guide holds target.json", guide.includes(file("target.json").trim()), true],
    ["guide holds onboarded-2024.csv", guide.includes(file("onboarded-2024.csv")), true],
    ["guide's js is dashboard.js", fenced(guide, "js").map((block) => file("dashboard.js").includes(block)), [true]],
    [
      "guide's html is in index.html",
      fenced(guide, "html")
        .flatMap(trimmedLines)
        .filter((l) => !pageLines.has(l)),
      [],
    ],
  ];
}

// ---- import map from package.json "exports" ----------------------------------------------------------
const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));

function pick(entry) {
  if (typeof entry === "string") return entry;
  if (entry === null || typeof entry !== "object" || Array.isArray(entry)) return undefined;
  for (const condition of ["browser", "import", "module", "default"]) {
    if (condition in entry) {
      const found = pick(entry[condition]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

function addPackage(imports, name, urlBase, pkg) {
  const exportsField = pkg.exports ?? { ".": pkg.module ?? pkg.main ?? "./index.js" };
  const entries =
    typeof exportsField === "string" || !Object.keys(exportsField).some((k) => k.startsWith("."))
      ? { ".": exportsField }
      : exportsField;
  for (const [subpath, entry] of Object.entries(entries)) {
    const file = pick(entry);
    if (file === undefined || subpath.includes("*") || !/\.m?js$/.test(file)) continue;
    imports[subpath === "." ? name : `${name}${subpath.slice(1)}`] = `${urlBase}${file.replace(/^\.\//, "")}`;
  }
  imports[`${name}/`] ??= urlBase; // deep imports not listed in "exports"
}

function importMap() {
  const self = readJson(join(root, "package.json"));
  const imports = {};
  addPackage(imports, self.name, "/", self);
  const seen = new Set();
  const visit = (deps) => {
    for (const dep of Object.keys(deps ?? {})) {
      if (seen.has(dep)) continue;
      seen.add(dep);
      const pkg = readJson(join(root, "node_modules", dep, "package.json"));
      addPackage(imports, dep, `/node_modules/${dep}/`, pkg);
      visit(pkg.dependencies);
    }
  };
  visit(self.dependencies);
  delete imports[`${self.name}/`]; // only what "exports" allows, for this package
  return { imports };
}

// ---- static server on 127.0.0.1 ------------------------------------------------------------------------
const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".cjs": "text/javascript",
  ".json": "application/json",
  ".map": "application/json",
  ".css": "text/css",
};
const SERVED = ["dist/", "node_modules/", "test/browser/", DASHBOARD];

function startServer() {
  const page = readFileSync(join(root, "test/browser/index.html"), "utf8").replace(
    "<!--IMPORT-MAP-->",
    `<script type="importmap">\n${JSON.stringify(importMap(), null, 2)}\n</script>`,
  );
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    if (path === "/" || path === "/index.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
      return;
    }
    const rel = normalize(path.slice(1) + (path.endsWith("/") ? "index.html" : ""));
    const file = join(root, rel);
    const allowed = SERVED.some((p) => rel.split(sep).join("/").startsWith(p)) && !rel.startsWith("..");
    if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end(`not found: ${path}`);
      return;
    }
    res
      .writeHead(200, { "content-type": `${TYPES[extname(file)] ?? "application/octet-stream"}; charset=utf-8` })
      .end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// ---- run --------------------------------------------------------------------------------------------------
const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);

async function main() {
  for (const f of ["dist/index.js", "dist/onboarding-targets.global.js"]) {
    if (!existsSync(join(root, f)))
      throw new Error(`${f} is missing: run \`npm run build\` first (npm run test:browser does).`);
  }
  if (!existsSync(CHROMIUM))
    throw new Error(
      `${CHROMIUM} not found: apt-get install -y --no-install-recommends chromium (or set CHROMIUM_PATH)`,
    );

  const server = await startServer();
  const { port } = server.address();
  const url = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  const problems = [];
  let results = {};
  let pageErrors = [];
  let dashboard;
  try {
    const context = await browser.newContext({ timezoneId: BROWSER_TIME_ZONE, viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console error: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? "?"})`));
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    console.log(`browser: ${await browser.version()} (${CHROMIUM}), page ${url}, time zone ${BROWSER_TIME_ZONE}`);
    await page.goto(url, { waitUntil: "load" });
    const sections = Object.keys(SECTIONS);
    try {
      await page.waitForFunction((names) => names.every((n) => window.__results && n in window.__results), sections, {
        timeout: PAGE_TIMEOUT_MS,
      });
    } catch {
      problems.push(`timed out after ${PAGE_TIMEOUT_MS} ms waiting for sections: ${sections.join(", ")}`);
    }
    results = await page.evaluate(() => window.__results ?? {});
    pageErrors = await page.evaluate(() => window.__pageErrors ?? []);
    const shot = join(root, "reports/browser/page.png");
    mkdirSync(join(root, "reports/browser"), { recursive: true });
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`screenshot: ${shot.slice(root.length)}`);

    const board = await context.newPage();
    board.on("console", (m) => {
      if (m.type() === "error") problems.push(`dashboard console error: ${m.text()}`);
    });
    board.on("pageerror", (e) => problems.push(`dashboard page error: ${e.message}`));
    board.on("requestfailed", (r) =>
      problems.push(`dashboard request failed: ${r.url()} (${r.failure()?.errorText ?? "?"})`),
    );
    board.on("response", (r) => {
      if (r.status() >= 400) problems.push(`dashboard HTTP ${r.status()}: ${r.url()}`);
    });
    await board.setViewportSize({ width: 1100, height: 720 });
    await board.goto(`${url}${DASHBOARD}`, { waitUntil: "load" });
    try {
      await board.waitForFunction(() => document.body.dataset.state !== "loading", undefined, {
        timeout: PAGE_TIMEOUT_MS,
      });
    } catch {
      problems.push(`timed out after ${PAGE_TIMEOUT_MS} ms waiting for the dashboard`);
    }
    dashboard = await board.evaluate(readDashboard);
    const boardShot = join(root, "reports/browser/dashboard.png");
    await board.screenshot({ path: boardShot, fullPage: true });
    console.log(`screenshot: ${boardShot.slice(root.length)}`);
    // The same page in Bahasa Indonesia, as the language switch opens it.
    await board.goto(`${url}${DASHBOARD}?lang=id`, { waitUntil: "load" });
    try {
      await board.waitForFunction(() => document.body.dataset.state !== "loading", undefined, {
        timeout: PAGE_TIMEOUT_MS,
      });
    } catch {
      problems.push(`timed out after ${PAGE_TIMEOUT_MS} ms waiting for the dashboard in Bahasa Indonesia`);
    }
    dashboard = { ...dashboard, id: await board.evaluate(readDashboard) };
    const idShot = join(root, "reports/browser/dashboard.id.png");
    await board.screenshot({ path: idShot, fullPage: true });
    console.log(`screenshot: ${idShot.slice(root.length)}`);
  } finally {
    await browser.close();
    server.close();
  }

  let passed = 0;
  let failed = 0;
  const record = (ok, label, detail = "") => {
    if (ok) passed++;
    else failed++;
    console.log(`${ok ? "  ok  " : "  FAIL"} ${label}${detail ? `: ${detail}` : ""}`);
  };
  for (const [section, checks] of Object.entries(SECTIONS)) {
    const entry = results[section];
    if (!entry) {
      record(false, `${section}: reported`, "the page never reported this section");
      continue;
    }
    if (!entry.ok) {
      record(false, `${section}: ran`, entry.error);
      continue;
    }
    record(true, `${section}: ran`);
    for (const [name, actual, expected] of checks(entry.value, results)) {
      record(
        sameJson(actual, expected),
        `${section}: ${name}`,
        sameJson(actual, expected)
          ? JSON.stringify(actual).slice(0, 80)
          : `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
      );
    }
  }
  for (const [name, actual, expected] of dashboardChecks(dashboard)) {
    const ok = sameJson(actual, expected);
    record(
      ok,
      `dashboard: ${name}`,
      ok ? JSON.stringify(actual).slice(0, 80) : `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
    );
  }
  const notes = [...problems, ...pageErrors.map((e) => `window error: ${e}`)];
  record(notes.length === 0, "no page errors, failed requests or console errors", notes.join("\n        "));
  console.log(`browser: ${passed} passed, ${failed} failed`);
  return failed === 0;
}

const watchdog = setTimeout(() => {
  console.error("browser: gave up after 120 s");
  console.log("browser: 0 passed, 1 failed");
  process.exit(1);
}, 120_000);
watchdog.unref();

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error) => {
    console.error(`browser: ${error instanceof Error ? error.message : String(error)}`);
    console.log("browser: 0 passed, 1 failed");
    process.exit(1);
  },
);
