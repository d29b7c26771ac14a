// ESLint (flat config) with typescript-eslint: its recommended rules everywhere, and its
// type-checked rules on src/ (with type information from tsconfig.json). Layout is Prettier's job (`npm run format`); import
// layering and cycles are checked by dependency-cruiser (`.dependency-cruiser.cjs`).
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["dist/", "docs/api/", "coverage/", "reports/", "demo-output/", ".stryker-tmp/", "examples/duckdb/data/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      eqeqeq: ["error", "always"],
      "no-console": "off",
    },
  },
  {
    // The library itself: no default export of decimal.js (its namespace breaks node16 type checks),
    // no import of another folder's internal/ (also checked by dependency-cruiser), and no function
    // over 60 lines (blank lines and comments not counted). The exceptions, numerical kernels whose
    // steps share scratch arrays and state, say why on the line above the function
    // (`eslint-disable-next-line max-lines-per-function -- numerical kernel: …`).
    files: ["src/**/*.ts"],
    ignores: ["src/**/*.test.ts", "src/**/*.test-prop.ts", "src/**/*.testkit.ts"],
    rules: {
      "max-lines-per-function": ["error", { max: 60, skipBlankLines: true, skipComments: true }],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "decimal.js",
              importNames: ["default"],
              message: 'import { Decimal } from "decimal.js": the default import breaks the shipped types under node16',
            },
          ],
          patterns: [
            {
              group: ["../*/internal/*", "../../*/internal/*"],
              message: "another folder's internal/ is private to it",
            },
          ],
        },
      ],
    },
  },
  {
    // The library itself is also linted with type information (typescript-eslint's type-checked
    // rules): floating promises, unsafe any, unnecessary conditions and the like.
    files: ["src/**/*.ts"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Its "the receiver accepts the original type" check asks to drop assertions that tsc needs
      // under noUncheckedIndexedAccess (in `a ?? (b as T)` and arguments): tsc is the judge here.
      "@typescript-eslint/no-unnecessary-type-assertion": "off",
    },
  },
  {
    // Tests hand the library hostile values typed `any`/`unknown` on purpose.
    files: ["src/**/*.test.ts", "src/**/*.test-prop.ts", "src/**/*.testkit.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      // Async iterables without an await stand in for streams; methods are passed to expect().
      "@typescript-eslint/require-await": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
  {
    // CommonJS examples show require(); the dashboard page gets vegaEmbed from its <script> tag.
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  { files: ["examples/dashboard/**"], languageOptions: { globals: { vegaEmbed: "readonly" } } },
  {
    files: ["**/*.test.ts", "**/*.test-prop.ts", "**/*.testkit.ts", "test/**", "bench/**", "scripts/**", "examples/**"],
    // Reference values are written with every digit their source gives, beyond what a double keeps.
    rules: { "@typescript-eslint/no-explicit-any": "off", "no-loss-of-precision": "off" },
  },
);
