export { type CalendarDate, isCalendarDate } from "./calendarDate.js";
export { isTimeZone, DEFAULT_TIME_ZONE } from "./timeZone.js";
export { monthsBetween } from "./monthsBetween.js";
