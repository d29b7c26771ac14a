import { describe, expect, it, vi } from "vitest";
import { DEFAULT_TIME_ZONE, isTimeZone, readTimeZone, timeZoneHint } from "./timeZone.js";

// These tests must give the same answers whatever the machine's zone: run them under
// TZ=UTC, Asia/Jakarta, America/Los_Angeles and Pacific/Chatham.
describe("isTimeZone / readTimeZone", () => {
  it.each([
    ["Asia/Jakarta", true],
    ["Asia/Makassar", true],
    ["Asia/Jayapura", true],
    ["Asia/Pontianak", true],
    ["UTC", true],
    ["Pacific/Chatham", true],
    ["Asia/Jakata", false],
    ["+07:00", false],
    ["", false],
    ["x".repeat(65), false],
    [7, false],
    [null, false],
    // Not a string, though it prints as a zone name: refused, not read through toString().
    [{ toString: () => "Asia/Jakarta" }, false],
    [["Asia/Jakarta"], false],
  ])("%j -> %s", (zone, ok) => {
    expect(isTimeZone(zone)).toBe(ok);
    expect(isTimeZone(zone)).toBe(ok); // cached answer is the same
  });

  it("defaults to Asia/Jakarta and names the path of a bad zone", () => {
    expect(DEFAULT_TIME_ZONE).toBe("Asia/Jakarta");
    expect(readTimeZone(undefined, "target.timeZone")).toBe("Asia/Jakarta");
    expect(readTimeZone("Asia/Makassar", "target.timeZone")).toBe("Asia/Makassar");
    expect(() => readTimeZone("Asia/Jakata", "target.timeZone")).toThrow(
      expect.objectContaining({ code: "invalid_time_zone", path: "target.timeZone" }),
    );
    expect(() => readTimeZone(7, "tz")).toThrow(expect.objectContaining({ code: "invalid_time_zone", path: "tz" }));
  });
});

