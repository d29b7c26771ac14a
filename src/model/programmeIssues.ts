import type { Issue } from "../errors/core.js";

/**
 * The rules that tie a programme together, shared by the plain reader and the zod schema:
 * target ids are unique; a `parentId` names another target of the programme and parent links
 * have no cycle; every observation key names a target. Returns the issues found (none when
 * the programme holds together), with dotted paths such as `targets.2.parentId`.
 * O(n) in the number of targets (each parent chain is walked once per start, with memo).
 * @internal
 */
export function programmeIssues(
  targets: ReadonlyArray<{ readonly id: string; readonly parentId?: string }>,
  observationKeys: readonly string[],
): Issue[] {
  const issues: Issue[] = [];
  const indexOf = new Map<string, number>();
  targets.forEach((t, i) => {
    const first = indexOf.get(t.id);
    if (first === undefined) indexOf.set(t.id, i);
    else
      issues.push({
        code: "invalid_target",
        path: `targets.${i}.id`,
        message: `duplicate target id ${JSON.stringify(t.id)} (also targets.${first}.id)`,
      });
  });
  const safe = new Set<number>(); // targets whose parent chain is known to end without a cycle
  targets.forEach((t, i) => {
    if (t.parentId === undefined) return;
    if (!indexOf.has(t.parentId)) {
      issues.push({
        code: "invalid_target",
        path: `targets.${i}.parentId`,
        message: `${JSON.stringify(t.parentId)} is not the id of a target of this programme`,
      });
      return;
    }
    const seen = new Set<number>([i]);
    let current: number | undefined = indexOf.get(t.parentId);
    while (current !== undefined && !safe.has(current)) {
      if (seen.has(current)) {
        if (current === i) {
          issues.push({
            code: "invalid_target",
            path: `targets.${i}.parentId`,
            message: `parent links form a cycle through ${JSON.stringify(t.id)}`,
          });
        }
        break;
      }
      seen.add(current);
      const parent: string | undefined = targets[current]?.parentId;
      current = parent === undefined ? undefined : indexOf.get(parent);
    }
    if (current === undefined || safe.has(current)) safe.add(i);
  });
  for (const key of observationKeys) {
    if (!indexOf.has(key))
      issues.push({
        code: "unknown_key",
        path: `observations.${key}`,
        message: `observations for ${JSON.stringify(key.slice(0, 40))}, which is not the id of a target of this programme`,
      });
  }
  return issues;
}
