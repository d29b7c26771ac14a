import { fail } from "../errors/core.js";
import { readProgramme } from "../model/core.js";
import type { Programme, ProgrammeInput, Target } from "../model/index.js";
import { cumulativePath, type PathPoint } from "../path/core.js";
import type { Issue } from "../errors/core.js";
import { readAssessOptions } from "./assess.js";
import { assessPath } from "./internal/assessPath.js";
import { rollUp } from "./internal/rollUp.js";
import type { AssessOptions, LaggingTarget, ProgrammeAssessment, ProgrammeTargetAssessment } from "./types.js";

/**
 * Assesses every target of a programme at `asOf`, rolls child targets up into their parents, and
 * ranks the targets that lag their plan — so a national target split by province shows which
 * provinces hold it back. A target without children is assessed on its own observations
 * (`basis: 'observed'`); one with children on the sum of its children's counts (`basis:
 * 'rolled-up'`), never on an average of their statuses. `lagging` lists the targets behind their
 * plan-to-date, largest shortfall first. How children observed on different dates are summed:
 * [roll-ups](../../docs/methodology.md#roll-ups-and-lagging-targets).
 *
 * @category Assessment
 * @param programme - the programme: targets (with `parentId` links) and observations keyed by target id
 * @param options - `{ asOf, method?, preset?, thresholds?, locale?, confidence?, fitOn?, window?,
 *   capacity?, bass?, damped? }` as for {@link assess} (`locale` default `DEFAULT_LOCALE`, `en`; `fitOn`
 *   default `increments`)
 * @returns `{ programmeId, asOf, assessments, lagging }`, plain and JSON-serialisable
 * @throws {OnboardingTargetsError} programme validation errors (paths `programme…`: duplicate ids,
 *   unknown or cyclic parents, observations of unknown targets); option errors as for {@link assess};
 *   `invalid_option` at `options.reconcile` (reconcile each target's reports first)
 * @example
 * ```ts
 * import { assessProgramme } from "onboarding-targets";
 * const goal = (value: number) => ({ date: "2024-12-31", value });
 * const base = { date: "2022-12-31", value: 0 };
 * const r = assessProgramme({
 *   id: "bbi",
 *   targets: [
 *     { id: "national", baseline: base, goal: goal(10_000) },
 *     { id: "jawa-barat", parentId: "national", baseline: base, goal: goal(6000) },
 *     { id: "papua", parentId: "national", baseline: base, goal: goal(4000) },
 *   ],
 *   observations: { "jawa-barat": [{ date: "2023-09-30", value: 2400 }], papua: [{ date: "2023-09-30", value: 600 }] },
 * }, { asOf: "2023-10-15" });
 * r.assessments.map((a) => [a.targetId, a.basis, a.current?.value, a.status]);
 * //=> [["national", "rolled-up", 3000, "needs-acceleration"], ["jawa-barat", "observed", 2400, "on-track"], ["papua", "observed", 600, "off-track"]]
 * r.lagging.map((l) => [l.targetId, l.shortfall.toString()]);
 * //=> [["papua", "900"], ["national", "750"]]
 * ```
 */
export function assessProgramme(programme: ProgrammeInput | Programme, options: AssessOptions): ProgrammeAssessment {
  const p = readProgramme(programme, "programme");
  const settings = readAssessOptions(options, "options");
  if (settings.reconcile !== null)
    fail(
      "invalid_option",
      "options.reconcile",
      "a programme's targets have reports of their own: reconcile each target's with reconcile() first, then assess the programme",
    );
  const byId = new Map<string, Target>(p.targets.map((t) => [t.id, t]));
  const indexOf = new Map<string, number>(p.targets.map((t, i) => [t.id, i]));
  const childIds = new Map<string, string[]>();
  for (const t of p.targets) {
    if (t.parentId === undefined) continue;
    const list = childIds.get(t.parentId) ?? [];
    list.push(t.id);
    childIds.set(t.parentId, list);
  }

  // Paths, children before parents (parent links have no cycle: readProgramme checks).
  const paths = new Map<string, { points: PathPoint[]; warnings: Issue[] }>();
  const pathOf = (id: string): { points: PathPoint[]; warnings: Issue[] } => {
    const known = paths.get(id);
    if (known !== undefined) return known;
    const t = byId.get(id) as Target;
    const kids = childIds.get(id);
    let built: { points: PathPoint[]; warnings: Issue[] };
    if (kids === undefined) {
      built = cumulativePath(p.observations[id] ?? [], {
        baseline: t.baseline,
        baselinePath: `programme.targets.${indexOf.get(id) as number}.baseline`,
        path: `programme.observations.${id}`,
        onDecrease: "warn",
        direction: t.direction,
        // Only what was known by `asOf`: no warning about an observation dated after it.
        asOf: settings.asOf,
      });
    } else {
      const childPaths = kids.map((k) => pathOf(k).points.filter((q) => q.date <= settings.asOf));
      built = { points: rollUp(t, childPaths), warnings: [] };
    }
    paths.set(id, built);
    return built;
  };

  const assessments: ProgrammeTargetAssessment[] = p.targets.map((t) => {
    const { points, warnings } = pathOf(t.id);
    const a = assessPath(t, points, warnings, settings);
    const kids = childIds.get(t.id) ?? [];
    return { ...a, basis: kids.length > 0 ? "rolled-up" : "observed", parentId: t.parentId ?? null, childIds: kids };
  });

  return { programmeId: p.id, asOf: settings.asOf, assessments, lagging: laggingOf(assessments, byId) };
}

/** The targets behind their plan to date, the largest shortfall first (then by id). */
function laggingOf(
  assessments: readonly ProgrammeTargetAssessment[],
  byId: ReadonlyMap<string, Target>,
): LaggingTarget[] {
  const lagging: LaggingTarget[] = [];
  for (const a of assessments) {
    if (a.current === null || a.planToDate === null || a.status === "achieved") continue;
    const t = byId.get(a.targetId) as Target;
    const d = t.direction === "increase" ? 1 : -1;
    const shortfall = a.planToDate.minus(a.current.value).times(d);
    if (!shortfall.isPositive() || shortfall.isZero()) continue;
    const planned = a.planToDate.minus(t.baseline.value).abs();
    lagging.push({
      targetId: a.targetId,
      parentId: a.parentId,
      status: a.status,
      shortfall,
      shortfallShare: planned.isZero() ? null : shortfall.div(planned),
    });
  }
  lagging.sort(
    (x, y) => y.shortfall.cmp(x.shortfall) || (x.targetId < y.targetId ? -1 : x.targetId > y.targetId ? 1 : 0),
  );
  return lagging;
}
