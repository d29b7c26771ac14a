import { describe, expect, it } from "vitest";
import { Decimal } from "../../decimal/index.js";
import { formatDay, formatMonth, formatNumber, formatPercent } from "./formatNumber.js";

describe("formatNumber", () => {
  // Indonesian writing (methodology: Indonesian numbers): dot groups thousands, decimal comma; the sentence
  // "Perlu 571.875 UMKM per bulan".
  it.each([
    [571875, "id", "571.875"],
    [571875, "en", "571,875"],
    [new Decimal(1400).div(3), "id", "466,67"],
    [new Decimal(1400).div(3), "en", "466.67"],
    [30_000_000, "id", "30.000.000"],
    [-750, "id", "-750"],
    [0.5, "en", "0.5"],
    [999.999, "en", "1,000"],
  ] as const)("%s in %s → %s", (value, lang, expected) => expect(formatNumber(value, lang)).toBe(expected));

  it("percent, months and days", () => {
    expect(formatPercent(0.8, "en")).toBe("80%");
    expect(formatPercent(0.30125, "id")).toBe("30,1%");
    expect(formatMonth("2023-12-31", "id")).toBe("Desember 2023");
    expect(formatMonth("2023-05-31", "en")).toBe("May 2023");
    expect(formatDay("2025-06-30", "id")).toBe("30 Juni 2025");
  });
});

describe("month names (every month, both languages)", () => {
  // Indonesian month names as written in official documents (Januari ... Desember).
  const en = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];
  const id = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
  ];
  it.each(en.map((name, i) => [String(i + 1).padStart(2, "0"), name, id[i] as string]))(
    "month %s: %s / %s",
    (mm, enName, idName) => {
      expect(formatMonth(`2024-${mm}-01`, "en")).toBe(`${enName} 2024`);
      expect(formatDay(`0999-${mm}-09`, "id")).toBe(`9 ${idName} 999`);
    },
  );
});
