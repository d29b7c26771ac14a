/**
 * What other folders use of locale/, not public: the door for the rest of the library.
 * @internal
 * @module
 */
export { formatCount } from "./formatCount.js";
