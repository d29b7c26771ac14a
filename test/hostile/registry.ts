// The hostile-input registry: for every exported function, valid baseline arguments. The harness
// corrupts each argument, and each field inside each argument, with the tables in values.ts.
// hostile.test.ts fails when an exported function has no entry here, so coverage grows with the API.
import * as lib from "../../src/index.js";
import { assess, Decimal, project } from "../../src/index.js";
import type { Kind } from "./sites.js";

export interface HostileEntry {
  /** Valid arguments (a call with them must succeed), made fresh for each call. */
  readonly args: () => unknown[];
  /** More valid argument lists, by name, corrupted the same way (e.g. each phasing kind). */
  readonly alternatives?: Readonly<Record<string, () => unknown[]>>;
  /**
   * Kind overrides by dotted path (`"0"` is the first argument, `"0.goal.value"` a field in it),
   * where the kind inferred from the baseline value is too narrow (e.g. `"decimal"` for a number
   * that may also be a decimal string, `"any"` for a parameter typed `unknown`).
   */
  readonly kinds?: Readonly<Record<string, Kind>>;
  /** Arguments that take a series, for the 10-million-entry test; `column` when a Float64Array of epoch ms is accepted too. */
  readonly series?: readonly { readonly arg: number; readonly column?: boolean }[];
}

/** Exported functions that are not plain library functions, with the reason they are left out. */
export const EXEMPT: Readonly<Record<string, string>> = {
  Decimal:
    "the decimal.js class itself (a Decimal.clone); its behaviour on bad input is decimal.js's, and the library's boundary is toDecimal",
  OnboardingTargetsError: "the error class: a constructor, not a computation",
};

// Valid building blocks, after the BBI figures (methodology: seed case, 11.7 million on 2021-04-30
// towards 30 million on 2023-12-31).
export const target = () => ({
  id: "umkm-digital",
  name: "UMKM on digital platforms",
  metric: "umkm-onboarded",
  unit: "enterprises",
  direction: "increase",
  timeZone: "Asia/Jakarta",
  baseline: { date: "2021-04-30", value: 11_700_000 },
  goal: { date: "2023-12-31", value: 30_000_000 },
  phasing: { kind: "linear" },
  scope: { region: "31", sector: "47911", size: "micro" },
  parentId: "bbi",
});
/** The same target with each phasing kind: 32 months intersect (2021-04-30, 2023-12-31]. */
export const seasonalTarget = () => ({
  ...target(),
  phasing: { kind: "seasonal", profile: [1, 1, 1, 2, 1, 1, 1, 2, 1, 1, 1, 2] },
});
export const weightedTarget = () => ({
  ...target(),
  phasing: { kind: "monthly-weights", weights: Array.from({ length: 32 }, (_, i) => (i % 4 === 3 ? 2 : 1)) },
});
export const milestoneTarget = () => ({
  ...target(),
  phasing: {
    kind: "milestones",
    points: [
      { date: "2021-12-31", value: 15_000_000 },
      { date: "2022-12-31", value: 22_000_000 },
    ],
  },
});
export const decreaseTarget = () => ({
  ...target(),
  direction: "decrease",
  baseline: { date: "2021-04-30", value: 5_000 },
  goal: { date: "2023-12-31", value: 1_000 },
});

export const observations = () => [
  { date: "2021-06-30", value: 12_900_000, kind: "cumulative", source: "dashboard", note: "monthly report" },
  { date: "2021-09-30", value: 14_800_000 },
  { date: "2021-12-31", value: 16_000_000, correction: false },
];
export const observation = () => ({ date: "2021-12-31", value: 16_000_000 });
/** The composite example (methodology): goal 10 000 by month 24 from 0, 3 000 at month 9. */
export const composite = () => ({
  id: "t",
  unit: "UMKM",
  baseline: { date: "2022-12-31", value: 0 },
  goal: { date: "2024-12-31", value: 10_000 },
});
export const compositeObservations = () => [
  { date: "2023-03-31", value: 900 },
  { date: "2023-06-30", value: 2000 },
  { date: "2023-09-30", value: 3000 },
];
/** The first `n` (at most 11) month ends of a running count from 2024-01-31, for the backtest and `auto`. */
export const monthlyObservations = (n = 8) =>
  [100, 220, 310, 450, 520, 640, 700, 830, 900, 1010, 1150].slice(0, n).map((value, i) => ({
    date: new Date(Date.UTC(2024, i + 1, 0)).toISOString().slice(0, 10),
    value,
  }));
