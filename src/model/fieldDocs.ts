/**
 * The description of each field of the model, in one place: the zod schemas (`src/schemas/`) give
 * these texts to `.meta({ description })`, so the JSON Schema exports carry them
 * (`src/schemas/descriptions.test.ts`), and `fieldDocs.test.ts` checks that the TSDoc of each field
 * in `types.ts` says the same (an `…Input` type's field as its validated type's). Texts are TSDoc
 * markdown on one line.
 *
 * Keyed by type, then field; `Phasing.<kind>` for each variant of the `Phasing` union.
 */
export const FIELD_DOCS = {
  DatedValue: {
    date: "`YYYY-MM-DD`, a real calendar date; the value counts everything up to the end of this day.",
    value: "A count: a non-negative safe integer.",
  },
  "Phasing.linear": {
    kind: "A straight line on the month axis.",
  },
  "Phasing.monthly-weights": {
    kind: "One weight per calendar month of the target.",
    weights:
      "Non-negative weights with a positive sum, one for each calendar month that intersects (baseline date, goal date], in order.",
  },
  "Phasing.seasonal": {
    kind: "Twelve weights, a yearly profile repeated over the target's months.",
    profile: "Twelve non-negative weights with a positive sum, January to December.",
  },
  "Phasing.milestones": {
    kind: "Intermediate points, interpolated linearly on the month axis.",
    points:
      "The intermediate `{ date, value }` points, in date order, after the baseline date and not after the goal date.",
  },
  TargetScope: {
    region: 'Province code (e.g. `"31"`) or name (e.g. `"DKI Jakarta"`).',
    sector: 'KBLI sector code, as a string (e.g. `"10"` or `"47911"`).',
    size: "Enterprise size class: `micro`, `small`, `medium` or `large`.",
  },
  Target: {
    id: "Stable identifier, unique within a programme.",
    name: 'Display name, e.g. `"UMKM on digital platforms"`.',
    names:
      'The display name per language, e.g. `{ id: "UMKM di platform digital" }`; a language left out reads `name`.',
    metric: 'What is counted, e.g. `"umkm-onboarded"`.',
    unit: 'Unit of the values, e.g. `"enterprises"`.',
    direction: "`increase` (default) or `decrease`.",
    timeZone: "IANA time zone in which dates are whole days; default `Asia/Jakarta`.",
    baseline: "Where the target starts.",
    goal: "What is to be reached, and by when; the goal date comes after the baseline date, and the goal value is not below the baseline value for `increase` (not above it for `decrease`).",
    phasing: 'How the plan is spread over time; default `{ kind: "linear" }`.',
    scope: "The population the target covers.",
    parentId: "Id of the parent target this one rolls up into.",
    revisions:
      "Later changes of the goal, in order of announcement: from each one's announcement on, its goal (and phasing) is in force.",
  },
  TargetRevision: {
    announced:
      "`YYYY-MM-DD`, not before the baseline date and after the previous revision's: from the end of this day the new goal is in force.",
    goal: "The goal in force from then on: after the announcement and the baseline dates, on the direction's side of the baseline value.",
    phasing: 'How the plan runs to the new goal, from the baseline; default `{ kind: "linear" }`.',
  },
  Observation: {
    date: "`YYYY-MM-DD`: the value counts everything up to the end of this day.",
    value: "A count: a non-negative safe integer.",
    kind: "`cumulative` (default: the running total) or `increment` (the new on-boardings in the period that ends on `date`).",
    source: "Where the figure comes from (a report, a dashboard, a file).",
    note: "Free text.",
    correction: "True when this figure restates earlier ones: a decrease here is a correction, not an anomaly.",
  },
  Enterprise: {
    id: "Stable identifier (e.g. an NIB business number); counted once.",
    name: "Business name.",
    size: "Size class (`micro`, `small`, `medium` or `large`), when known.",
    sector: "KBLI sector code, as a string.",
    region: "Province code or name.",
    platform: "The platform or marketplace joined.",
    onboardedAt: "When the enterprise was on-boarded: `YYYY-MM-DD` or an ISO 8601 instant with offset.",
    capital: "Capital (modal usaha) excluding land and buildings, in IDR; a decimal string in JSON.",
    annualSales: "Annual sales (hasil penjualan tahunan), in IDR; a decimal string in JSON.",
    workers: "Number of workers (tenaga kerja).",
  },
  Programme: {
    id: "Stable identifier.",
    name: 'Display name, e.g. `"Bangga Buatan Indonesia"`.',
    targets: "The targets; ids are unique; a `parentId` names another target of the programme.",
    observations: "Observations of each target, keyed by target id; default none.",
  },
} as const;
