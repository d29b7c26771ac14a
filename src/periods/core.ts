/**
 * What other folders use of periods/, not public: the door for the rest of the library.
 * @internal
 * @module
 */
export {
  addDaysToDate,
  type CalendarDate,
  dayNumber,
  daysInMonth,
  formatYMD,
  fromDayNumber,
  isCalendarDate,
  parseCalendarDate,
} from "./calendarDate.js";
export {
  dateAtPosition,
  monthIndex,
  monthOfIndex,
  monthPosition,
  monthPositionNumber,
  monthPositionNumberOf,
  positionParts,
} from "./monthAxis.js";
export { monthsBetween } from "./monthsBetween.js";
export { monthLabel, monthsIntersecting } from "./targetMonths.js";
export { DEFAULT_TIME_ZONE, readTimeZone } from "./timeZone.js";
