export { attainment } from "./attainment.js";
