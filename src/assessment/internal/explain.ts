import { type Locale, PHRASES } from "../../vocabulary/index.js";
import type { Issue } from "../../errors/core.js";
import type { Target } from "../../model/index.js";
import type { MethodSelection, ProjectionMethod } from "../../projection/types.js";
import type { Assessment, AssessmentStatus } from "../types.js";
import { formatDay, formatMonth, formatNumber, formatPercent } from "./formatNumber.js";

const STATUS = {
  en: PHRASES.en.statuses,
  id: PHRASES.id.statuses,
} as const satisfies Record<Locale, Record<AssessmentStatus, string>>;

const METHOD = {
  en: PHRASES.en.methods,
  id: PHRASES.id.methods,
} as const satisfies Record<Locale, Record<ProjectionMethod, string>>;

/** One sentence in both languages. */
interface Pair {
  readonly en: string;
  readonly id: string;
}

/** The unit (the caller's word, written as given in both languages) and the number writer. */
const unitOf = (t: Target) => (t.unit === undefined ? "" : ` ${t.unit}`);
const n = (v: Parameters<typeof formatNumber>[0], lang: Locale, digits = 2) => formatNumber(v, lang, digits);

/**
 * Short sentences, in English and Bahasa Indonesia, that an aide could paste into a report. Numbers
 * in each language's writing ("571.875" and "466,67" in Indonesian). One sentence pair (en, id) per
 * measure, in reading order; each pair is written side by side so the two languages stay in step.
 * @internal
 */
export function explain(t: Target, a: Omit<Assessment, "explanation" | "summary">): { en: string[]; id: string[] } {
  const pairs: Pair[] = [
    { en: `${targetName(t, "en")}: ${STATUS.en[a.status]}.`, id: `${targetName(t, "id")}: ${STATUS.id[a.status]}.` },
  ];
  if (a.current === null) {
    pairs.push({
      en: `No figure has been reported on or before ${formatDay(a.asOf, "en")}.`,
      id: `Belum ada data hingga ${formatDay(a.asOf, "id")}.`,
    });
    return unzip(pairs);
  }
  pairs.push(currentSentence(t, a, a.current));
  if (a.status === "achieved") {
    if (a.eta.date !== null)
      pairs.push({
        en: `The goal was reached by ${formatDay(a.eta.date, "en")}.`,
        id: `Target tercapai per ${formatDay(a.eta.date, "id")}.`,
      });
    return unzip(pairs);
  }
  const flat = a.projection !== null && noVariation(a.projection);
  pairs.push(
    ...planSentences(t, a),
    ...requiredSentences(t, a),
    ...runRateSentences(t, a),
    ...projectionSentences(t, a, flat),
    ...reachSentences(a, flat),
  );
  return unzip(pairs);
}

function unzip(pairs: readonly Pair[]): { en: string[]; id: string[] } {
  return { en: pairs.map((p) => p.en), id: pairs.map((p) => p.id) };
}

/** Where the target stands: the latest value against the goal (or, falling, how far down the way). */
function currentSentence(
  t: Target,
  a: Omit<Assessment, "explanation" | "summary">,
  c: NonNullable<Assessment["current"]>,
): Pair {
  const unit = unitOf(t);
  const goal = t.goal.value;
  if (t.direction === "increase")
    return {
      en: `${n(c.value, "en", 0)} of ${n(goal, "en", 0)}${unit} as of ${formatDay(c.date, "en")}${a.attainment === null ? "" : ` (${formatPercent(a.attainment, "en")} of the goal)`}.`,
      id: `Capaian ${n(c.value, "id", 0)} dari ${n(goal, "id", 0)}${unit} per ${formatDay(c.date, "id")}${a.attainment === null ? "" : ` (${formatPercent(a.attainment, "id")} dari target)`}.`,
    };
  // A share of the goal means nothing when the goal is to fall: say how far down the way it is.
  const way =
    a.progress === null ? "" : ` (${formatPercent(a.progress, "en")} of the way from ${n(t.baseline.value, "en", 0)})`;
  const jalan =
    a.progress === null ? "" : ` (${formatPercent(a.progress, "id")} dari jarak sejak ${n(t.baseline.value, "id", 0)})`;
  return {
    en: `${n(c.value, "en", 0)}${unit} as of ${formatDay(c.date, "en")}, against a goal of at most ${n(goal, "en", 0)}${way}.`,
    id: `Posisi ${n(c.value, "id", 0)}${unit} per ${formatDay(c.date, "id")}, target paling banyak ${n(goal, "id", 0)}${jalan}.`,
  };
}

