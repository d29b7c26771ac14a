// The hostile cases, shared by hostile.test.ts (`npm test`) and calendar.huge.test.ts
// (`npm run test:huge`): every exported function, each site of each of its baseline argument lists,
// and the hostile values tried there.
import * as api from "../../src/index.js";
import * as schemas from "../../src/schemas/index.js";
import type { HostileEntry } from "./registry.js";
import { type Site, pathKey, sitesOf } from "./sites.js";
import type { Hostile } from "./values.js";

export type Fn = (...a: unknown[]) => unknown;

/** Every exported function of both entry points (schemas re-exported by the root count once). */
export function exportedFunctions(): Map<string, Fn> {
  const out = new Map<string, Fn>();
  for (const mod of [api, schemas] as Record<string, unknown>[]) {
    for (const [name, value] of Object.entries(mod)) if (typeof value === "function") out.set(name, value as Fn);
  }
  return out;
}

/**
 * Hostile values that move a date to an end of the calendar the library reads. The answer may then
 * span the whole calendar (a daily series from 2021 to 9999-12-31 has 2.9 million periods) and a
 * call may take seconds: these run in `npm run test:huge`, every other value in `npm test`.
 */
export const CALENDAR_ENDS: ReadonlySet<string> = new Set(["0001-01-01 (earliest)", "9999-12-31 (latest)"]);

export const atCalendarEnd = (hostile: Hostile) => CALENDAR_ENDS.has(hostile.label);

/** One site of one baseline argument list of a registry entry. */
export interface SiteCase {
  /** `fn[variant](argPath)`, the start of a key of findings.ts. */
  readonly id: string;
  /** The test title: `[variant] arg argPath`. */
  readonly title: string;
  readonly site: Site;
  /** Fresh baseline arguments of this variant. */
  readonly makeArgs: () => unknown[];
}

/** The baseline argument lists of an entry, by variant name ("" for `args`). */
export function baselinesOf(entry: HostileEntry): [string, () => unknown[]][] {
  return [["", entry.args], ...Object.entries(entry.alternatives ?? {})];
}

/** Every site of every baseline of the registry entry `name`. */
export function siteCases(name: string, entry: HostileEntry): SiteCase[] {
  return baselinesOf(entry).flatMap(([variant, makeArgs]) =>
    sitesOf(makeArgs(), entry.kinds).map((site) => {
      const id = `${name}${variant === "" ? "" : `[${variant}]`}(${pathKey(site.path)})`;
      return {
        id,
        title: `${variant === "" ? "" : `[${variant}] `}arg ${pathKey(site.path)}`,
        site,
        makeArgs,
      };
    }),
  );
}
