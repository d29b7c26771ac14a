/**
 * The words a person reads, one table per language: the explanations, the chart, the glossary and
 * the examples take their statuses, methods and measures from here, so that a status reads the same
 * in a sentence, on a chart and in a table.
 * @module
 */
import type { Locale } from "./constants.js";

/**
 * The words of one language: what each status, projection method and measure is called.
 *
 * @category Vocabulary
 */
export interface Phrases {
  /** Each assessment status, in lower case as it sits in a sentence: `"on track"`, `"sesuai jalur"`. */
  readonly statuses: Readonly<
    Record<"achieved" | "on-track" | "needs-acceleration" | "off-track" | "regressing" | "insufficient-data", string>
  >;

  /** Each projection method: `"linear trend"`, `"tren linear"`. */
  readonly methods: Readonly<Record<"run-rate" | "linear" | "cagr" | "logistic" | "bass" | "damped", string>>;

  /** The measures and terms of an assessment, capitalised as a label: `"Attainment"`, `"Capaian"`. */
  readonly measures: Readonly<
    Record<
      | "baseline"
      | "goal"
      | "attainment"
      | "progressFromBaseline"
      | "planToDate"
      | "pace"
      | "requiredMonthlyRate"
      | "runRate"
      | "accelerationNeeded"
      | "projection"
      | "interval"
      | "eta"
      | "chance"
      | "backtest"
      | "cumulative"
      | "increment"
      | "asOf"
      | "status"
      | "onboarding",
      string
    >
  >;
}

/**
 * The library's words in English and Bahasa Indonesia. The Indonesian terms are those of Indonesian
 * planning practice ("baseline", "capaian", "target", "belum sesuai jalur", "uji balik"); the
 * glossary guide lists them with their sources.
 *
 * @category Vocabulary
 * @example
 * ```ts
 * import { PHRASES } from "onboarding-targets";
 * [PHRASES.en.statuses["off-track"], PHRASES.id.statuses["off-track"]];
 * //=> ["off track", "belum sesuai jalur"]
 * ```
 */
export const PHRASES: Readonly<Record<Locale, Phrases>> = {
  en: {
    statuses: {
      achieved: "achieved",
      "on-track": "on track",
      "needs-acceleration": "needs acceleration",
      "off-track": "off track",
      regressing: "regressing",
      "insufficient-data": "insufficient data",
    },
    methods: {
      "run-rate": "run rate",
      linear: "linear trend",
      cagr: "compound growth",
      logistic: "logistic curve",
      bass: "Bass diffusion",
      damped: "damped trend",
    },
    measures: {
      baseline: "Baseline",
      goal: "Goal",
      attainment: "Attainment",
      progressFromBaseline: "Progress from baseline",
      planToDate: "Plan to date",
      pace: "Pace",
      requiredMonthlyRate: "Required monthly rate",
      runRate: "Run rate",
      accelerationNeeded: "Acceleration needed",
      projection: "Projection",
      interval: "Interval",
      eta: "ETA",
      chance: "Chance on time",
      backtest: "Backtest",
      cumulative: "Cumulative",
      increment: "Increment",
      asOf: "As of",
      status: "Status",
      onboarding: "On-boarding",
    },
  },
  id: {
    statuses: {
      achieved: "tercapai",
      "on-track": "sesuai jalur",
      "needs-acceleration": "perlu percepatan",
      "off-track": "belum sesuai jalur",
      regressing: "menjauh dari target",
      "insufficient-data": "data belum cukup",
    },
    methods: {
      "run-rate": "laju berjalan",
      linear: "tren linear",
      cagr: "pertumbuhan majemuk",
      logistic: "kurva logistik",
      bass: "difusi Bass",
      damped: "tren teredam",
    },
    measures: {
      baseline: "Baseline",
      goal: "Target",
      attainment: "Capaian",
      progressFromBaseline: "Kemajuan dari baseline",
      planToDate: "Rencana s.d. tanggal",
      pace: "Laju relatif",
      requiredMonthlyRate: "Laju bulanan yang diperlukan",
      runRate: "Laju berjalan",
      accelerationNeeded: "Percepatan yang diperlukan",
      projection: "Proyeksi",
      interval: "Rentang",
      eta: "Perkiraan tercapai",
      chance: "Peluang tepat waktu",
      backtest: "Uji balik",
      cumulative: "Kumulatif",
      increment: "Pertambahan",
      asOf: "Posisi per",
      status: "Status",
      onboarding: "On-boarding",
    },
  },
};
