export {
  at,
  collect,
  enumMessage,
  readArray,
  DEFAULT_CONFIDENCE,
  readBoolean,
  readConfidence,
  readCount,
  readEnum,
  readFiniteNumber,
  readNonNegative,
  readOpenNumber,
  readObject,
  readString,
  unknownKeyMessage,
} from "./readers.js";
export { closestMatch, didYouMean, editDistance, MAX_SUGGESTION_DISTANCE } from "./didYouMean.js";
