// extractFigures on quotes from the published UMKM record (examples/data/umkm-digital.json and the
// reports it lists): every figure with its exact value, qualifier, counted words and named date.
import { describe, expect, it } from "vitest";
import { extractFigures } from "./extractFigures.js";

const brief = (text: string) =>
  extractFigures(text).map((f) => [f.value.toString(), f.kind, f.qualifier, f.counted, f.text, f.date?.date ?? null]);

describe("extractFigures on quotes from the record", () => {
  it.each([
    [
      "Hingga 1 November 2022 telah tercapai sebanyak 20,5 juta UMKM masuk (onboarding) ke ekosistem digital",
      [["20500000", "count", "exact", "UMKM", "20,5 juta", "2022-11-01"]],
    ],
    [
      "per Mei 2021 itu sudah mencapai 13,7 juta pelaku UMKM yang sudah onboarding",
      [["13700000", "count", "exact", "pelaku UMKM", "13,7 juta", "2021-05-31"]],
    ],
    [
      "Per Maret 2023, Sebanyak 22 Juta UMKM Onboarding Masuk Ekosistem Digital",
      [["22000000", "count", "exact", "UMKM", "22 Juta", "2023-03-31"]],
    ],
    [
      "19 juta ... masuk ke ekosistem digital hingga Mei 2022",
      [["19000000", "count", "exact", null, "19 juta", "2022-05-31"]],
    ],
    ["sehingga akhir 2020 ada 11,7 juta", [["11700000", "count", "exact", null, "11,7 juta", "2020-12-31"]]],
    [
      "Hari ini digitalisasi kita sudah 19,95 juta hampir 20 juta",
      [
        ["19950000", "count", "exact", null, "19,95 juta", null],
        ["20000000", "count", "almost", null, "hampir 20 juta", null],
      ],
    ],
    [
      "Hari ini kira-kira UMKM yang sudah go digital kita baru 25 jutaan",
      [["25000000", "count", "about", null, "25 jutaan", null]],
    ],
    [
      "sekitar 10,2 juta atau 16 persen pelaku UMKM",
      [
        ["10200000", "count", "about", null, "sekitar 10,2 juta", null],
        ["16", "percent", "exact", null, "16 persen", null],
      ],
    ],
    [
      "Semenjak 14 Mei 2020 sudah tercapai 1,9 juta lebih unit UMKM atau 98% dari target 2 juta",
      [
        ["1900000", "count", "more-than", "unit UMKM", "1,9 juta lebih", "2020-05-14"],
        ["98", "percent", "exact", null, "98%", "2020-05-14"],
        ["2000000", "count", "exact", null, "2 juta", "2020-05-14"],
      ],
    ],
    [
      "Per akhir Desember 2022, total UMKM/IKM/Artisan yang masuk ke ekosistem digital mencapai 21,4 juta unit",
      [["21400000", "count", "exact", "unit", "21,4 juta", "2022-12-31"]],
    ],
    [
      "As of December 2021, as many as 17.25 million MSME players have been onboarding",
      [["17250000", "count", "exact", "MSME players", "17.25 million", "2021-12-31"]],
    ],
    [
      "Currently, 13.5 million SMEs are onboard the digital world",
      [["13500000", "count", "exact", "SMEs", "13.5 million", null]],
    ],
    ["hanya delapan juta UMKM yang terjun di bisnis daring per awal 2020", []],
    ["Target 30 juta UMKM pada 2024", [["30000000", "count", "exact", "UMKM", "30 juta", "2024-12-31"]]],
    ["nilai transaksi Rp1.000.000.000,00", [["1000000000", "money", "exact", null, "Rp1.000.000.000,00", null]]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it("the span and the date's words point into the text", () => {
    const text = "Hingga 1 November 2022 telah tercapai sebanyak 20,5 juta UMKM masuk";
    const [f] = extractFigures(text);
    expect(text.slice(f?.span.start, f?.span.end)).toBe("20,5 juta");
    expect(f?.date).toEqual({ text: "Hingga 1 November 2022", date: "2022-11-01", precision: "day" });
  });

  it.each([
    ["hingga awal Oktober 2021 sudah 15,9 juta", "2021-10-01", "month"],
    ["per 2023 sudah 25,2 juta", "2023-12-31", "year"],
    ["until August 2023, 22.81 million MSMEs", "2023-08-31", "month"],
  ])("named date of %j", (text, date, precision) => {
    expect(extractFigures(text)[0]?.date).toMatchObject({ date, precision });
  });

  it.each([
    ["years and dates are never figures", "Refleksi 2022, 27 Desember 2022, tahun 2021"],
    ["no figure", "nggak akan kecapaian"],
    ["empty", ""],
    ["a number read only by guessing (a decimal point in Indonesian)", "sudah 3.7 juta"],
  ])("%s: []", (_, text) => {
    expect(extractFigures(text)).toEqual([]);
  });

  it("refuses a non-string", () => {
    expect(() => extractFigures(42 as never)).toThrow(expect.objectContaining({ code: "invalid_type", path: "text" }));
  });
});

// A year followed by a scale word or a percent, the rule of the methodology's "Figures in text".
describe("extractFigures, rule by rule", () => {
  // Years (1900–2100 without separators) are never figures, a year written against a word ("the
  // 2020s") neither; five digits are not a year; a scale word or a percent after the year makes it
  // a figure (2000 ribu = 2000 x 10^3).
  it.each([
    ["UMKM era 1990an dan 2020an", []],
    ["sebanyak 12000 UMKM", [["12000", "count", "exact", "UMKM", "12000", null]]],
    ["sebanyak 19000 UMKM", [["19000", "count", "exact", "UMKM", "19000", null]]],
    ["sebanyak 2000 ribu UMKM", [["2000000", "count", "exact", "UMKM", "2000 ribu", null]]],
    ["naik 2000 persen", [["2000", "percent", "exact", null, "2000 persen", null]]],
    ["naik 2000%", [["2000", "percent", "exact", null, "2000%", null]]],
    ["naik 2000persen", [["2000", "percent", "exact", null, "2000persen", null]]],
    ["pagu Rp1500 juta", [["1500000000", "money", "exact", null, "Rp1500 juta", null]]],
  ])("years: %s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});
