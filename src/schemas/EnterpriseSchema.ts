import * as z from "zod";
import { FIELD_DOCS } from "../model/core.js";
import { CountSchema, DateOrInstantSchema, MoneySchema, SizeSchema, TextSchema } from "./primitives.js";
import { dropUndefined, strictObject } from "./internal.js";

/**
 * An enterprise (usaha) that may be on-boarded. `capital` and `annualSales` accept a number, a
 * decimal string or a Decimal and come out as exact Decimals; in JSON documents they are decimal
 * strings. `z.output` is the library's `Enterprise`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { EnterpriseSchema } from "onboarding-targets/schemas";
 * EnterpriseSchema.parse({ id: "NIB-1", capital: "1000000000.50" }).capital.toFixed();
 * //=> "1000000000.5"
 * ```
 */
export const EnterpriseSchema = strictObject({
  /** Stable identifier (e.g. an NIB business number); counted once. */
  id: TextSchema.meta({ description: FIELD_DOCS.Enterprise.id }),
  /** Business name. */
  name: TextSchema.meta({ description: FIELD_DOCS.Enterprise.name }).optional(),
  /** Size class (`micro`, `small`, `medium` or `large`), when known. */
  size: SizeSchema.meta({ description: FIELD_DOCS.Enterprise.size }).optional(),
  /** KBLI sector code, as a string. */
  sector: TextSchema.meta({ description: FIELD_DOCS.Enterprise.sector }).optional(),
  /** Province code or name. */
  region: TextSchema.meta({ description: FIELD_DOCS.Enterprise.region }).optional(),
  /** The platform or marketplace joined. */
  platform: TextSchema.meta({ description: FIELD_DOCS.Enterprise.platform }).optional(),
  /** When the enterprise was on-boarded: `YYYY-MM-DD` or an ISO 8601 instant with offset. */
  onboardedAt: DateOrInstantSchema.meta({ description: FIELD_DOCS.Enterprise.onboardedAt }).optional(),
  /** Capital (modal usaha) excluding land and buildings, in IDR; a decimal string in JSON. */
  capital: MoneySchema.meta({ description: FIELD_DOCS.Enterprise.capital }).optional(),
  /** Annual sales (hasil penjualan tahunan), in IDR; a decimal string in JSON. */
  annualSales: MoneySchema.meta({ description: FIELD_DOCS.Enterprise.annualSales }).optional(),
  /** Number of workers (tenaga kerja). */
  workers: CountSchema.meta({ description: FIELD_DOCS.Enterprise.workers }).optional(),
})
  .transform(dropUndefined)
  .meta({ description: "An enterprise that may be on-boarded" });

/** What {@link EnterpriseSchema} accepts (`z.input`): amounts as numbers, strings or Decimals. @category Schemas */
export type EnterpriseSchemaInput = z.input<typeof EnterpriseSchema>;
/** What {@link EnterpriseSchema} returns (`z.output`): the library's `Enterprise`. @category Schemas */
export type EnterpriseSchemaOutput = z.output<typeof EnterpriseSchema>;
