/**
 * Replaces every kind of space (no-break U+00A0, narrow no-break U+202F, figure space U+2007,
 * thin space U+2009, tabs, newlines) by one ordinary space U+0020 and trims, so that figures
 * copied from documents or printed by `Intl` (which puts U+00A0 before "jt") compare equal.
 * @internal
 */
export function normalizeSpaces(text: string): string {
  return text.replace(/[\s\u00A0\u2007\u2009\u202F]+/gu, " ").trim();
}