export const enterprise = () => ({
  id: "NIB-1",
  name: "Warung Sari",
  size: "micro",
  sector: "47911",
  region: "31",
  platform: "marketplace",
  onboardedAt: "2021-05-01",
  capital: "800000000",
  annualSales: 3_000_000_000,
  workers: 5,
});
export const programme = () => ({
  id: "bbi",
  name: "Bangga Buatan Indonesia",
  targets: [
    {
      id: "national",
      baseline: { date: "2021-04-30", value: 11_700_000 },
      goal: { date: "2023-12-31", value: 30_000_000 },
    },
    { ...target(), id: "dki", parentId: "national" },
  ],
  observations: { national: observations(), dki: [observation()] },
});
const events = () => ["2021-04-02", "2021-04-30T20:00:00Z", "2021-06-15"];

/** One function with a target first and `rest` after, under every phasing kind. */
const withEveryPhasing = (rest: () => unknown[]) => ({
  seasonal: () => [seasonalTarget(), ...rest()],
  weights: () => [weightedTarget(), ...rest()],
  milestones: () => [milestoneTarget(), ...rest()],
  decrease: () => [decreaseTarget(), ...rest()],
});

const projectionOptions = () => ({
  method: "linear",
  until: "2024-12-31",
  asOf: "2023-09-30",
  period: "month",
  confidence: 0.9,
  baseline: { date: "2022-12-31", value: 0 },
  fitOn: "cumulative",
  direction: "increase",
});

/** The target with its revision of March 2022: 30 million by 2024, milestones for 2022 and 2023. */
export const revisedTarget = () => ({
  ...target(),
  revisions: [
    {
      announced: "2022-03-28",
      goal: { date: "2024-12-31", value: 30_000_000 },
      phasing: {
        kind: "milestones",
        points: [
          { date: "2022-12-31", value: 20_000_000 },
          { date: "2023-12-31", value: 24_000_000 },
        ],
      },
    },
  ],
});

/** Reports of three counters, with a same-date conflict and a fall (after the published UMKM record). */
export const reports = () => [
  { date: "2021-12-31", value: 16_400_000, source: "KemenkopUKM", note: "Refleksi 2022" },
  { date: "2021-12-31", value: 17_200_000, source: "BBI" },
  { date: "2022-03-28", value: 17_590_000, source: "KemenkopUKM" },
  { date: "2022-08-31", value: 20_200_000, source: "idEA" },
  { date: "2022-09-30", value: 19_950_000, source: "KemenkopUKM" },
  { date: "2022-11-01", value: 20_500_000, source: "KemenkopUKM" },
];