/** What the plan expected by now, and the pace against it. */
function planSentences(t: Target, a: Omit<Assessment, "explanation" | "summary">): Pair[] {
  if (a.planToDate === null || a.pace === null) return [];
  const ratio = a.pace.ratio;
  // A negative share of the planned progress reads as nonsense: say which way the count moved.
  const share =
    ratio === null
      ? { en: "", id: "" }
      : ratio.lt(0)
        ? {
            en: `; the count has moved away from the goal since the baseline (${n(t.baseline.value, "en", 0)})`,
            id: `; capaian justru menjauh dari target sejak baseline (${n(t.baseline.value, "id", 0)})`,
          }
        : {
            en: `: ${formatPercent(ratio, "en")} of the planned progress`,
            id: `: ${formatPercent(ratio, "id")} dari kemajuan yang direncanakan`,
          };
  return [
    {
      en: `The plan expected ${n(a.planToDate, "en", 0)} by then${share.en}.`,
      id: `Rencana hingga saat itu ${n(a.planToDate, "id", 0)}${share.id}.`,
    },
  ];
}

/** The monthly rate now needed, or that the goal date has passed. */
function requiredSentences(t: Target, a: Omit<Assessment, "explanation" | "summary">): Pair[] {
  const r = a.required;
  const unit = unitOf(t);
  if (r !== null && r.state === "overdue")
    return [
      {
        en: `The goal date, ${formatDay(t.goal.date, "en")}, has passed with ${n(r.remaining, "en", 0)}${unit} still to go.`,
        id: `Tenggat ${formatDay(t.goal.date, "id")} sudah lewat; masih kurang ${n(r.remaining, "id", 0)}${unit}.`,
      },
    ];
  if (r === null || r.perMonth === null) return [];
  if (t.direction === "increase")
    return [
      {
        en: `Needs ${n(r.perMonth, "en", 0)}${unit} per month until ${formatMonth(t.goal.date, "en")}.`,
        id: `Perlu ${n(r.perMonth, "id", 0)}${unit} per bulan hingga ${formatMonth(t.goal.date, "id")}.`,
      },
    ];
  return [
    {
      en: `Needs a fall of ${n(r.perMonth, "en", 0)}${unit} per month until ${formatMonth(t.goal.date, "en")}.`,
      id: `Perlu turun ${n(r.perMonth, "id", 0)}${unit} per bulan hingga ${formatMonth(t.goal.date, "id")}.`,
    },
  ];
}

/** The run rate over the last 3 months, and how many times it is needed. */
function runRateSentences(t: Target, a: Omit<Assessment, "explanation" | "summary">): Pair[] {
  if (a.runRate === null) return [];
  const unit = unitOf(t);
  // required / run rate; null when it has no meaning (see AccelerationNeeded's reason).
  const times = a.accelerationNeeded?.ratio ?? null;
  // A fall is said as one, in whole enterprises: "a fall of 33", not "-33".
  const rate = a.runRate.lt(0)
    ? { en: `a fall of ${n(a.runRate.neg(), "en", 0)}`, id: `turun ${n(a.runRate.neg(), "id", 0)}` }
    : { en: n(a.runRate, "en", 0), id: n(a.runRate, "id", 0) };
  const verdict = times === null ? { en: "", id: "" } : paceVerdict(times.gt(1), a);
  return [
    {
      en: `${PHRASES.en.measures.runRate} over the last 3 months: ${rate.en}${unit} per month${times === null ? "" : times.gt(1) ? `; ${n(times, "en")} times that pace is needed` : "; that pace is enough"}${verdict.en}.`,
      id: `${PHRASES.id.measures.runRate} 3 bulan terakhir: ${rate.id}${unit} per bulan${times === null ? "" : times.gt(1) ? `; perlu ${n(times, "id")} kali laju itu` : "; laju itu sudah cukup"}${verdict.id}.`,
    },
  ];
}

/**
 * When the last 3 months and the status disagree (a recent pace that is enough, while the trend
 * the status reads falls short; or the reverse), the run-rate sentence says so, so that two
 * sentences never seem to contradict each other.
 */
