import type { GoalInForce } from "../../model/core.js";
import type { Target } from "../../model/types.js";
import type { Assessment } from "../types.js";
import { formatDay, formatNumber } from "./formatNumber.js";

/** The goal-in-force sentence, one phrase per language. */
const PHRASES = {
  en: {
    lead: "Goal in force",
    by: "by",
    revised: (day: string, was: string) => `, as revised on ${day} (it was ${was})`,
    first: ", as first set",
  },
  id: {
    lead: "Sasaran yang berlaku",
    by: "pada",
    revised: (day: string, was: string) => `, sesuai revisi ${day} (sebelumnya ${was})`,
    first: ", sasaran awal",
  },
} as const;

/**
 * An assessment of a target with revisions: the goal in force at `asOf` (`goalInForce`) and one
 * sentence after the status, in each language, saying which goal it is and when it moved.
 * @internal
 */
export function withGoalInForce(
  a: Assessment,
  target: Target,
  g: GoalInForce,
  locale: keyof typeof PHRASES,
): Assessment {
  const unit = target.unit === undefined ? "" : ` ${target.unit}`;
  const sentence = (lang: keyof typeof PHRASES): string => {
    const p = PHRASES[lang];
    const goal = (v: { date: string; value: number }, withUnit: boolean) =>
      `${formatNumber(v.value, lang, 0)}${withUnit ? unit : ""} ${p.by} ${formatDay(v.date, lang)}`;
    const how =
      g.announced === null || g.replaced === null
        ? p.first
        : p.revised(formatDay(g.announced, lang), goal(g.replaced, false));
    return `${p.lead}: ${goal(g.goal, true)}${how}.`;
  };
  const insert = (lines: readonly string[], line: string) => [...lines.slice(0, 1), line, ...lines.slice(1)];
  const explanation = { en: insert(a.explanation.en, sentence("en")), id: insert(a.explanation.id, sentence("id")) };
  return { ...a, goalInForce: g, explanation, summary: explanation[locale].join(" ") };
}
