import type { Target } from "../../model/types.js";
import type { Assessment, AssessmentStatus } from "../types.js";
import { formatDay, formatMonth, formatNumber, formatPercent } from "./formatNumber.js";

const STATUS = {
  en: {
    achieved: "achieved",
    "on-track": "on track",
    "needs-acceleration": "needs acceleration",
    "off-track": "off track",
    regressing: "moving away from the goal",
    "insufficient-data": "not enough data",
  },
  id: {
    achieved: "tercapai",
    "on-track": "sesuai jalur",
    "needs-acceleration": "perlu percepatan",
    "off-track": "tidak sesuai jalur",
    regressing: "menjauh dari target",
    "insufficient-data": "data belum cukup",
  },
} as const satisfies Record<"en" | "id", Record<AssessmentStatus, string>>;

const METHOD = {
  en: {
    "run-rate": "run rate",
    linear: "linear trend",
    cagr: "compound growth",
    logistic: "logistic curve",
    bass: "Bass diffusion",
    damped: "damped trend",
  },
  id: {
    "run-rate": "laju terkini",
    linear: "tren linear",
    cagr: "pertumbuhan majemuk",
    logistic: "kurva logistik",
    bass: "difusi Bass",
    damped: "tren teredam",
  },
} as const;

/**
 * Short sentences, in English and Bahasa Indonesia, that an aide could paste into a report. Numbers
 * in each language's writing ("571.875" and "466,67" in Indonesian). @internal
 *
 * Long on purpose: one sentence pair (en, id) per measure, in reading order; each pair is two
 * lines side by side so the two languages stay in step.
 */
