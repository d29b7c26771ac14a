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

  it("refuses a non-string, naming its kind", () => {
    expect(() => extractFigures(42 as never)).toThrow(
      expect.objectContaining({ code: "invalid_type", path: "text", message: "text: expected a string, got number" }),
    );
  });

  it("reads a text of 100 000 characters and refuses a longer one", () => {
    expect(brief("1".padStart(100_000, " "))).toEqual([["1", "count", "exact", null, "1", null]]);
    expect(() => extractFigures("1".padStart(100_001, " "))).toThrow(
      expect.objectContaining({
        code: "out_of_range",
        path: "text",
        message: "text: is 100001 characters long; at most 100000 are allowed",
      }),
    );
  });
});

// The rules of the methodology's "Figures in text", one at a time, on short sentences made for them.
describe("extractFigures, rule by rule", () => {
  // English grouping: commas in threes, a decimal point (a bare number in an English sentence).
  // Lakh grouping ("1,23,456") and a comma before four digits are neither, and are left out.
  it.each([
    ["1,500", "1500"],
    ["12,500", "12500"],
    ["1,234,567", "1234567"],
    ["1,234.56", "1234.56"],
    ["12500", "12500"],
    ["12500.75", "12500.75"],
    ["1,23,456", null],
    ["1,5000", null],
  ])("reads %s in an English sentence as %s", (digits, value) => {
    const expected = value === null ? [] : [[value, "count", "exact", "merchants", digits, null]];
    expect(brief(`${digits} merchants have joined the platform`)).toEqual(expected);
  });

  it.each([
    // An English scale word takes English digits: "1,23" is neither English grouping nor a decimal.
    ["1,23 million SMEs have joined", []],
    // An Indonesian scale word is read the Indonesian way, even in an English sentence.
    [
      "The ministry reported 20,5 juta UMKM as of 2022",
      [["20500000", "count", "exact", "UMKM", "20,5 juta", "2022-12-31"]],
    ],
    // Only the "-an" of "jutaan" makes a figure approximate, not the "an" inside "thousand".
    ["500 thousand merchants have joined", [["500000", "count", "exact", "merchants", "500 thousand", null]]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it.each([
    ["harga Rp 15.000", [["15000", "money", "exact", null, "Rp 15.000", null]]],
    // Money only right after "Rp": the count after it is a count.
    [
      "nilai Rp1.000.000 dari 20 juta UMKM",
      [
        ["1000000", "money", "exact", null, "Rp1.000.000", null],
        ["20000000", "count", "exact", "UMKM", "20 juta", null],
      ],
    ],
  ])("money: %s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  // Years (1900–2100 without separators) are never figures, a year written against a word ("the
  // 2020s") neither; five digits are not a year; a scale word or a percent after the year makes it
  // a figure (2000 ribu = 2000 x 10^3).
  it.each([
    ["UMKM era 1990an dan 2020an", []],
    ["sebanyak 12000 UMKM", [["12000", "count", "exact", "UMKM", "12000", null]]],
    ["sebanyak 19000 UMKM", [["19000", "count", "exact", "UMKM", "19000", null]]],
    ["sebanyak 2000 ribu UMKM", [["2000000", "count", "exact", "UMKM", "2000 ribu", null]]],
    ["naik 2000 persen", [["2000", "percent", "exact", null, "2000 persen", null]]],
    ["hingga 2000 persen", [["2000", "percent", "exact", null, "2000 persen", null]]],
    ["Di 2024 jutaan UMKM sudah go digital", []], // "jutaan" after a year: millions of, not 2024 million
    ["naik 2000%", [["2000", "percent", "exact", null, "2000%", null]]],
    ["naik 2000persen", [["2000", "percent", "exact", null, "2000persen", null]]],
    ["pagu Rp1500 juta", [["1500000000", "money", "exact", null, "Rp1500 juta", null]]],
  ])("years: %s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it.each([
    ["Sudah 20 juta. UMKM lain menyusul", null], // the sentence ends before "UMKM"
    ["sudah 20 juta  UMKM", "UMKM"], // two spaces
    ["mencapai 21,4 juta UMKM/IKM/Artisan di ekosistem digital", "UMKM/IKM/Artisan"],
    ["tambah 2 juta UMKM/tahun", null], // "tahun" is not a counted word, so neither is "UMKM/tahun"
    ["mencapai 25 juta UMK", "UMK"], // an acronym not in the list of words
    ["sudah 20 juta UMKMnya", null], // capitals, then lower case: not an acronym
    ["sudah 5 juta akun eKTP", "akun"], // capitals only at the end: not an acronym
    ["20 juta pelaku usaha UMKM unit koperasi", "pelaku usaha UMKM unit"], // at most four words
  ])("what is counted in %j: %j", (text, counted) => {
    expect(extractFigures(text).map((f) => f.counted)).toEqual([counted]);
  });

  // Each figure takes the named date nearest to it: the characters between them, the one before on a tie.
  it.each([
    ["13,7 juta pada Mei 2021 dan 21,4 juta pada Desember 2022", ["2021-05-31", "2022-12-31"]],
    ["Per Mei 2021 sudah 13,7 juta UMKM yang sudah onboarding, dan per Desember 2022", ["2021-05-31"]],
    ["per Mei 2021 ada 13,7 juta dan per Desember 2022", ["2021-05-31"]], // 5 characters each side
    ["Capaian 2022: 20,5 juta UMKM", ["2022-12-31"]], // a year alone, with no scale word after it
  ])("the nearest date in %j", (text, dates) => {
    expect(extractFigures(text).map((f) => f.date?.date)).toEqual(dates);
  });
});
