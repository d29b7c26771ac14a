/**
 * The languages of the library's words: `en` (English) and `id` (Bahasa Indonesia).
 *
 * @category Locale
 * @example
 * ```ts
 * import { LOCALES } from "onboarding-targets";
 * LOCALES;
 * //=> ["en", "id"]
 * ```
 */
export const LOCALES = ["en", "id"] as const;

/**
 * A language of the library's words: `"en"` or `"id"` (see {@link LOCALES}).
 *
 * @category Locale
 */
export type Locale = (typeof LOCALES)[number];

/**
 * The locale every function that takes a `locale` option uses when it is left out: `"en"`, the
 * language of the explanations by default. One default for the whole library (`formatCount`,
 * `checkConsistency`, `assess`, `assessProgramme`, `burnUpChart`), so that a report mixing their
 * outputs reads in one language; pass `locale: "id"` for Bahasa Indonesia.
 *
 * @category Locale
 * @example
 * ```ts
 * import { DEFAULT_LOCALE, formatCount } from "onboarding-targets";
 * DEFAULT_LOCALE;
 * //=> "en"
 * [formatCount(11_700_000), formatCount(11_700_000, { locale: "id" })];
 * //=> ["11.7 million", "11,7 juta"]
 * ```
 */
export const DEFAULT_LOCALE: Locale = "en";
