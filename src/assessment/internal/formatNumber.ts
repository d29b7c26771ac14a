import { Decimal } from "../../decimal/index.js";
import { formatCount } from "../../locale/formatCount.js";

/**
 * Formats a number for a sentence with the library's `formatCount` (style `full`): at most
 * `fractionDigits` decimals (half-even), trailing zeros dropped, thousands grouped. `id`: dot
 * groups, decimal comma ("571.875", "466,67"); `en`: comma groups, decimal point. @internal
 */
export function formatNumber(value: number | Decimal, lang: "en" | "id", fractionDigits = 2): string {
  return formatCount(value, { locale: lang, style: "full", maximumFractionDigits: fractionDigits });
}

/** A share as a percentage, e.g. 0.8 → "80%", 0.30125 → "30.1%" / "30,1%". @internal */
export function formatPercent(value: number | Decimal, lang: "en" | "id"): string {
  return `${formatNumber(new Decimal(value).times(100), lang, 1)}%`;
}

const MONTHS = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
} as const;

/** "December 2023" / "Desember 2023", from a valid `YYYY-MM-DD` (month 01 to 12). @internal */
export function formatMonth(date: string, lang: "en" | "id"): string {
  // Every date here comes from a validated target or observation, so the month index is 0 to 11.
  return `${MONTHS[lang][Number(date.slice(5, 7)) - 1] as string} ${Number(date.slice(0, 4))}`;
}

/** "30 September 2023" (both languages write the day first). @internal */
export function formatDay(date: string, lang: "en" | "id"): string {
  return `${Number(date.slice(8, 10))} ${formatMonth(date, lang)}`;
}