export const REGISTRY: Readonly<Record<string, HostileEntry>> = {
  // periods
  monthsBetween: { args: () => ["2021-04-30", "2023-12-31"] },
  isCalendarDate: { args: () => ["2024-02-29"], kinds: { "0": "any" } },
  isTimeZone: { args: () => ["Asia/Makassar"], kinds: { "0": "any" } },
  // model
  classifyEnterprise: {
    args: () => [enterprise(), { rule: "PP-7-2021", criterion: "auto" }],
    alternatives: {
      industry: () => [{ id: "IKM-1", workers: 25, capital: 2_000_000_000 }, { rule: "Permenperin-64-2016" }],
      old: () => [enterprise(), { rule: "UU-20-2008", criterion: "annualSales" }],
    },
  },
  // progress
  attainment: { args: () => [3_700_000, 2_000_000], kinds: { "0": "decimal", "1": "decimal" } },
  progressFromBaseline: {
    args: () => [target(), 21_000_000],
    kinds: { "1": "decimal" },
    alternatives: withEveryPhasing(() => [21_000_000]),
  },
  planToDate: { args: () => [target(), "2022-06-15"], alternatives: withEveryPhasing(() => ["2022-06-15"]) },
  allocatePlan: {
    args: () => [target(), { period: "month" }],
    alternatives: withEveryPhasing(() => [{ period: "quarter" }]),
  },
  requiredMonthlyRate: { args: () => [target(), observation()], alternatives: withEveryPhasing(() => [observation()]) },
  pace: {
    args: () => [composite(), { date: "2023-09-30", value: 3000 }],
    alternatives: withEveryPhasing(() => [observation()]),
  },
  runRate: {
    args: () => [
      compositeObservations(),
      {
        asOf: "2023-09-30",
        months: 3,
        baseline: { date: "2022-12-31", value: 0 },
        onDecrease: "warn",
        direction: "increase",
      },
    ],
    alternatives: {
      increments: () => [
        [
          { date: "2024-01-31", value: 100 },
          { date: "2024-02-29", value: 40, kind: "increment" },
        ],
        { asOf: "2024-02-29", months: "1.5" },
      ],
    },
    series: [{ arg: 0 }],
  },
  accelerationNeeded: {
    args: () => [composite(), compositeObservations(), { asOf: "2023-09-30", months: 3, onDecrease: "warn" }],
    alternatives: withEveryPhasing(() => [observations(), { asOf: "2021-12-31" }]),
    series: [{ arg: 1 }],
  },
  // series
  cumulativeSeries: {
    args: () => [
      events(),
      {
        period: "month",
        timeZone: "Asia/Jakarta",
        from: "2021-04-01",
        to: "2021-12-31",
        start: 10,
        weekStartsOn: 1,
        afterTo: "exclude",
        decreasing: "warn",
        onWarning: () => undefined,
      },
    ],
    alternatives: {
      observations: () => [observations(), { period: "quarter", from: "2021-05-01" }],
      column: () => [
        new Float64Array([Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2)]),
        { period: "year", groupBy: ["31", "32"], start: { "31": 1 } },
      ],
      enterprises: () => [
        [enterprise(), { ...enterprise(), id: "NIB-2", onboardedAt: "2021-06-01T10:00:00+07:00" }],
        { period: "week", groupBy: () => "31" },
      ],
      days: () => [events(), { period: "day", timeZone: "Pacific/Chatham" }],
    },
    series: [{ arg: 0, column: true }],
  },
  mergeSeries: {
    args: () => [
      [
        [{ period: "2021-01", start: "2021-01-01", end: "2021-01-31", increment: 1, cumulative: 1 }],
        [
          { period: "2021-02", start: "2021-02-01", end: "2021-02-28", increment: 1, cumulative: 1 },
          { period: "2021-03", start: "2021-03-01", end: "2021-03-31", increment: 2, cumulative: 3 },
        ],
      ],
      { weekStartsOn: 1 },
    ],
  },
  fromCounts: {
    args: () => [
      [
        { period: "2021-07", count: 5 },
        { period: "2021-05-01", count: 3 },
      ],
      { period: "month", from: "2021-05-01", to: "2021-12-31", start: 0, afterTo: "error", onWarning: () => undefined },
    ],
    alternatives: {
      groups: () => [
        [
          { period: "2021", group: "31", count: 5 },
          { period: "2022", group: "32", count: 3 },
        ],
        { period: "year" },
      ],
    },
    series: [{ arg: 0 }],
  },
  // projection and assessment
  project: {
    args: () => [compositeObservations(), projectionOptions()],
    alternatives: {
      "run-rate": () => [compositeObservations(), { ...projectionOptions(), method: "run-rate", window: 3 }],
      increments: () => [compositeObservations(), { ...projectionOptions(), fitOn: "increments", period: "week" }],
      cagr: () => [
        compositeObservations(),
        { ...projectionOptions(), method: "cagr", baseline: { date: "2022-12-31", value: 100 } },
      ],
      logistic: () => [compositeObservations(), { ...projectionOptions(), method: "logistic", capacity: 12_000 }],
      bass: () => [
        compositeObservations(),
        { ...projectionOptions(), method: "bass", bass: { p: 0.03, q: 0.38, M: 12_000 } },
      ],
      damped: () => [
        compositeObservations(),
        { ...projectionOptions(), method: "damped", damped: { alpha: 0.5, beta: 0.1, phi: 0.9 } },
      ],
      // 11 points: the fewest with three origins to compare the methods on (at 3 months).
      auto: () => [monthlyObservations(11), { method: "auto", until: "2025-06-30" }],
      reconcile: () => [
        reports(),
        {
          method: "linear",
          until: "2024-12-31",
          asOf: "2022-12-31",
          reconcile: { prefer: ["BBI"], sameDate: "latest" },
        },
      ],
    },
    series: [{ arg: 0 }],
  },
  backtest: {
    args: () => [
      monthlyObservations(),
      {
        methods: ["linear", "run-rate"],
        horizons: [1, 3],
        minPoints: 3,
        asOf: "2024-08-31",
        confidence: 0.9,
        baseline: { date: "2023-12-31", value: 0 },
        fitOn: "increments",
        window: 3,
        direction: "increase",
        intervals: true,
      },
    ],
    alternatives: {
      defaults: () => [monthlyObservations()],
      curves: () => [
        monthlyObservations(),
        {
          methods: ["logistic", "bass", "damped", "cagr"],
          capacity: 2_000,
          bass: { p: 0.03, q: 0.38, M: 2_000 },
          damped: { alpha: 0.5, beta: 0.1, phi: 0.9 },
          intervals: false,
        },
      ],
    },
    series: [{ arg: 0 }],
  },
  assess: {
    args: () => [
      composite(),
      compositeObservations(),
      {
        asOf: "2023-10-15",
        method: "linear",
        preset: "default",
        thresholds: { onTrack: 0.95, needsAcceleration: 0.6, offTrack: 0 },
        locale: "id",
        confidence: 0.9,
      },
    ],
    alternatives: {
      ...withEveryPhasing(() => [observations(), { asOf: "2022-01-15" }]),
      "open-sdg": () => [
        composite(),
        compositeObservations(),
        { asOf: "2023-10-15", preset: "open-sdg", method: "cagr" },
      ],
      destatis: () => [composite(), compositeObservations(), { asOf: "2023-10-15", preset: "destatis" }],
      revised: () => [revisedTarget(), reports().slice(1), { asOf: "2022-06-30", locale: "id" }],
      reconcile: () => [
        target(),
        reports(),
        { asOf: "2022-12-31", reconcile: { prefer: ["KemenkopUKM"], outliers: "drop", weights: { BBI: 2 } } },
      ],
      "no data": () => [composite(), [], { asOf: "2023-10-15" }],
      // 10 month ends and the baseline: the fewest points with three origins for auto's backtest (at 3 months).
      auto: () => [
        { ...composite(), baseline: { date: "2023-12-31", value: 0 }, goal: { date: "2025-06-30", value: 2000 } },
        monthlyObservations(10),
        { asOf: "2024-10-31", method: "auto" },
      ],
    },
    series: [{ arg: 1 }],
  },
  assessProgramme: {
    args: () => [
      {
        id: "bbi",
        targets: [
          { id: "national", baseline: { date: "2022-12-31", value: 0 }, goal: { date: "2024-12-31", value: 10_000 } },
          {
            id: "jawa-barat",
            parentId: "national",
            baseline: { date: "2022-12-31", value: 0 },
            goal: { date: "2024-12-31", value: 6000 },
          },
          {
            id: "papua",
            parentId: "national",
            baseline: { date: "2022-12-31", value: 0 },
            goal: { date: "2024-12-31", value: 4000 },
          },
        ],
        observations: {
          "jawa-barat": [
            { date: "2023-06-30", value: 1500 },
            { date: "2023-09-30", value: 2400 },
          ],
          papua: [{ date: "2023-09-30", value: 600 }],
        },
      },
      { asOf: "2023-10-15", preset: "evm", locale: "en" },
    ],
    alternatives: { programme: () => [programme(), { asOf: "2022-01-15" }] },
  },
  // locale
  goalInForce: { args: () => [revisedTarget(), "2022-06-30"] },
  assessOverTime: {
    args: () => [
      revisedTarget(),
      reports().slice(1),
      { asOf: ["2022-01-31", "2022-06-30", "2022-12-31"], locale: "id", confidence: 0.9 },
    ],
    alternatives: {
      monthly: () => [
        revisedTarget(),
        reports(),
        { asOf: { every: "month", from: "2022-01-31", to: "2022-12-31" }, reconcile: { prefer: ["BBI"] } },
      ],
    },
  },
  outlookChart: {
    args: () => [
      lib.assessOverTime(revisedTarget() as never, reports().slice(1), {
        asOf: ["2022-01-31", "2022-06-30", "2022-12-31"],
      }),
      { locale: "id", title: "Outlook", width: 600 },
    ],
  },
  reconcile: {
    args: () => [
      reports(),
      {
        prefer: ["KemenkopUKM", "BBI"],
        sameDate: "median",
        monotone: true,
        outliers: "keep",
        outlierThreshold: 3.5,
        weights: { idEA: 2 },
        direction: "increase",
      },
    ],
  },
  extractFigures: {
    args: () => ["Hingga 1 November 2022 telah tercapai sebanyak 20,5 juta UMKM, hampir 21 juta; 13.5 million SMEs"],
  },
  parseIndonesianNumber: {
    args: () => ["3,7 juta"],
    alternatives: { money: () => ["Rp1.000.000.000,00"], short: () => ["500 rb"] },
  },
  parseIndonesianFigure: { args: () => ["3.000 lebih"], alternatives: { money: () => ["Rp1.000.000.000,00"] } },
  formatCount: {
    args: () => [11_700_000, { locale: "id", style: "long", maximumFractionDigits: 1 }],
    kinds: { "0": "decimal" },
    alternatives: {
      compact: () => ["1200000000", { locale: "en", style: "compact" }],
      full: () => [3_700_000, { style: "full" }],
    },
  },
  checkConsistency: { args: () => [["3,7 juta", "3.000 lebih", 3_690_000], { tolerance: "0.05", locale: "id" }] },
  // charts
  burnUpChart: {
    args: () => [
      { target: target(), observations: observations(), asOf: "2021-12-31" },
      { locale: "id", title: "Burn-up", width: 640, height: 320 },
    ],
    alternatives: {
      series: () => [
        {
          target: milestoneTarget(),
          series: [
            { date: "2021-06-30", value: "12900000" },
            { date: "2021-12-31", value: 16_000_000 },
          ],
          projection: {
            points: [{ date: "2022-12-31", value: 25_000_000, lower: 20_000_000, upper: 30_000_000 }],
            confidence: 0.9,
          },
          eta: { date: "2024-03-31", reason: "at the current pace" },
          asOf: "2021-12-31",
        },
        { locale: "en", planAt: () => 20_000_000 },
      ],
    },
  },
  // An assessment with three reports (an interval, an ETA range and a chance), as assess returns it.
  assessmentChart: {
    args: () => [
      composite(),
      compositeObservations(),
      // The assessment's preset thresholds are a shared frozen table: a copy lets the harness corrupt them.
      assessmentCopy(),
      { locale: "id", subtitle: false },
    ],
  },
  // plain data: a result-shaped value (Decimals, floats, dates, nulls, nested points) and a real projection
  toPlain: {
    args: () => [
      {
        targetId: "umkm",
        asOf: "2022-04-15",
        attainment: new Decimal(16_600_000).div(30_000_000),
        required: {
          state: "in-progress",
          months: new Decimal(21),
          perMonth: new Decimal(13_400_000).div(21),
          perMonthReason: null,
        },
        measure: { value: 0.7646048109965637, reason: null },
        points: [
          { date: "2022-12-31", value: 25_692_268.041237116, lower: null },
          { date: "2023-12-31", value: 30_154_195.624206014, lower: 21_230_340.458268218 },
        ],
        onTrack: false,
      },
      { digits: 2 },
    ],
    alternatives: {
      projection: () => [
        project(compositeObservations(), {
          method: "linear",
          until: "2023-12-31",
          baseline: { date: "2022-12-31", value: 0 },
        }),
      ],
    },
    // toPlain copies strings as they are: to it a date is a string (an impossible date in, the same
    // string out), so these sites get the string table, not the date table. The projection has
    // three points (October to December 2023): 0 and 2 are the first and last.
    kinds: Object.fromEntries(
      ["0.asOf", "0.points.0.date", "0.points.1.date", "0.origin.date", "0.points.2.date"].map((p) => [
        p,
        "string" as const,
      ]),
    ),
  },
  // schemas entry point
  parseTarget: {
    args: () => [target()],
    alternatives: {
      seasonal: () => [seasonalTarget()],
      weights: () => [weightedTarget()],
      milestones: () => [milestoneTarget()],
    },
  },
  safeParseTarget: { args: () => [target()], alternatives: { milestones: () => [milestoneTarget()] } },
  parseObservations: { args: () => [observations()], series: [{ arg: 0 }] },
  safeParseObservations: { args: () => [observations()], series: [{ arg: 0 }] },
  parseEnterprise: { args: () => [enterprise()] },
  safeParseEnterprise: { args: () => [enterprise()] },
  parseProgramme: { args: () => [programme()] },
  safeParseProgramme: { args: () => [programme()] },
  toJSON: { args: () => [{ ...enterprise(), capital: new Decimal("1e-7") }] },
  fromJSON: {
    args: () => ["target", JSON.parse(JSON.stringify(milestoneTarget()))],
    alternatives: {
      enterprise: () => ["enterprise", { id: "NIB-1", capital: "0.0000001" }],
      observations: () => ["observations", observations()],
      programme: () => ["programme", JSON.parse(JSON.stringify(programme()))],
    },
  },
  targetJSONSchema: { args: () => [] },
  observationsJSONSchema: { args: () => [] },
  enterpriseJSONSchema: { args: () => [] },
  programmeJSONSchema: { args: () => [] },
};

function assessmentCopy() {
  const a = assess(composite(), [...compositeObservations(), { date: "2023-11-30", value: 3600 }], {
    asOf: "2023-12-15",
  });
  return { ...a, measure: { ...a.measure, thresholds: { ...a.measure.thresholds } } };
}
