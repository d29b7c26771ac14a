import { describe, expect, it } from "vitest";
import { codeAndPath, thrown } from "../../test/support/errors.js";
import { parseIndonesianFigure } from "./parseIndonesianFigure.js";

const codeOf = codeAndPath;

describe("parseIndonesianFigure", () => {
  // Forms from the BBI report of May 2021 and Intl id-ID compact output (methodology: Indonesian numbers).
  it.each([
    ["3,7 juta", "3700000", "exact", "juta", null],
    ["3.000", "3000", "exact", null, null],
    ["Rp1.000.000.000,00", "1000000000", "exact", null, "IDR"],
    ["11,7 juta", "11700000", "exact", "juta", null],
    ["1,2 miliar", "1200000000", "exact", "miliar", null],
    ["500 rb", "500000", "exact", "ribu", null],
    ["30 jt", "30000000", "exact", "juta", null],
    ["1,5 T", "1500000000000", "exact", "triliun", null],
    ["3.000 lebih", "3000", "more-than", null, null],
    ["lebih dari 3 juta", "3000000", "more-than", "juta", null],
    ["3 juta+", "3000000", "more-than", "juta", null],
    ["sekitar 6,1 juta", "6100000", "about", "juta", null],
    ["± 500 ribu", "500000", "about", "ribu", null],
    ["hampir 2 juta", "2000000", "almost", "juta", null],
    ["kurang dari 1 miliar", "1000000000", "less-than", "miliar", null],
    ["3 jutaan", "3000000", "about", "juta", null],
    // "-an" ("millions of") makes a bare figure approximate, but an explicit qualifier stays
    ["sekitar 3 jutaan", "3000000", "about", "juta", null],
    ["lebih dari 3 jutaan", "3000000", "more-than", "juta", null],
    ["hampir 2 ribuan", "2000", "almost", "ribu", null],
    ["2 Miliaran", "2000000000", "about", "miliar", null],
    ["Rp 2,5 M", "2500000000", "exact", "miliar", "IDR"],
    ["Rp. 15.000", "15000", "exact", null, "IDR"],
    ["IDR 50 miliar", "50000000000", "exact", "miliar", "IDR"],
    ["3,7\u00a0jt", "3700000", "exact", "juta", null], // U+00A0, as Intl prints it
    ["  3,7   Juta ", "3700000", "exact", "juta", null],
    ["1.000,500", "1000.5", "exact", null, null],
    ["0,25", "0.25", "exact", null, null],
    ["1,2345 juta", "1234500", "exact", "juta", null],
    ["2.000.000", "2000000", "exact", null, null],
    ["508.333,33", "508333.33", "exact", null, null],
    ["0", "0", "exact", null, null],
  ])("%s -> %s (%s, %s, %s)", (text, value, qualifier, scale, currency) => {
    const f = parseIndonesianFigure(text);
    expect([f.value.toFixed(), f.qualifier, f.scale, f.currency]).toEqual([value, qualifier, scale, currency]);
  });

  it("normalises spaces in the text it returns", () => {
    expect(parseIndonesianFigure("3,7\u202fjuta").text).toBe("3,7 juta");
  });

  it.each([
    ["1.234,5.6", "ambiguous_number"], // a dot after the decimal comma
    ["1,234", "ambiguous_number"], // 1,234 (id) or 1 234 (en)?
    ["1,234 juta", "ambiguous_number"],
    ["1,234,567", "ambiguous_number"], // English grouping
    ["3.7", "ambiguous_number"], // English decimal point?
    ["3.7 juta", "ambiguous_number"],
    ["1.2345", "ambiguous_number"],
    ["12.34.567", "ambiguous_number"],
    ["1..000", "ambiguous_number"],
    ["1.234.56,7", "ambiguous_number"],
    ["", "unparseable_number"],
    ["   ", "unparseable_number"],
    ["abc", "unparseable_number"],
    ["juta", "unparseable_number"],
    ["3 k", "unparseable_number"],
    ["3 million", "unparseable_number"],
    ["-3", "unparseable_number"],
    ["3,", "unparseable_number"],
    ["1e6", "unparseable_number"],
    ["NaN", "unparseable_number"],
    ["Infinity", "unparseable_number"],
  ])("%s -> %s at text", (text, code) => {
    expect(codeOf(() => parseIndonesianFigure(text))).toEqual([code, "text"]);
  });

  it.each([[3_700_000], [null], [undefined], [{}]])("refuses a non-string (%s) with invalid_type", (v) => {
    expect(codeOf(() => parseIndonesianFigure(v as never))).toEqual(["invalid_type", "text"]);
  });

  it("explains an ambiguous comma", () => {
    expect(() => parseIndonesianFigure("1,234")).toThrow(/comma followed by three digits/);
  });

  it.each([
    // Each message names the text as read (quoted, spaces normalised) and what is wrong, so that a
    // person can correct it; the alternatives it offers are checked by hand to mean what they say:
    // "1.234" is one thousand two hundred thirty-four, "1,2340" is 1.234 (same value as "1,234"
    // read as a decimal comma), "3,7" is 3.7.
    ["", '"" is not a figure'],
    ["\u00a0 \t", '"" is not a figure'],
    [
      "abc",
      '"abc" is not a figure: expected digits, an optional scale word (ribu, juta, miliar, triliun) and an optional qualifier',
    ],
    // a figure in two parts ("3 million 500 thousand") is not read as its first part
    [
      "3 juta 500 ribu",
      '"3 juta 500 ribu" is not a figure: expected digits, an optional scale word (ribu, juta, miliar, triliun) and an optional qualifier',
    ],
    [
      "hampir 3 juta+",
      '"hampir 3 juta+" is not a figure: expected digits, an optional scale word (ribu, juta, miliar, triliun) and an optional qualifier',
    ],
    ["3 k", '"3 k": unknown scale word "k" (expected ribu/rb, juta/jt, miliar/M, triliun/T)'],
    // "Rp" is read only in front of the figure; after it, it is an unknown word
    ["5 Rp", '"5 Rp": unknown scale word "Rp" (expected ribu/rb, juta/jt, miliar/M, triliun/T)'],
    // two qualifiers ("about" and "more than") contradict: no silent choice of one
    [
      "sekitar 3.000 lebih",
      '"sekitar 3.000 lebih": unknown scale word "lebih" (expected ribu/rb, juta/jt, miliar/M, triliun/T)',
    ],
    // only a whole "-an" word is the approximate form of a scale word
    ["5 seribuan", '"5 seribuan": unknown scale word "seribuan" (expected ribu/rb, juta/jt, miliar/M, triliun/T)'],
    ["3 ribuannya", '"3 ribuannya": unknown scale word "ribuannya" (expected ribu/rb, juta/jt, miliar/M, triliun/T)'],
    ["3,", '"3,": the number ends with a separator'],
    ["3.000.", '"3.000.": the number ends with a separator'],
    [
      "1,234,567",
      '"1,234,567": more than one comma; Indonesian writes one decimal comma and groups thousands with dots ("1.234.567"), so this looks like English grouping',
    ],
    ["1,2.5", '"1,2.5": after the decimal comma only digits may follow'],
    ["1.23,5", '"1.23,5": dots must group thousands in threes before the decimal comma'],
    [
      "1,234",
      '"1,234": a comma followed by three digits could be a decimal comma (Indonesian) or a thousands separator (English); write "1.234" if thousands are meant, or give the decimal with two or four digits ("1,2340")',
    ],
    [
      "Rp 12,345 juta",
      '"Rp 12,345 juta": a comma followed by three digits could be a decimal comma (Indonesian) or a thousands separator (English); write "12.345" if thousands are meant, or give the decimal with two or four digits ("12,3450")',
    ],
    // one dot: probably an English decimal point, so the comma form is offered
    ["3.7", '"3.7": in Indonesian a dot groups thousands in threes; for a decimal write a comma ("3,7")'],
    [
      "1.2345 juta",
      '"1.2345 juta": in Indonesian a dot groups thousands in threes; for a decimal write a comma ("1,2345")',
    ],
    // several dots: no single decimal to offer
    ["12.34.567", '"12.34.567": in Indonesian a dot groups thousands in threes; for a decimal write a comma'],
    ["1..000", '"1..000": in Indonesian a dot groups thousands in threes; for a decimal write a comma'],
  ])("%j is refused with the message %s", (text, message) => {
    expect(thrown(() => parseIndonesianFigure(text)).message).toBe(`text: ${message}`);
  });

  it.each([
    // a text of 40 characters is quoted whole, a longer one cut at 40 with an ellipsis
    ["x".repeat(40), `"${"x".repeat(40)}" is not a figure: expected digits`],
    ["x".repeat(41), `"${"x".repeat(40)}…" is not a figure: expected digits`],
    // the length is counted after normalising spaces: 40 characters once the run of spaces is one
    [`${"x".repeat(20)}   ${"x".repeat(19)}`, `"${"x".repeat(20)} ${"x".repeat(19)}" is not a figure: expected digits`],
  ])("quotes at most 40 characters of the text (%#)", (text, start) => {
    expect(thrown(() => parseIndonesianFigure(text)).message.startsWith(`text: ${start}`)).toBe(true);
  });

  it("reads texts of up to 200 characters and refuses longer ones", () => {
    // "1" and 199 zeros is 10^199, written without separators (200 characters).
    expect(parseIndonesianFigure(`1${"0".repeat(199)}`).value.eq("1e199")).toBe(true);
    const err = thrown(() => parseIndonesianFigure(`1${"0".repeat(200)}`));
    expect([err.code, err.message]).toEqual(["unparseable_number", `text: "1${"0".repeat(39)}…" is not a figure`]);
  });

  it.each([
    [null, "null"],
    [undefined, "undefined"],
    [3_700_000, "number"],
    [["3,7 juta"], "an array"],
    [{ text: "3,7 juta" }, "an object"],
  ])("refuses the non-string %j, naming its kind", (value, kind) => {
    const err = thrown(() => parseIndonesianFigure(value as never));
    expect([err.code, err.path, err.message]).toEqual(["invalid_type", "text", `text: expected a string, got ${kind}`]);
  });
});
