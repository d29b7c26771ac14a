export { reconcile } from "./reconcile.js";
export type {
  Adjustment,
  Outlier,
  ReconciledReport,
  Reconciliation,
  ReconcileOptions,
  SameDateConflict,
  SameDateRule,
} from "./types.js";
