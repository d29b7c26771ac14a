import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fcOptions } from "../../test/support/fc.js";
import { localDateOf } from "../../test/support/localDate.js";
import { DAY_MS, DayClock, MAX_DAY, MIN_DAY } from "./dayClock.js";
import { dayToDate } from "./periodAxis.js";

describe("DayClock", () => {
  // Reference: the zone rules (Asia/Jakarta UTC+7 since 1964; Los Angeles PST/PDT with changes
  // at 02:00 local on 2021-03-14 and 2021-11-07; Chatham +12:45/+13:45 changing at 02:45 local).
  it.each([
    ["Asia/Jakarta", Date.UTC(2021, 3, 30, 16, 59, 59, 999), "2021-04-30"],
    ["Asia/Jakarta", Date.UTC(2021, 3, 30, 17, 0, 0, 0), "2021-05-01"],
    ["America/Los_Angeles", Date.UTC(2021, 2, 14, 7, 59, 59, 999), "2021-03-13"], // 23:59:59.999 PST
    ["America/Los_Angeles", Date.UTC(2021, 2, 14, 8, 0, 0, 0), "2021-03-14"], // 00:00 PST
    ["America/Los_Angeles", Date.UTC(2021, 2, 15, 6, 59, 59, 999), "2021-03-14"], // 23:59:59.999 PDT
    ["America/Los_Angeles", Date.UTC(2021, 2, 15, 7, 0, 0, 0), "2021-03-15"],
    ["Pacific/Chatham", Date.UTC(2021, 3, 3, 10, 14, 59, 999), "2021-04-03"], // 23:59:59.999 +13:45
    ["Pacific/Chatham", Date.UTC(2021, 3, 3, 10, 15, 0, 0), "2021-04-04"],
    ["Pacific/Apia", Date.UTC(2011, 11, 30, 10, 0, 0, 0), "2011-12-31"], // Samoa skipped 2011-12-30
  ])("%s: %s ms is on %s", (zone, ms, date) => {
    expect(dayToDate(new DayClock(zone).localDay(ms))).toBe(date);
  });

  it.each([
    "Asia/Jakarta",
    "America/Los_Angeles",
    "Pacific/Chatham",
    "America/Santiago",
    "Europe/London",
    "Australia/Lord_Howe",
  ])("agrees with a per-instant tzOffset lookup in %s (fast-check)", (zone) => {
    const clock = new DayClock(zone);
    const lo = Date.UTC(1990, 0, 1);
    const hi = Date.UTC(2035, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: lo, max: hi }), (ms) => dayToDate(clock.localDay(ms)) === localDateOf(ms, zone)),
      fcOptions({ numRuns: 2000 }),
    );
  });

  it("is fixed over a range where the zone keeps one offset", () => {
    const clock = new DayClock("Asia/Jakarta");
    clock.cover(18_000, 20_000);
    expect(clock.fixedOffset).toBe(7 * 3_600_000);
    const la = new DayClock("America/Los_Angeles");
    la.cover(18_000, 20_000);
    expect(la.fixedOffset).toBeNaN();
  });
});

describe("DayClock: coverage of the tables", () => {
  // An instant at 12:00 UTC is on the same calendar date in every zone whose offset is under
  // 12 hours (Los Angeles: UTC-8/-7 now, -7:52:58 local mean time before 1883), so the expected
  // date is the UTC date of the instant: an independent reference.
  const noon = (day: number) => day * DAY_MS + DAY_MS / 2;

  it.each(["UTC", "America/Los_Angeles", "Asia/Jakarta"])(
    "reaches the first and last days of the calendar in %s",
    (zone) => {
      // One clock per end: a clock asked both would build tables over the whole calendar.
      expect(dayToDate(new DayClock(zone).localDay(noon(MIN_DAY)))).toBe("0001-01-01");
      expect(dayToDate(new DayClock(zone).localDay(noon(MAX_DAY)))).toBe("9999-12-31");
    },
  );

  it("answers at each edge of the covered range as it grows forwards and backwards", () => {
    const clock = new DayClock("America/Los_Angeles");
    const d0 = Date.UTC(2021, 2, 1) / DAY_MS; // 2021-03-01, two weeks before the PDT change
    expect(dayToDate(clock.localDay(noon(d0)))).toBe("2021-03-01");
    // Each query is the first day past the range covered so far, then the first day before it.
    for (let step = 0; step < 4; step++) {
      const past = clock.first + clock.count;
      expect(dayToDate(clock.localDay(noon(past)))).toBe(dayToDate(past));
      expect(clock.first + clock.count).toBeGreaterThan(past);
      const before = clock.first - 1;
      expect(dayToDate(clock.localDay(noon(before)))).toBe(dayToDate(before));
      expect(clock.first).toBeLessThanOrEqual(before);
      // The last covered day itself answers from the tables.
      const last = clock.first + clock.count - 1;
      expect(dayToDate(clock.localDay(noon(last)))).toBe(dayToDate(last));
    }
    // 2021-03-14T10:00Z is 03:00 PDT (after the change at 10:00Z), 2021-03-15T06:30Z is 23:30 PDT on the 14th.
    expect(dayToDate(clock.localDay(Date.UTC(2021, 2, 15, 6, 30)))).toBe("2021-03-14");
  });
});
