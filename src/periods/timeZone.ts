import { describeType } from "../decimal/index.js";
import { fail } from "../errors/core.js";
import { closestMatch } from "../read/index.js";

/**
 * The default time zone of targets: Western Indonesia Time (WIB), UTC+7, no daylight saving.
 *
 * @category Periods
 */
export const DEFAULT_TIME_ZONE = "Asia/Jakarta";

const known = new Map<string, boolean>();

/**
 * True when `value` is an IANA time-zone name (or `UTC`) known to this JavaScript runtime.
 * Uses `Intl`, never the machine's own zone.
 *
 * @category Periods
 * @param value - anything
 * @returns whether it names a time zone
 * @example
 * ```ts
 * import { isTimeZone } from "onboarding-targets";
 * isTimeZone("Asia/Makassar");
 * //=> true
 * isTimeZone("Asia/Jakata");
 * //=> false
 * ```
 */
export function isTimeZone(value: unknown): boolean {
  if (typeof value !== "string" || value.length === 0 || value.length > 64) return false;
  const cached = known.get(value);
  if (cached !== undefined) return cached;
  let ok = false;
  try {
    // Offsets like "+07:00" are accepted by Intl but are not IANA names: refuse them.
    ok =
      /^[A-Za-z]/.test(value) &&
      new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone.length > 0;
  } catch {
    ok = false;
  }
  known.set(value, ok);
  return ok;
}

/**
 * Validates a time-zone name, throwing `invalid_time_zone` at `path`; the message ends with a
 * hint when the value looks like a zone written another way (see {@link timeZoneHint}).
 * @internal
 */
export function readTimeZone(value: unknown, path: string): string {
  if (value === undefined) return DEFAULT_TIME_ZONE;
  if (typeof value !== "string")
    return fail("invalid_time_zone", path, `expected an IANA time-zone name, got ${describeType(value)}`);
  if (!isTimeZone(value))
    return fail(
      "invalid_time_zone",
      path,
      `${JSON.stringify(value.slice(0, 64))} is not a known IANA time zone${timeZoneHint(value)}`,
    );
  return value;
}

/** Indonesia's three civil times, by their abbreviations (Keputusan Presiden 41/1987). */
const INDONESIAN_TIMES = [
  { abbreviation: "WIB", name: "Western Indonesia Time", hours: 7, zones: ["Asia/Jakarta", "Asia/Pontianak"] },
  { abbreviation: "WITA", name: "Central Indonesia Time", hours: 8, zones: ["Asia/Makassar"] },
  { abbreviation: "WIT", name: "Eastern Indonesia Time", hours: 9, zones: ["Asia/Jayapura"] },
] as const;

/** `UTC+7`, `GMT+07:00`, `+0700`, `-3:30`…: an optional UTC/GMT, a sign, hours, optional minutes. */
const OFFSET = /^(?:(?:UTC|GMT)\s*)?([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?$/i;

let zoneNames: readonly string[] | undefined;

/**
 * The IANA names this runtime knows (`Intl.supportedValuesOf("timeZone")`, Node 18+ and current
 * browsers) and `UTC`; on an older runtime, the four Indonesian zones and `UTC`. Computed once.
 */
function knownZoneNames(): readonly string[] {
  if (zoneNames !== undefined) return zoneNames;
  let names: readonly string[] = ["Asia/Jakarta", "Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura"];
  try {
    const supported = (Intl as { supportedValuesOf?: (key: string) => unknown }).supportedValuesOf?.("timeZone");
    if (Array.isArray(supported) && supported.length > 0)
      names = supported.filter((z): z is string => typeof z === "string");
  } catch {
    // keep the short list
  }
  zoneNames = names.includes("UTC") ? names : [...names, "UTC"];
  return zoneNames;
}

const quoteZones = (zones: readonly string[]) =>
  `${JSON.stringify(zones[0])}${
    zones.length > 1
      ? ` (or ${zones
          .slice(1)
          .map((z) => JSON.stringify(z))
          .join(", ")})`
      : ""
  }`;

/**
 * The hint that ends the message of a time zone that is not an IANA name, or `""`:
 *
 * - an Indonesian abbreviation, any case: `WIB` names `Asia/Jakarta` (or `Asia/Pontianak`),
 *   `WITA` names `Asia/Makassar`, `WIT` names `Asia/Jayapura`;
 * - a UTC offset (`UTC+7`, `GMT+7`, `+07:00`): +7, +8 and +9 name the Indonesian zones, 0 names
 *   `UTC`, another whole hour the fixed-offset `Etc/GMT∓h` (whose sign is inverted), with the
 *   advice to name the place's zone;
 * - a misspelt name: the closest known IANA name at edit distance at most 2 (case ignored,
 *   `Asia/Jakata` → `Asia/Jakarta`), else the zone whose last segment is that close (`Jakarta`
 *   or `jakata` → `Asia/Jakarta`; spaces count as underscores).
 *
 * Deterministic for a given runtime: it reads the runtime's list of zones, never the machine's zone.
 * @internal
 */
export function timeZoneHint(value: string): string {
  const text = value.trim();
  if (text.length === 0 || text.length > 64) return "";
  const abbreviation = INDONESIAN_TIMES.find((t) => t.abbreviation === text.toUpperCase());
  if (abbreviation !== undefined) {
    return `; ${abbreviation.abbreviation} is UTC+${abbreviation.hours} (${abbreviation.name}): did you mean ${quoteZones(abbreviation.zones)}?`;
  }
  const offset = OFFSET.exec(text);
  if (offset !== null) {
    const sign = offset[1] === "+" ? 1 : -1;
    const hours = Number(offset[2]);
    const minutes = Number(offset[3] ?? "0");
    const indonesian = INDONESIAN_TIMES.find((t) => sign > 0 && t.hours === hours && minutes === 0);
    if (indonesian !== undefined) {
      return `; an offset is not a zone name: UTC+${hours} is ${indonesian.abbreviation} (${indonesian.name}), did you mean ${quoteZones(indonesian.zones)}?`;
    }
    if (hours === 0 && minutes === 0) return '; an offset is not a zone name: did you mean "UTC"?';
    const fixed =
      minutes === 0 && hours <= (sign > 0 ? 14 : 12)
        ? ` or "Etc/GMT${sign > 0 ? "-" : "+"}${hours}" for a fixed UTC${sign > 0 ? "+" : "-"}${hours} (Etc/ signs are inverted)`
        : "";
    return `; an offset is not a zone name: give the IANA zone of the place (such as "Asia/Jakarta")${fixed}`;
  }
  const names = knownZoneNames();
  const whole = closestMatch(text, names);
  if (whole !== undefined) return `; did you mean ${JSON.stringify(whole)}?`;
  const segment = text.replace(/\s+/g, "_");
  if (!segment.includes("/")) {
    const byLast = new Map<string, string>();
    for (const name of names) {
      const last = name.slice(name.lastIndexOf("/") + 1);
      if (!byLast.has(last)) byLast.set(last, name);
    }
    const exact = byLast.get(segment);
    const near = closestMatch(segment, byLast.keys());
    const zone = exact ?? (near === undefined ? undefined : byLast.get(near));
    if (zone !== undefined) return `; did you mean ${JSON.stringify(zone)}?`;
  }
  return "";
}
