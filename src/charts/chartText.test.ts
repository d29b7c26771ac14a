import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHART_WORDS, compactCount, countLabelExpr, shortDate, vegaLocale } from "./chartText.js";

// Independent reference for English: the en-US locale files shipped with d3 (which Vega uses).
const d3Json = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../node_modules/${name}`, import.meta.url), "utf8")) as Record<string, unknown>;

describe("vegaLocale", () => {
  it("is d3's own en-US number and time locale for 'en', with compactCount's hyphen-minus", () => {
    const loc = vegaLocale("en");
    expect(loc.number).toEqual({ ...d3Json("d3-format/locale/en-US.json"), minus: "-" });
    expect(loc.time).toEqual(d3Json("d3-time-format/locale/en-US.json"));
  });

  it("is the Indonesian convention for 'id': decimal comma, thousands dot, Rupiah, 24-hour time with dots", () => {
    const loc = vegaLocale("id") as { number: Record<string, unknown>; time: Record<string, unknown> };
    // Indonesian writes 30.000.000 and 1,5 (the render test of burnUpChart shows "30.000.000").
    expect(loc.number).toEqual({ decimal: ",", thousands: ".", grouping: [3], minus: "-", currency: ["Rp", ""] });
    expect(loc.time).toMatchObject({
      dateTime: "%A, %e %B %Y %X",
      date: "%d/%m/%Y", // day/month/year
      time: "%H.%M.%S", // 24-hour clock, dot separators (PUEBI)
      periods: ["AM", "PM"],
    });
    // Day and month names in Bahasa Indonesia, Sunday first as d3 expects.
    expect(loc.time.days).toEqual(["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]);
    expect(loc.time.shortDays).toEqual(["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"]);
    expect(loc.time.months).toEqual([
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
    ]);
    expect(loc.time.shortMonths).toEqual([
      "Jan",
      "Feb",
      "Mar",
      "Apr",
      "Mei",
      "Jun",
      "Jul",
      "Agu",
      "Sep",
      "Okt",
      "Nov",
      "Des",
    ]);
  });

  it("returns a fresh copy of the month abbreviations (a caller's edit does not leak into the words table)", () => {
    const months = (vegaLocale("en").time as { shortMonths: string[] }).shortMonths;
    months[0] = "X";
    expect(CHART_WORDS.en.months[0]).toBe("Jan");
  });
});

describe("shortDate and the interval words", () => {
  it.each([
    ["2023-12-31", "en", "31 Dec 2023"],
    ["2023-12-31", "id", "31 Des 2023"],
    ["2022-08-05", "id", "5 Agu 2022"],
    ["2022-05-01", "en", "1 May 2022"],
  ] as const)("shortDate(%s, %s) is %s", (date, locale, text) => {
    expect(shortDate(date, locale)).toBe(text);
  });

  it("names the projection interval with its confidence in both languages", () => {
    expect(CHART_WORDS.en.interval("90%")).toBe("90% interval");
    expect(CHART_WORDS.id.interval("95,5%")).toBe("Rentang 95,5%");
  });

  it("words the gap at the goal date in two lines", () => {
    expect(CHART_WORDS.en.shortfall("4.05M", "31 Dec 2023")).toEqual(["Shortfall 4.05M", "at 31 Dec 2023"]);
    expect(CHART_WORDS.en.surplus("1M", "31 Dec 2023")).toEqual(["Surplus 1M", "at 31 Dec 2023"]);
    expect(CHART_WORDS.id.shortfall("4,05 jt", "31 Des 2023")).toEqual(["Kekurangan 4,05 jt", "pada 31 Des 2023"]);
    expect(CHART_WORDS.id.surplus("1 jt", "31 Des 2023")).toEqual(["Kelebihan 1 jt", "pada 31 Des 2023"]);
  });
});

describe("compactCount", () => {
  it.each([
    // Three significant digits in formatCount's compact style (K/M/B in en, rb/jt/M in id).
    [4_046_279, "en", "4.05M"],
    [4_046_279, "id", "4,05 jt"],
    [12_345, "en", "12.3K"],
    [12_345, "id", "12,3 rb"],
    [123_456, "en", "123K"],
    [1_000_000, "en", "1M"], // trailing zeros dropped
    [1_200_000_000, "id", "1,2 M"], // M is miliar in Indonesian
    [850, "en", "850"],
    [4.5, "en", "4.5"],
    [999_999, "en", "1M"], // 999.999K rounds to 1000K, which moves up a unit
    [-4_046_279, "en", "-4.05M"],
  ] as const)("compactCount(%d, %s) is %s", (value, locale, text) => {
    expect(compactCount(value, locale)).toBe(text);
  });
});

describe("countLabelExpr", () => {
  // The axis expression run by vega itself, with the chart's locale, against compactCount: the
  // same text for round ticks, for each unit's lower edge and for negative values.
  const values = [0, 5, 250, 999, 1000, 1250, 12_500, 500_000, 1_000_000, 2_500_000_000, 3e12, -1500, -20_000_000];
  it.each(["en", "id"] as const)("writes what compactCount writes (%s)", async (locale) => {
    const [{ compile }, { parse, View }] = await Promise.all([import("vega-lite"), import("vega")]);
    const spec = {
      data: { values: values.map((value, i) => ({ value, i })) },
      transform: [{ calculate: countLabelExpr(locale), as: "label" }],
      mark: "text",
      encoding: { y: { field: "i", type: "ordinal" }, text: { field: "label" } },
      config: { locale: vegaLocale(locale) },
    };
    const view = new View(parse(compile(spec as never).spec), { renderer: "none" });
    await view.runAsync();
    const svg = await view.toSVG();
    view.finalize();
    const written = [...svg.matchAll(/<text[^>]*role="graphics-symbol"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(written).toEqual(values.map((v) => compactCount(v, locale)));
  });
});