function paceVerdict(recentShort: boolean, a: Omit<Assessment, "explanation" | "summary">): { en: string; id: string } {
  const atGoal = a.projection?.progressAtGoal ?? null;
  if (atGoal === null) return { en: "", id: "" };
  const behind = a.status === "needs-acceleration" || a.status === "off-track" || a.status === "regressing";
  if (!recentShort && behind && atGoal < 1)
    return {
      en: " if it lasts, but the trend the projection follows is slower",
      id: " bila bertahan, tetapi tren yang diikuti proyeksi lebih lambat",
    };
  if (recentShort && a.status === "on-track" && atGoal >= 1)
    return {
      en: ", though the trend the projection follows is fast enough",
      id: ", meski tren yang diikuti proyeksi sudah cukup cepat",
    };
  return { en: "", id: "" };
}

/** How the method was chosen (auto), the projected value at the goal date, and its notes. */
function projectionSentences(t: Target, a: Omit<Assessment, "explanation" | "summary">, flat: boolean): Pair[] {
  const p = a.projection;
  if (p === null) return [];
  const interval = p.lower === null || p.upper === null ? null : { lower: p.lower, upper: p.upper };
  const range =
    interval === null
      ? { en: "", id: "" }
      : flat
        ? { en: " (the data show no variation: no range)", id: " (data tidak menunjukkan variasi: tanpa rentang)" }
        : {
            en: ` (${formatPercent(p.confidence, "en")} range ${n(interval.lower, "en", 0)} to ${n(interval.upper, "en", 0)})`,
            id: ` (rentang ${formatPercent(p.confidence, "id")}: ${n(interval.lower, "id", 0)} sampai ${n(interval.upper, "id", 0)})`,
          };
  const way = wayAtGoal(t, a, p.progressAtGoal);
  return [
    ...(p.selection === undefined ? [] : [selectionSentence(p.selection)]),
    {
      en: `On the ${METHOD.en[p.method]}: ${n(p.valueAtGoal, "en", 0)} by ${formatMonth(t.goal.date, "en")}${range.en}${way.en}.`,
      id: `Menurut ${METHOD.id[p.method]}: ${n(p.valueAtGoal, "id", 0)} pada ${formatMonth(t.goal.date, "id")}${range.id}${way.id}.`,
    },
    ...projectionNotes(t, a, unitOf(t)),
  ];
}

/**
 * How `auto` chose the method, in one sentence: the method of lowest MASE in the backtest, with the
 * runner-up's score; or, when the best could not project to the goal date (a value that
 * overflows), the better one it passed over; or why no backtest could rank the methods.
 */
function selectionSentence(s: MethodSelection): { en: string; id: string } {
  const ranked = (Object.entries(s.scores) as [ProjectionMethod, number][]).sort((a, b) => a[1] - b[1]);
  const best = ranked[0];
  if (s.reason === "no-naive-error")
    return {
      en: `The count changed by the same amount every month, so a backtest cannot rank the methods: projected with the ${METHOD.en[s.method]} on increments.`,
      id: `Capaian berubah sama besar setiap bulan sehingga uji balik tidak dapat membandingkan metode: diproyeksikan dengan ${METHOD.id[s.method]} atas pertambahan per periode.`,
    };
  if (s.reason === "too-few-points-for-backtest" || s.horizon === null || best === undefined)
    return {
      en: `Too few months of data to compare methods by backtest: projected with the ${METHOD.en[s.method]} on increments.`,
      id: `Data bulanan terlalu sedikit untuk membandingkan metode dengan uji balik: diproyeksikan dengan ${METHOD.id[s.method]} atas pertambahan per periode.`,
    };
  const mase = (v: number, lang: Locale) => formatNumber(v, lang, 2);
  const ahead = { en: `${s.horizon} month${s.horizon === 1 ? "" : "s"} ahead`, id: `${s.horizon} bulan ke depan` };
  const [first, least] = best;
  if (s.reason === "interval-score-stacking") return stackingSentence(s, ahead);
  if (first !== s.method) {
    const own = s.scores[s.method];
    return {
      en: `Projected with the ${METHOD.en[s.method]}${own === undefined ? "" : ` (MASE ${mase(own, "en")})`}: the ${METHOD.en[first]}, which erred less in a backtest ${ahead.en} (MASE ${mase(least, "en")}), could not project to the goal date.`,
      id: `Diproyeksikan dengan ${METHOD.id[s.method]}${own === undefined ? "" : ` (MASE ${mase(own, "id")})`}: ${METHOD.id[first]}, yang galatnya lebih kecil dalam uji balik ${ahead.id} (MASE ${mase(least, "id")}), tidak dapat memproyeksikan hingga tanggal target.`,
    };
  }
  const next = ranked[1];
  const runnerUp = (lang: Locale) => (next === undefined ? "" : `; ${METHOD[lang][next[0]]} ${mase(next[1], lang)}`);
  return {
    en: `Projected with the ${METHOD.en[first]}, which erred least in a backtest ${ahead.en} (MASE ${mase(least, "en")}${runnerUp("en")}).`,
    id: `Diproyeksikan dengan ${METHOD.id[first]}, yang galatnya paling kecil dalam uji balik ${ahead.id} (MASE ${mase(least, "id")}${runnerUp("id")}).`,
  };
}

