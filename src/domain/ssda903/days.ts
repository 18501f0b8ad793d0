/**
 * Dates of a 903 return as whole day numbers (days since 1 January 1970), so that the engine
 * compares and subtracts plain integers: no Date objects, no time zones, no daylight-saving hour
 * that could move a midnight across a day. Conversions follow the proleptic Gregorian calendar
 * (H. Hinnant's civil-date algorithms).
 */
export type Day = number;

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function dayFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function civilFromDay(dayNumber: Day): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthPart = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthPart + 2) / 5) + 1;
  const month = monthPart < 10 ? monthPart + 3 : monthPart - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// SPEC N1: 1–2 digit day and month, a 4-digit year, slashes; anything else is not a date.
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A 903 date (`dd/mm/yyyy`) as a day number, or null when it is not a real day. */
export function parseUkDate(text: string): Day | null {
  const match = UK_DATE.exec(text);
  if (!match) return null;
  return checkedDay(Number(match[3]), Number(match[2]), Number(match[1]));
}

/** An ISO date (`yyyy-mm-dd`, as the command line takes --as-at) as a day number, or null. */
export function parseIsoDate(text: string): Day | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  return checkedDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

function checkedDay(year: number, month: number, day: number): Day | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayFromCivil(year, month, day);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

export function isoText(dayNumber: Day): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The way the 903 and committee papers write a date: 31/03/2022. */
export function ukText(dayNumber: Day): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`;
}

/**
 * The same day `months` months later (or earlier when negative), clamped to the end of a shorter
 * month (SPEC N7): 31 March minus 30 months is 30 September.
 */
export function addMonths(dayNumber: Day, months: number): Day {
  const { year, month, day } = civilFromDay(dayNumber);
  const index = year * 12 + (month - 1) + months;
  const toYear = Math.floor(index / 12);
  const toMonth = index - toYear * 12 + 1;
  return dayFromCivil(toYear, toMonth, Math.min(day, daysInMonth(toYear, toMonth)));
}

/**
 * The anniversary `years` years on. A 29 February reaches its anniversary on 1 March in a common
 * year (SPEC N7), as a birthday does in law, rather than being clamped to 28 February.
 */
export function addYears(dayNumber: Day, years: number): Day {
  const { year, month, day } = civilFromDay(dayNumber);
  const toYear = year + years;
  if (month === 2 && day === 29 && !isLeapYear(toYear)) return dayFromCivil(toYear, 3, 1);
  return dayFromCivil(toYear, month, day);
}

/** Completed years from `from` to `to`: the anniversary itself counts (SPEC N7); -1 before `from`. */
export function completedYears(from: Day, to: Day): number {
  if (to < from) return -1;
  let years = civilFromDay(to).year - civilFromDay(from).year;
  if (addYears(from, years) > to) years -= 1;
  return years;
}

/** The last day of the month the day falls in. */
export function monthEnd(dayNumber: Day): Day {
  const { year, month } = civilFromDay(dayNumber);
  return dayFromCivil(year, month, daysInMonth(year, month));
}

/** 1 April of the financial year (collection year) the day falls in. */
export function financialYearStartDay(dayNumber: Day): Day {
  const { year, month } = civilFromDay(dayNumber);
  return dayFromCivil(month >= 4 ? year : year - 1, 4, 1);
}

/** The calendar year in which the day's collection year ends (the validator's way of naming a year). */
export function collectionYearOf(dayNumber: Day): number {
  const { year, month } = civilFromDay(dayNumber);
  return month >= 4 ? year + 1 : year;
}
