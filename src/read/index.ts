export {
  at,
  collect,
  enumMessage,
  readArray,
  readBoolean,
  readCount,
  readEnum,
  readNonNegative,
  readObject,
  readString,
  unknownKeyMessage,
} from "./readers.js";
export { closestMatch, didYouMean, editDistance, MAX_SUGGESTION_DISTANCE } from "./didYouMean.js";