/** The weight from which a pooled method is named in the sentence of {@link stackingSentence}. */
const NAMED_SHARE = 0.05;

/**
 * How `auto` pooled the methods, in one sentence: the method of largest weight and the others'
 * weights, the rule (of every method, the mix whose forecast distribution scored best in the
 * backtest), the interval score and MASE of the method, and the widening when above 1.
 */
function stackingSentence(s: MethodSelection, ahead: { en: string; id: string }): { en: string; id: string } {
  const n = (v: number, lang: "en" | "id") => formatNumber(v, lang, 2);
  const pct = (w: number, lang: "en" | "id") => `${formatNumber(100 * w, lang, 0)}%`;
  const others = (Object.entries(s.weights) as [ProjectionMethod, number][]).filter(([m]) => m !== s.method);
  // Methods of 5 % or more are named; the rest (the share every pooled method keeps) are summed.
  const named = others.filter(([, w]) => w >= NAMED_SHARE);
  const rest = others.filter(([, w]) => w < NAMED_SHARE).reduce((t, [, w]) => t + w, 0);
  const parts = (lang: "en" | "id") => [
    ...named.map(([m, w]) =>
      lang === "en" ? `the ${METHOD.en[m]} ${pct(w, "en")}` : `${METHOD.id[m]} ${pct(w, "id")}`,
    ),
    ...(rest > 0 ? [lang === "en" ? `the other methods ${pct(rest, "en")}` : `metode lainnya ${pct(rest, "id")}`] : []),
  ];
  const mix = (lang: "en" | "id") =>
    others.length === 0
      ? ""
      : lang === "en"
        ? `, ${pct(s.weights[s.method] ?? 1, "en")} of a mix with ${parts("en").join(" and ")}`
        : `, ${pct(s.weights[s.method] ?? 1, "id")} dari campuran dengan ${parts("id").join(" dan ")}`;
  const score = s.intervalScores[s.method];
  const mase = s.scores[s.method];
  const figures = (lang: "en" | "id") =>
    [
      score === undefined ? null : `${lang === "en" ? "interval score" : "skor selang"} ${n(score, lang)}`,
      mase === undefined ? null : `MASE ${n(mase, lang)}`,
    ]
      .filter((x) => x !== null)
      .join(", ");
  const widen = (lang: "en" | "id") =>
    s.widening > 1
      ? lang === "en"
        ? `, widened ${n(s.widening, "en")} times by that backtest's errors`
        : `, diperlebar ${n(s.widening, "id")} kali menurut galat uji balik itu`
      : "";
  return {
    en: `Projected with the ${METHOD.en[s.method]}${mix("en")}: of every method, the mix whose forecast distribution scored best in a backtest ${ahead.en} (${figures("en")})${widen("en")}.`,
    id: `Diproyeksikan dengan ${METHOD.id[s.method]}${mix("id")}: dari semua metode, campuran yang sebaran prakiraannya mendapat skor terbaik dalam uji balik ${ahead.id} (${figures("id")})${widen("id")}.`,
  };
}

/**
 * After the projection's sentence: the chance of reaching the goal by its date, and what the data
 * cannot pin down (the projection's `poorly_determined` warnings).
 */
