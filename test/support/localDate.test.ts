import { describe, expect, it } from "vitest";
import { localDateOf } from "./localDate.js";

describe("localDateOf (the reference for the day-clock tests)", () => {
  it.each([
    // WIB is UTC+7: 17:00Z is midnight in Jakarta, the next day.
    ["2023-12-31T16:59:59.999Z", "Asia/Jakarta", "2023-12-31"],
    ["2023-12-31T17:00:00Z", "Asia/Jakarta", "2024-01-01"],
    ["2023-12-31T17:00:00Z", "UTC", "2023-12-31"],
    // WITA UTC+8, WIT UTC+9.
    ["2024-03-31T15:59:59Z", "Asia/Makassar", "2024-03-31"],
    ["2024-03-31T16:00:00Z", "Asia/Makassar", "2024-04-01"],
    ["2024-03-31T15:00:00Z", "Asia/Jayapura", "2024-04-01"],
    // Los Angeles: PST UTC-8 in January, PDT UTC-7 in July.
    ["2024-01-01T07:59:00Z", "America/Los_Angeles", "2023-12-31"],
    ["2024-07-01T06:59:00Z", "America/Los_Angeles", "2024-06-30"],
    ["2024-07-01T07:00:00Z", "America/Los_Angeles", "2024-07-01"],
    // Chatham: UTC+13:45 in (southern) summer, UTC+12:45 in winter.
    // Local midnight of 1 January is 10:15Z on 31 December; of 1 July, 11:15Z on 30 June.
    ["2023-12-31T10:14:00Z", "Pacific/Chatham", "2023-12-31"],
    ["2023-12-31T10:15:00Z", "Pacific/Chatham", "2024-01-01"],
    ["2024-06-30T11:15:00Z", "Pacific/Chatham", "2024-07-01"],
    ["2024-06-30T11:14:00Z", "Pacific/Chatham", "2024-06-30"],
  ])("%s in %s is %s", (iso, zone, date) => {
    expect(localDateOf(Date.parse(iso), zone)).toBe(date);
  });
});