describe("readTimeZone: hints for a zone written another way", () => {
  /** The message of readTimeZone's error for `value`. */
  const messageOf = (value: unknown) => {
    try {
      readTimeZone(value, "target.timeZone");
    } catch (e) {
      expect(e).toMatchObject({ code: "invalid_time_zone", path: "target.timeZone" });
      return (e as Error).message;
    }
    throw new Error(`expected ${String(value)} to be refused`);
  };

  // Indonesia's civil times (Keputusan Presiden 41/1987): WIB UTC+7 (Asia/Jakarta and
  // Asia/Pontianak in the IANA database), WITA UTC+8 (Asia/Makassar), WIT UTC+9 (Asia/Jayapura).
  it.each([
    ["WIB", '; WIB is UTC+7 (Western Indonesia Time): did you mean "Asia/Jakarta" (or "Asia/Pontianak")?'],
    ["wib", '; WIB is UTC+7 (Western Indonesia Time): did you mean "Asia/Jakarta" (or "Asia/Pontianak")?'],
    [" WIB ", '; WIB is UTC+7 (Western Indonesia Time): did you mean "Asia/Jakarta" (or "Asia/Pontianak")?'],
    ["WITA", '; WITA is UTC+8 (Central Indonesia Time): did you mean "Asia/Makassar"?'],
    ["Wita", '; WITA is UTC+8 (Central Indonesia Time): did you mean "Asia/Makassar"?'],
    ["WIT", '; WIT is UTC+9 (Eastern Indonesia Time): did you mean "Asia/Jayapura"?'],
    [
      "UTC+7",
      '; an offset is not a zone name: UTC+7 is WIB (Western Indonesia Time), did you mean "Asia/Jakarta" (or "Asia/Pontianak")?',
    ],
    [
      "GMT+7",
      '; an offset is not a zone name: UTC+7 is WIB (Western Indonesia Time), did you mean "Asia/Jakarta" (or "Asia/Pontianak")?',
    ],
    [
      "+07:00",
      '; an offset is not a zone name: UTC+7 is WIB (Western Indonesia Time), did you mean "Asia/Jakarta" (or "Asia/Pontianak")?',
    ],
    [
      "utc+0700",
      '; an offset is not a zone name: UTC+7 is WIB (Western Indonesia Time), did you mean "Asia/Jakarta" (or "Asia/Pontianak")?',
    ],
    ["UTC+8", '; an offset is not a zone name: UTC+8 is WITA (Central Indonesia Time), did you mean "Asia/Makassar"?'],
    ["+09:00", '; an offset is not a zone name: UTC+9 is WIT (Eastern Indonesia Time), did you mean "Asia/Jayapura"?'],
    ["+00:00", '; an offset is not a zone name: did you mean "UTC"?'],
    // Another whole hour: Etc/GMT-10 is UTC+10 (POSIX signs, inverted).
    [
      "UTC+10",
      '; an offset is not a zone name: give the IANA zone of the place (such as "Asia/Jakarta") or "Etc/GMT-10" for a fixed UTC+10 (Etc/ signs are inverted)',
    ],
    [
      "GMT-5",
      '; an offset is not a zone name: give the IANA zone of the place (such as "Asia/Jakarta") or "Etc/GMT+5" for a fixed UTC-5 (Etc/ signs are inverted)',
    ],
    // No Etc/ zone has a half hour or lies beyond UTC-12.
    ["+05:30", '; an offset is not a zone name: give the IANA zone of the place (such as "Asia/Jakarta")'],
    ["UTC-13", '; an offset is not a zone name: give the IANA zone of the place (such as "Asia/Jakarta")'],
    // The ends of the Etc/ zones in the IANA database (file etcetera): Etc/GMT-14 is UTC+14 and
    // Etc/GMT+12 is UTC-12.
    [
      "UTC+14",
      '; an offset is not a zone name: give the IANA zone of the place (such as "Asia/Jakarta") or "Etc/GMT-14" for a fixed UTC+14 (Etc/ signs are inverted)',
    ],
    [
      "UTC+13",
      '; an offset is not a zone name: give the IANA zone of the place (such as "Asia/Jakarta") or "Etc/GMT-13" for a fixed UTC+13 (Etc/ signs are inverted)',
    ],
    [
      "UTC-12",
      '; an offset is not a zone name: give the IANA zone of the place (such as "Asia/Jakarta") or "Etc/GMT+12" for a fixed UTC-12 (Etc/ signs are inverted)',
    ],
    ["UTC+15", '; an offset is not a zone name: give the IANA zone of the place (such as "Asia/Jakarta")'],
    // West of UTC, or off the whole hour: not an Indonesian time, and not UTC.
    [
      "UTC-7",
      '; an offset is not a zone name: give the IANA zone of the place (such as "Asia/Jakarta") or "Etc/GMT+7" for a fixed UTC-7 (Etc/ signs are inverted)',
    ],
    ["+07:30", '; an offset is not a zone name: give the IANA zone of the place (such as "Asia/Jakarta")'],
    ["+00:30", '; an offset is not a zone name: give the IANA zone of the place (such as "Asia/Jakarta")'],
    // Misspellings, at edit distance 1 or 2 from the IANA name.
    ["Asia/Jakata", '; did you mean "Asia/Jakarta"?'],
    ["Asia/Jayapure", '; did you mean "Asia/Jayapura"?'],
    ["Asia/Makasar", '; did you mean "Asia/Makassar"?'],
    // The spelling before 1972: not an alias that Node 20's ICU accepts, so refused, with the hint.
    ["Asia/Djakarta", '; did you mean "Asia/Jakarta"?'],
    // The city alone, or misspelt: the zone whose last segment it is.
    ["Jakarta", '; did you mean "Asia/Jakarta"?'],
    ["jakata", '; did you mean "Asia/Jakarta"?'],
    ["Pontianak", '; did you mean "Asia/Pontianak"?'],
    ["Los Angeles", '; did you mean "America/Los_Angeles"?'],
    // Nothing close: no hint.
    ["Mars/Olympus", ""],
    ["Indonesia", ""],
  ])("%j", (value, hint) => {
    expect(timeZoneHint(value)).toBe(hint);
    expect(messageOf(value)).toBe(`target.timeZone: ${JSON.stringify(value)} is not a known IANA time zone${hint}`);
  });

  it("accepts a zone name in another case, as Intl does (time-zone names are case-insensitive in ECMA-402)", () => {
    expect(readTimeZone("asia/jakarta", "tz")).toBe("asia/jakarta");
    expect(readTimeZone("ASIA/JAKARTA", "tz")).toBe("ASIA/JAKARTA");
  });

  it("falls back to the Indonesian zones and UTC on a runtime without Intl.supportedValuesOf", async () => {
    const intl = Intl as { supportedValuesOf?: unknown };
    const original = intl.supportedValuesOf;
    vi.resetModules();
    intl.supportedValuesOf = undefined;
    try {
      const fresh = await import("./timeZone.js");
      expect(fresh.timeZoneHint("Asia/Jakata")).toBe('; did you mean "Asia/Jakarta"?');
      expect(fresh.timeZoneHint("Jayapura")).toBe('; did you mean "Asia/Jayapura"?');
      expect(fresh.timeZoneHint("UTX")).toBe('; did you mean "UTC"?');
      expect(fresh.timeZoneHint("America/Los_Angles")).toBe(""); // not in the short list
    } finally {
      intl.supportedValuesOf = original;
      vi.resetModules();
    }
  });

  it("reads the runtime's own list of zones, not the short list, where Intl.supportedValuesOf exists", async () => {
    // The zone list is computed once per module: a fresh module computes it again.
    vi.resetModules();
    try {
      const fresh = await import("./timeZone.js");
      // One letter dropped from America/Los_Angeles (edit distance 1); not in the short list.
      expect(fresh.timeZoneHint("America/Los_Angles")).toBe('; did you mean "America/Los_Angeles"?');
    } finally {
      vi.resetModules();
    }
  });

  it("words the refusal of a non-string and of an overlong name (cut at 64 characters)", () => {
    expect(() => readTimeZone(7, "tz")).toThrow("tz: expected an IANA time-zone name, got number");
    expect(() => readTimeZone("x".repeat(70), "tz")).toThrow(`tz: "${"x".repeat(64)}" is not a known IANA time zone`);
  });

  it("gives no hint for an empty or overlong value", () => {
    expect(timeZoneHint("")).toBe("");
    expect(timeZoneHint(`Asia/Jakarta${"x".repeat(60)}`)).toBe("");
  });
});
