/** The chart's colours, opacities and text metrics, shared by its encodings and layers. */
export const SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json";
export const COLORS = {
  actual: "#1f5fa8",
  plan: "#8c8c8c",
  projection: "#e0720b",
  interval: "#e0720b",
  goal: "#2e8b3a",
  shortfall: "#b0172a",
  eta: "#c0392b",
  asOf: "#555555",
};
/** Fill opacity of the interval band (and its legend swatch). */
export const BAND_OPACITY = 0.3;
