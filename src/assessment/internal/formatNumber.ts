import type { Locale } from "../../vocabulary/index.js";
import { tz } from "@date-fns/tz";
import { format } from "date-fns/format";
import { enUS } from "date-fns/locale/en-US";
import { id } from "date-fns/locale/id";
import { Decimal } from "../../decimal/index.js";
import { formatCount } from "../../locale/core.js";

/**
 * Formats a number for a sentence with the library's `formatCount` (style `full`): at most
 * `fractionDigits` decimals (half-even), trailing zeros dropped, thousands grouped. `id`: dot
 * groups, decimal comma ("571.875", "466,67"); `en`: comma groups, decimal point. @internal
 */
export function formatNumber(value: number | Decimal, lang: Locale, fractionDigits = 2): string {
  return formatCount(value, { locale: lang, style: "full", maximumFractionDigits: fractionDigits });
}

/** A share as a percentage, e.g. 0.8 → "80%", 0.30125 → "30.1%" / "30,1%". @internal */
export function formatPercent(value: number | Decimal, lang: Locale): string {
  return `${formatNumber(new Decimal(value).times(100), lang, 1)}%`;
}

// date-fns writes the month names ("December", "Desember"). The date is built from its parts in UTC
// and formatted in UTC, so the machine's time zone cannot move it to another day.
const DATE_LOCALES = { en: enUS, id } as const;
const IN_UTC = tz("UTC");

/** The UTC midnight of a valid `YYYY-MM-DD` (years 0001 to 9999: `setUTCFullYear` keeps 0001 to 0099 as written). */
function utcDate(date: string): Date {
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return d;
}

/** "December 2023" / "Desember 2023", from a valid `YYYY-MM-DD`. @internal */
export function formatMonth(date: string, lang: Locale): string {
  return format(utcDate(date), "MMMM y", { locale: DATE_LOCALES[lang], in: IN_UTC });
}

/** "30 September 2023" (both languages write the day first). @internal */
export function formatDay(date: string, lang: Locale): string {
  return format(utcDate(date), "d MMMM y", { locale: DATE_LOCALES[lang], in: IN_UTC });
}
