import { OnboardingTargetsError, atPath } from "../errors/core.js";
import { at, collect, readArray, readObject, readString } from "../read/index.js";
import { programmeIssues } from "./programmeIssues.js";
import { readObservations } from "./readObservations.js";
import { readTarget } from "./readTarget.js";
import type { Observation, Programme, Target } from "./types.js";

/**
 * Validates a programme and fills in its defaults, returning a new object. The observations
 * record is built without a prototype-bearing assignment: a `__proto__` key is refused
 * (`unknown_key`), never assigned.
 * @internal
 */
export function readProgramme(input: unknown, path = "programme"): Programme {
  const o = readObject(input, path, ["id", "name", "targets", "observations"]);
  let id = "";
  let name: string | undefined;
  let targets: Target[] = [];
  const observations: Record<string, Observation[]> = {};
  const programme = collect(
    [
      () => (id = readString(o.id, at(path, "id"))),
      () => o.name !== undefined && (name = readString(o.name, at(path, "name"))),
      () =>
        (targets = readArray(o.targets, at(path, "targets")).map((t, i) => readTarget(t, at(at(path, "targets"), i)))),
      () => {
        if (o.observations === undefined) return;
        const raw = o.observations;
        const p = at(path, "observations");
        const allowed = atPath(p, () =>
          typeof raw === "object" && raw !== null ? Object.keys(raw).filter((k) => k !== "__proto__") : [],
        );
        const record = readObject(raw, p, allowed);
        collect(
          Object.keys(record).map((key) => () => {
            const list = readObservations(record[key], at(p, key));
            Object.defineProperty(observations, key, {
              value: list,
              enumerable: true,
              writable: true,
              configurable: true,
            });
          }),
          () => undefined,
        );
      },
    ],
    (): Programme => ({ id, ...(name !== undefined && { name }), targets, observations }),
  );
  const issues = programmeIssues(programme.targets, Object.keys(programme.observations)).map((i) => ({
    ...i,
    path: path === "" ? i.path : `${path}.${i.path}`,
  }));
  if (issues.length > 0) throw new OnboardingTargetsError(issues);
  return programme;
}