function projectionNotes(
  t: Target,
  a: Omit<Assessment, "explanation" | "summary">,
  unit: string,
): { en: string; id: string }[] {
  const out: { en: string; id: string }[] = [];
  const p = a.projection;
  if (p !== null && p.probabilityOnTime !== null) {
    const reach =
      t.direction === "increase" ? { en: "reaching", id: "mencapai" } : { en: "falling to", id: "turun ke" };
    const goal = { en: formatNumber(t.goal.value, "en", 0), id: formatNumber(t.goal.value, "id", 0) };
    const by = { en: formatMonth(t.goal.date, "en"), id: formatMonth(t.goal.date, "id") };
    if (noVariation(p)) {
      // A band of zero width gives a chance of exactly 0 or 1: a certainty the data cannot carry.
      out.push({
        en: `The data show no variation, so no chance of ${reach.en} ${goal.en}${unit} by ${by.en} can be given.`,
        id: `Data tidak menunjukkan variasi, sehingga peluang ${reach.id} ${goal.id}${unit} pada ${by.id} tidak dapat dihitung.`,
      });
    } else {
      const chance = chanceWords(p.probabilityOnTime);
      out.push({
        en: `${chance.en} chance of ${reach.en} ${goal.en}${unit} by ${by.en}.`,
        id: `Peluang ${reach.id} ${goal.id}${unit} pada ${by.id} ${chance.id}.`,
      });
      if (a.status === "on-track" && p.probabilityOnTime < 0.5)
        out.push({
          en: `The status is on track because the projected value nears the goal, but the spread around it leaves less than an even chance of arriving on time.`,
          id: `Statusnya sesuai jalur karena nilai proyeksi mendekati target, tetapi sebarannya menyisakan peluang kurang dari separuh untuk tercapai tepat waktu.`,
        });
    }
  }
  for (const parameter of poorlyDetermined(a.warnings))
    out.push({
      en: `The data cannot pin down ${parameter.en}: treat the projection with caution.`,
      id: `Data belum dapat memastikan ${parameter.id}: gunakan proyeksi ini dengan hati-hati.`,
    });
  return out;
}

/**
 * A probability in words, to the whole percent: "About a 23%" / "sekitar 23%" ("About an 85%");
 * below 0.5 % "Less
 * than a 1%" / "kurang dari 1%", above 99.5 % "More than a 99%" / "lebih dari 99%" (a rounded 0 %
 * or 100 % would claim a certainty the projection does not have).
 */
function chanceWords(probability: number): { en: string; id: string } {
  const percent = Math.round(probability * 100);
  if (percent < 1) return { en: "Less than a 1%", id: "kurang dari 1%" };
  if (percent > 99) return { en: "More than a 99%", id: "lebih dari 99%" };
  // English says "an" before a number read with a vowel sound: eight, eleven, eighteen, eighty-….
  const an = percent === 8 || percent === 11 || percent === 18 || (percent >= 80 && percent < 90);
  return { en: `About ${an ? "an" : "a"} ${percent}%`, id: `sekitar ${percent}%` };
}

/** The fitted parameters of a curve, in words. */
const PARAMETER = {
  en: { M: "the market potential", capacity: "the curve's capacity" },
  id: { M: "potensi pasar", capacity: "kapasitas kurva" },
} as const satisfies Record<Locale, Record<string, string>>;

/**
 * What the projection's `poorly_determined` warnings name, once each: a known parameter (the last
 * key of the warning's path: `M`, `capacity`) in words, else the curve's parameters.
 */
function poorlyDetermined(warnings: readonly Issue[]): { en: string; id: string }[] {
  const out = new Map<string, { en: string; id: string }>();
  for (const w of warnings) {
    if (w.code !== "poorly_determined") continue;
    const key = w.path.split(".").at(-1) ?? "";
    const known = Object.hasOwn(PARAMETER.en, key) ? (key as keyof typeof PARAMETER.en) : null;
    const words =
      known === null
        ? { en: "the curve's parameters", id: "parameter kurva" }
        : { en: PARAMETER.en[known], id: PARAMETER.id[known] };
    out.set(words.en, words);
  }
  return [...out.values()];
}

/** The target's name in a language: `names[lang]`, else `name`, else the id. */
function targetName(t: Target, lang: Locale): string {
  return t.names?.[lang] ?? t.name ?? t.id;
}

/** A prediction interval of zero width: the data gave the fit no spread to measure. */
function noVariation(p: { readonly lower: number | null; readonly upper: number | null }): boolean {
  return p.lower !== null && p.upper !== null && p.lower === p.upper;
}

