// The published UMKM record bundled with the examples (examples/data/umkm-digital.json): 30 reports
// from six counters, 2019-12-31 to 2024-08-03, with their sources and quotes, and the target with its
// March 2022 revision. Tests read it as a user would load it.
import { readFileSync } from "node:fs";

export interface RecordReport {
  readonly date: string;
  readonly value: number;
  readonly source: string;
  readonly note: string;
}

export interface RecordDocument {
  readonly target: {
    readonly id: string;
    readonly baseline: { readonly date: string; readonly value: number };
    readonly goal: { readonly date: string; readonly value: number };
    readonly name: string;
    readonly metric: string;
    readonly unit: string;
    readonly revisions: readonly {
      readonly announced: string;
      readonly goal: { readonly date: string; readonly value: number };
      readonly phasing?: { readonly kind: "milestones"; readonly points: { date: string; value: number }[] };
    }[];
  };
  readonly observations: readonly RecordReport[];
}

/** The record, read afresh (callers may change their copy). */
export function umkmRecord(): RecordDocument {
  return JSON.parse(
    readFileSync(new URL("../../examples/data/umkm-digital.json", import.meta.url), "utf8"),
  ) as RecordDocument;
}

/** The target as announced in January 2021, without its revision. */
export function targetAsAnnounced(): Omit<RecordDocument["target"], "revisions"> {
  const { revisions: _revisions, ...target } = umkmRecord().target;
  return target;
}

/** One report per date: the first one listed (the headline figure), as a single-counter series. */
export function headlineSeries(): RecordReport[] {
  const seen = new Set<string>();
  return umkmRecord().observations.filter((o) => !seen.has(o.date) && seen.add(o.date));
}
