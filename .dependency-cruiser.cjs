// Import rules of the source tree, checked by dependency-cruiser as part of `npm run lint` (and so of `npm test`):
// 1. no import cycle, between files or between folders;
// 2. the folders of src/ form layers, and a folder imports only from the layers below it;
// 3. a folder's `internal/` is private: nothing outside that folder imports it;
// 4. another folder is entered only through its door: its `index.ts` (public), `core.ts` (for
//    other folders, not public) or `types.ts`, never one of its files or rooms directly.
/** The folders of src/, bottom layer first. */
const LAYERS = [
  "errors",
  "decimal",
  "numeric",
  "vocabulary",
  "read",
  "periods",
  "model",
  "path",
  "reconcile",
  "progress",
  "series",
  "projection",
  "locale",
  "assessment",
  "outlook",
  "charts",
  "plain",
  "schemas",
];

const upward = LAYERS.map((folder, i) => ({
  name: `layer-${folder}`,
  severity: "error",
  comment: `src/${folder}/ may import only from the folders below it: ${LAYERS.slice(0, i).join(", ") || "none"}`,
  from: { path: `^src/${folder}/` },
  to: { path: `^src/(${LAYERS.slice(i + 1).join("|")})/` },
}));

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "an import cycle",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "no-foreign-internal",
      severity: "error",
      comment: "a folder's internal/ is private to that folder",
      from: { path: "^src/([^/]+)/" },
      to: { path: "^src/[^/]+/internal/", pathNot: "^src/$1/" },
    },
    {
      name: "through-the-door",
      severity: "error",
      comment: "another folder is imported only through its index.ts, core.ts or types.ts",
      from: { path: "^src/([^/]+)/" },
      to: { path: "^src/[^/]+/", pathNot: ["^src/$1/", "^src/[^/]+/(index|core|types)\\.ts$"] },
    },
    {
      name: "no-unknown-folder",
      severity: "error",
      comment: "every folder of src/ has a place in the layers of .dependency-cruiser.cjs",
      from: { path: "^src/" },
      to: { path: "^src/[^/]+/", pathNot: `^src/(${LAYERS.join("|")})/` },
    },
    ...upward,
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.(test|test-prop)\\.ts$|\\.testkit\\.ts$" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
  },
};