/**
 * The end of the projection's sentence: how far along the way from baseline to goal the projected
 * value sits. Said once: when it rounds to the same percentage as the pace so far (the default
 * status measure, Q, then repeats the pace ratio), the sentence says so instead of a second number;
 * a projected value behind the baseline is said in words, not as a negative share.
 */
function wayAtGoal(
  t: Target,
  a: Omit<Assessment, "explanation" | "summary">,
  progressAtGoal: number,
): { en: string; id: string } {
  if (progressAtGoal < 0) {
    const side = t.direction === "increase" ? { en: "below", id: "di bawah" } : { en: "above", id: "di atas" };
    return {
      en: `, ${side.en} the baseline: further from the goal than at the start`,
      id: `, ${side.id} baseline: lebih jauh dari target daripada di awal`,
    };
  }
  const pace = a.pace?.ratio ?? null;
  if (pace !== null && formatPercent(pace, "en") === formatPercent(progressAtGoal, "en"))
    return {
      en: `: the pace so far (${formatPercent(pace, "en")} of the plan) carried to the goal date`,
      id: `: laju relatif sejauh ini (${formatPercent(pace, "id")} dari rencana) berlanjut hingga tanggal target`,
    };
  return {
    en: `, ${formatPercent(progressAtGoal, "en")} of the way from baseline to goal`,
    id: `, ${formatPercent(progressAtGoal, "id")} dari jarak baseline ke target`,
  };
}

/**
 * When the goal is reached, by one rule. The central path's date, or why it never gets there; then
 * the range within the interval, worded so that it never contradicts the first sentence: after
 * "never at this pace", only the interval's optimistic end can reach it, and that is what is said.
 * A band of no width has no range to give.
 */
function reachSentences(a: Omit<Assessment, "explanation" | "summary">, flat: boolean): { en: string; id: string }[] {
  const { eta } = a;
  const out: { en: string; id: string }[] = [];
  if (eta.date !== null)
    out.push({
      en: `At this trend the goal is reached on ${formatDay(eta.date, "en")}.`,
      id: `Dengan tren ini target tercapai pada ${formatDay(eta.date, "id")}.`,
    });
  else if (eta.reason === "beyond-capacity")
    out.push({
      en: "At this trend the goal lies beyond the curve's capacity: it is never reached.",
      id: "Dengan tren ini target melampaui kapasitas kurva: tidak akan tercapai.",
    });
  else if (eta.reason === "never-at-this-pace" || eta.reason === "after-calendar-end")
    out.push({
      en: "At this pace the goal is never reached.",
      id: "Dengan laju ini target tidak akan tercapai.",
    });
  else
    out.push({
      en: "Too few data points to project when the goal is reached.",
      id: "Data terlalu sedikit untuk memproyeksikan kapan target tercapai.",
    });
  const p = a.projection;
  const { earliest, latest } = eta;
  if (p === null || flat || earliest.date === null) return out;
  const c = { en: formatPercent(p.confidence, "en"), id: formatPercent(p.confidence, "id") };
  const from = { en: formatMonth(earliest.date, "en"), id: formatMonth(earliest.date, "id") };
  if (eta.date === null)
    out.push({
      en: `Only the optimistic end of the ${c.en} range reaches it, from ${from.en} on.`,
      id: `Hanya ujung optimistis rentang ${c.id} yang mencapainya, mulai ${from.id}.`,
    });
  else if (latest.date === null)
    out.push({
      en: `Expected no earlier than ${from.en} (${c.en} range); the pessimistic end never reaches it.`,
      id: `Perkiraan tercapai paling cepat ${from.id} (rentang ${c.id}); ujung pesimistisnya tidak pernah mencapainya.`,
    });
  else if (latest.date.slice(0, 7) === earliest.date.slice(0, 7))
    out.push({
      en: `Expected in ${from.en} (${c.en} range).`,
      id: `Perkiraan tercapai pada ${from.id} (rentang ${c.id}).`,
    });
  else {
    const to = { en: formatMonth(latest.date, "en"), id: formatMonth(latest.date, "id") };
    out.push({
      en: `Expected between ${from.en} and ${to.en} (${c.en} range).`,
      id: `Perkiraan tercapai antara ${from.id} dan ${to.id} (rentang ${c.id}).`,
    });
  }
  return out;
}
