import { daysInMonth, formatYMD } from "../../periods/core.js";
import type { CalendarDate } from "../../periods/core.js";

/** A date named in a sentence, with the day it stands for. */
export interface NamedDate {
  /** The words as written, e.g. `"per Maret 2023"`. */
  readonly text: string;
  /** The day it stands for: the day itself, the last day of a month, the last day of a year ("akhir 2021"), or the first ("awal …"). */
  readonly date: CalendarDate;
  /** How it was named: a `day`, a `month` or a `year`. */
  readonly precision: "day" | "month" | "year";
  /** Where it is in the text: `text` is `input.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  february: 2,
  feb: 2,
  pebruari: 2,
  maret: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  agustus: 8,
  august: 8,
  aug: 8,
  agu: 8,
  agt: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  nopember: 11,
  desember: 12,
  december: 12,
  des: 12,
  dec: 12,
};
const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");
/** Words that lead a date: they belong to its text. */
const LEAD =
  "(?:(?:per|hingga|sampai(?:\\s+dengan)?|s\\.d\\.|pada|sejak|selama|tahun|as\\s+of|until|by|since|in|at\\s+the\\s+end\\s+of|end\\s+of|the\\s+end\\s+of)\\s+)?";
const EDGE = "(?:akhir|awal|pertengahan|end\\s+of|early|mid|late)\\s+";
const YEAR = "(19\\d{2}|20\\d{2}|2100)";

/** Day month year; month year; edge + (month) year; lead + year. Longest alternatives first. */
const DATE_RE = new RegExp(
  `(?<![\\p{L}\\d])${LEAD}(?:(\\d{1,2})\\s+(${MONTH})\\.?\\s+${YEAR}|(${EDGE})?(?:(${MONTH})\\.?\\s+)?(?:tahun\\s+)?${YEAR})(?![\\p{L}\\d])`,
  "giu",
);

/**
 * Every date named in `text`: "1 November 2022", "per Maret 2023", "hingga Mei 2022", "akhir 2021",
 * "as of August 2023", "2024". A month stands for its last day ("awal …": its first), a year for
 * its last day ("awal 2021": 1 January). Invalid days (31 Februari) are left out.
 * @internal
 */
export function namedDates(text: string): NamedDate[] {
  const out: NamedDate[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const [whole, day, dayMonth, dayYear, edge, month, year] = m;
    const start = m.index ?? 0;
    const early = edge !== undefined && /^(awal|early)/i.test(edge);
    let date: CalendarDate;
    let precision: NamedDate["precision"];
    if (day !== undefined) {
      const y = Number(dayYear);
      const mo = MONTHS[(dayMonth as string).toLowerCase()] as number;
      if (Number(day) < 1 || Number(day) > daysInMonth(y, mo)) continue;
      date = formatYMD(y, mo, Number(day));
      precision = "day";
    } else if (month !== undefined) {
      const y = Number(year);
      const mo = MONTHS[month.toLowerCase()] as number;
      date = formatYMD(y, mo, early ? 1 : daysInMonth(y, mo));
      precision = "month";
    } else {
      const y = Number(year);
      date = early ? formatYMD(y, 1, 1) : formatYMD(y, 12, 31);
      precision = "year";
    }
    out.push({ text: whole.trim(), date, precision, start, end: start + whole.trimEnd().length });
  }
  return out;
}
