export { toPlain, type Plain, type ToPlainOptions } from "./toPlain.js";