export function explain(t: Target, a: Omit<Assessment, "explanation" | "summary">): { en: string[]; id: string[] } {
  const en: string[] = [];
  const id: string[] = [];
  // The unit is the caller's word, written as given in both languages.
  const unit = t.unit === undefined ? "" : ` ${t.unit}`;
  const n = (v: Parameters<typeof formatNumber>[0], lang: "en" | "id", digits = 2) => formatNumber(v, lang, digits);
  const name = t.name ?? t.id;
  en.push(`${name}: ${STATUS.en[a.status]}.`);
  id.push(`${name}: ${STATUS.id[a.status]}.`);
  if (a.current === null) {
    en.push(`No figure has been reported on or before ${formatDay(a.asOf, "en")}.`);
    id.push(`Belum ada data hingga ${formatDay(a.asOf, "id")}.`);
    return { en, id };
  }
  const c = a.current;
  const goal = t.goal.value;
  if (t.direction === "increase") {
    en.push(
      `${n(c.value, "en", 0)} of ${n(goal, "en", 0)}${unit} as of ${formatDay(c.date, "en")}${a.attainment === null ? "" : ` (${formatPercent(a.attainment, "en")} of the goal)`}.`,
    );
    id.push(
      `Capaian ${n(c.value, "id", 0)} dari ${n(goal, "id", 0)}${unit} per ${formatDay(c.date, "id")}${a.attainment === null ? "" : ` (${formatPercent(a.attainment, "id")} dari target)`}.`,
    );
  } else {
    // A share of the goal means nothing when the goal is to fall: say how far down the way it is.
    const way =
      a.progress === null
        ? ""
        : ` (${formatPercent(a.progress, "en")} of the way from ${n(t.baseline.value, "en", 0)})`;
    const jalan =
      a.progress === null
        ? ""
        : ` (${formatPercent(a.progress, "id")} dari jarak sejak ${n(t.baseline.value, "id", 0)})`;
    en.push(
      `${n(c.value, "en", 0)}${unit} as of ${formatDay(c.date, "en")}, against a goal of at most ${n(goal, "en", 0)}${way}.`,
    );
    id.push(
      `Posisi ${n(c.value, "id", 0)}${unit} per ${formatDay(c.date, "id")}, target paling banyak ${n(goal, "id", 0)}${jalan}.`,
    );
  }
  if (a.status === "achieved") {
    if (a.eta.date !== null) {
      en.push(`The goal was reached by ${formatDay(a.eta.date, "en")}.`);
      id.push(`Target tercapai per ${formatDay(a.eta.date, "id")}.`);
    }
    return { en, id };
  }
  if (a.planToDate !== null && a.pace !== null) {
    en.push(
      `The plan expected ${n(a.planToDate, "en", 0)} by then${a.pace.ratio === null ? "" : `: ${formatPercent(a.pace.ratio, "en")} of the planned progress`}.`,
    );
    id.push(
      `Rencana hingga saat itu ${n(a.planToDate, "id", 0)}${a.pace.ratio === null ? "" : `: ${formatPercent(a.pace.ratio, "id")} dari kemajuan yang direncanakan`}.`,
    );
  }
  const r = a.required;
  if (r !== null && r.state === "overdue") {
    en.push(
      `The goal date, ${formatDay(t.goal.date, "en")}, has passed with ${n(r.remaining, "en", 0)}${unit} still to go.`,
    );
    id.push(`Tenggat ${formatDay(t.goal.date, "id")} sudah lewat; masih kurang ${n(r.remaining, "id", 0)}${unit}.`);
  } else if (r !== null && r.perMonth !== null) {
    if (t.direction === "increase") {
      en.push(`Needs ${n(r.perMonth, "en")}${unit} per month until ${formatMonth(t.goal.date, "en")}.`);
      id.push(`Perlu ${n(r.perMonth, "id")}${unit} per bulan hingga ${formatMonth(t.goal.date, "id")}.`);
    } else {
      en.push(`Needs a fall of ${n(r.perMonth, "en")}${unit} per month until ${formatMonth(t.goal.date, "en")}.`);
      id.push(`Perlu turun ${n(r.perMonth, "id")}${unit} per bulan hingga ${formatMonth(t.goal.date, "id")}.`);
    }
  }
  if (a.runRate !== null) {
    // required / run rate; null when it has no meaning (see AccelerationNeeded's reason).
    const times = a.accelerationNeeded?.ratio ?? null;
    en.push(
      `Over the last 3 months: ${n(a.runRate, "en")} per month${times === null ? "" : times.gt(1) ? `; ${n(times, "en")} times that pace is needed` : "; that pace is enough"}.`,
    );
    id.push(
      `Laju 3 bulan terakhir: ${n(a.runRate, "id")} per bulan${times === null ? "" : times.gt(1) ? `; perlu ${n(times, "id")} kali laju itu` : "; laju itu sudah cukup"}.`,
    );
  }
  const p = a.projection;
  if (p !== null) {
    const interval = p.lower === null || p.upper === null ? null : { lower: p.lower, upper: p.upper };
    const range =
      interval === null
        ? ""
        : ` (${formatPercent(p.confidence, "en")} range ${n(interval.lower, "en", 0)} to ${n(interval.upper, "en", 0)})`;
    const rentang =
      interval === null
        ? ""
        : ` (rentang ${formatPercent(p.confidence, "id")}: ${n(interval.lower, "id", 0)} sampai ${n(interval.upper, "id", 0)})`;
    en.push(
      `On the ${METHOD.en[p.method]}: ${n(p.valueAtGoal, "en", 0)} by ${formatMonth(t.goal.date, "en")}${range}, ${formatPercent(p.progressAtGoal, "en")} of the way from baseline to goal.`,
    );
    id.push(
      `Menurut ${METHOD.id[p.method]}: ${n(p.valueAtGoal, "id", 0)} pada ${formatMonth(t.goal.date, "id")}${rentang}, ${formatPercent(p.progressAtGoal, "id")} dari jarak baseline ke target.`,
    );
  }
  if (a.eta.date !== null) {
    en.push(`At this trend the goal is reached on ${formatDay(a.eta.date, "en")}.`);
    id.push(`Dengan tren ini target tercapai pada ${formatDay(a.eta.date, "id")}.`);
  } else if (a.eta.reason === "beyond-capacity") {
    en.push("At this trend the goal lies beyond the curve's capacity: it is never reached.");
    id.push("Dengan tren ini target melampaui kapasitas kurva: tidak akan tercapai.");
  } else if (a.eta.reason === "never-at-this-pace" || a.eta.reason === "after-calendar-end") {
    en.push("At this pace the goal is never reached.");
    id.push("Dengan laju ini target tidak akan tercapai.");
  } else {
    en.push("Too few data points to project when the goal is reached.");
    id.push("Data terlalu sedikit untuk memproyeksikan kapan target tercapai.");
  }
  return { en, id };
}
