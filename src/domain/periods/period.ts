/**
 * Reporting periods. Every kind of period is placed on one timeline by its end date, so an annual
 * figure, a quarter and a snapshot date can be compared for "latest" and "previous".
 */
import { monthName } from '../text/dates';

export type PeriodType = 'financial_year' | 'quarter' | 'month' | 'date' | 'three_year';

export interface Period {
  type: PeriodType;
  /** Canonical label: `2020/21`, `2021/22 Q2`, `2021-09`, `2021-09-27`, `2016-19`. */
  label: string;
  /** First day, ISO `YYYY-MM-DD`. */
  start: string;
  /** Last day, ISO `YYYY-MM-DD`. */
  end: string;
}

export type PeriodParseResult = { ok: true; period: Period } | { ok: false; reason: string };

const ACCEPTED_FORMS =
  'a financial year (2020/21), a quarter (2021/22 Q2 or Q2 2021-22), a month (2021-09), ' +
  'a date (2021-09-27 or 27/09/2021) or a three-year period (2016-19)';

const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;
const QUARTER_AFTER = /^(\d{4})[/-](\d{2}) ?Q(\d+)$/;
const QUARTER_BEFORE = /^Q(\d+) ?(\d{4})[/-](\d{2})$/;
const YEAR_HYPHEN_TWO_DIGITS = /^(\d{4})-(\d{2})$/;
const YEAR_HYPHEN_YEAR = /^(\d{4})-(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Reads a period as it is written in data files and committee papers.
 *
 * A hyphen between a year and two digits is read, in this order:
 * - as a three-year period when the digits are the first year plus three (`2016-19`), because DfE's
 *   adoption scorecards write their three-year averages that way, including `2009-12` and `2010-13`,
 *   which would otherwise pass for months;
 * - as ambiguous when the digits are the first year plus one (`2020-21`): committee papers use that
 *   for financial years, but on its own it could as well be a month (`2011-12`), so the writer must say;
 * - as a month otherwise (`2021-09`).
 * In a quarter (`Q2 2021-22`) the hyphenated financial year is accepted, as the quarter removes the doubt.
 */
// A file of 300,000 figures names only a few dozen periods: reading each label once makes loading a
// saved version or a large upload several times faster. Results are never mutated, so sharing is safe;
// the cache is bounded so a file of junk labels cannot grow it without limit.
const parsedPeriods = new Map<string, PeriodParseResult>();
const PARSED_PERIODS_LIMIT = 10_000;

export function parsePeriod(text: string): PeriodParseResult {
  const known = parsedPeriods.get(text);
  if (known) return known;
  const result = parsePeriodText(text);
  if (parsedPeriods.size >= PARSED_PERIODS_LIMIT) parsedPeriods.clear();
  parsedPeriods.set(text, result);
  return result;
}

function parsePeriodText(text: string): PeriodParseResult {
  // Word processors turn the hyphen in "Q2 2021-22" into an en or em dash when papers are typed.
  const written = text
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[\u2013\u2014]/g, '-')
    .toUpperCase();
  if (written === '') return { ok: false, reason: 'period is blank' };

  const financialYearMatch = FINANCIAL_YEAR.exec(written);
  if (financialYearMatch) {
    const first = Number(financialYearMatch[1]);
    const second = Number(financialYearMatch[2]);
    if (second !== (first + 1) % 100) {
      return {
        ok: false,
        reason: `${written} is not a financial year: the second year must follow the first (${financialYearLabel(first)})`,
      };
    }
    return { ok: true, period: financialYear(first) };
  }

  const quarterMatch = QUARTER_AFTER.exec(written);
  if (quarterMatch) return quarterFrom(written, quarterMatch[1], quarterMatch[2], quarterMatch[3]);
  const quarterFirstMatch = QUARTER_BEFORE.exec(written);
  if (quarterFirstMatch) return quarterFrom(written, quarterFirstMatch[2], quarterFirstMatch[3], quarterFirstMatch[1]);

  const hyphenMatch = YEAR_HYPHEN_TWO_DIGITS.exec(written);
  if (hyphenMatch) {
    const first = Number(hyphenMatch[1]);
    const second = Number(hyphenMatch[2]);
    if (second === (first + 3) % 100) return { ok: true, period: threeYear(first) };
    if (second === (first + 1) % 100) {
      return {
        ok: false,
        reason:
          `${written} is ambiguous: write ${financialYearLabel(first)} for the financial year, ` +
          `or ${threeYearLabel(first - 2)} for the three years ending March ${first + 1}`,
      };
    }
    if (second >= 1 && second <= 12) return { ok: true, period: month(first, second) };
    return {
      ok: false,
      reason:
        `${written} is neither a month (months run from 01 to 12) ` +
        `nor a three-year period (three years from ${first} is ${threeYearLabel(first)})`,
    };
  }

  const yearsMatch = YEAR_HYPHEN_YEAR.exec(written);
  if (yearsMatch) {
    const first = Number(yearsMatch[1]);
    const last = Number(yearsMatch[2]);
    if (last !== first + 3) {
      return {
        ok: false,
        reason:
          `${written} is not a three-year period: the last year must be three after the first ` +
          `(${threeYearLabel(first)}); write a financial year as ${financialYearLabel(first)}`,
      };
    }
    return { ok: true, period: threeYear(first) };
  }

  const isoMatch = ISO_DATE.exec(written);
  if (isoMatch) return dateFrom(written, Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const ukMatch = UK_DATE.exec(written);
  if (ukMatch) return dateFrom(written, Number(ukMatch[3]), Number(ukMatch[2]), Number(ukMatch[1]));

  return { ok: false, reason: `"${text.trim()}" is not a period: write ${ACCEPTED_FORMS}` };
}

/** Labels are already written the way panel papers write periods. */
export function formatPeriod(period: Period): string {
  return period.label;
}

const TYPE_ORDER_AT_SAME_END: Readonly<Record<PeriodType, number>> = {
  date: 0,
  month: 1,
  quarter: 2,
  financial_year: 3,
  three_year: 4,
};

/**
 * Orders periods on one timeline by end date. Periods ending on the same day run from the shortest
 * to the longest (date, month, quarter, financial year, three years), so that "latest" picks the
 * annual figure over the Q4 figure that ends with it. The label settles anything left, so the order
 * is total and a sort is repeatable.
 */
export function comparePeriods(a: Period, b: Period): number {
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  const byType = TYPE_ORDER_AT_SAME_END[a.type] - TYPE_ORDER_AT_SAME_END[b.type];
  if (byType !== 0) return byType;
  if (a.label === b.label) return 0;
  return a.label < b.label ? -1 : 1;
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.type === b.type && a.label === b.label;
}

/** Three-year periods span three financial years, so none of them is "the" year they belong to. */
export function financialYearOf(period: Period): Period | null {
  if (period.type === 'three_year') return null;
  return financialYear(financialYearStartOfDate(period.end));
}

export function financialYear(startYear: number): Period {
  return {
    type: 'financial_year',
    label: financialYearLabel(startYear),
    start: isoDate(startYear, 4, 1),
    end: isoDate(startYear + 1, 3, 31),
  };
}

/**
 * The calendar year in which the period's financial year begins: 2021 for `2021/22` and `2021/22 Q4`.
 * A month or a date gives the financial year it falls in; a three-year period gives its first year,
 * so the function has an answer for every period rather than failing on some.
 */
export function financialYearStart(period: Period): number {
  return financialYearStartOfDate(period.start);
}

export function quartersOf(financialYearStartYear: number): Period[] {
  return [1, 2, 3, 4].map((quarter) => quarterPeriod(financialYearStartYear, quarter));
}

export function isOnOrBefore(a: Period, b: Period): boolean {
  return a.end <= b.end;
}

/**
 * The next month after a month, the next quarter after a quarter; null for other kinds, which do
 * not follow one another in a regular run (a snapshot date, a year beside its three-year averages).
 */
export function periodAfter(period: Period): Period | null {
  if (period.type === 'month') {
    const year = Number(period.start.slice(0, 4));
    const monthNumber = Number(period.start.slice(5, 7));
    return monthNumber === 12 ? month(year + 1, 1) : month(year, monthNumber + 1);
  }
  if (period.type === 'quarter') {
    const startYear = financialYearStart(period);
    const quarter = Number(period.label.slice(-1));
    return quarter === 4 ? quarterPeriod(startYear + 1, 1) : quarterPeriod(startYear, quarter + 1);
  }
  return null;
}

/** The same quarter or month a year before (Q2 2020/21 for Q2 2021/22); null for other kinds. */
export function yearBefore(period: Period): Period | null {
  if (period.type === 'month') return month(Number(period.start.slice(0, 4)) - 1, Number(period.start.slice(5, 7)));
  if (period.type === 'quarter') return quarterPeriod(financialYearStart(period) - 1, Number(period.label.slice(-1)));
  return null;
}

/**
 * Whether a period is part of a financial year rather than the whole of it: a quarter other than
 * Q4, or a month other than March. A year-to-date figure for such a period counts only part of a year.
 */
export function isPartOfYear(period: Period): boolean {
  if (period.type === 'quarter') return !period.label.endsWith('Q4');
  if (period.type === 'month') return period.start.slice(5, 7) !== '03';
  return false;
}

/**
 * The financial year a figure is shown under in a year-by-year view.
 *
 * DfE's adoption scorecard publishes each three-year average in the year after the three years end:
 * the average for 2016-19, which ends on 31 March 2019, is published and shown under 2019/20. So a
 * three-year period is reported in the financial year that starts the day after it ends. A financial
 * year is reported in itself; shorter periods have no annual column and give null.
 */
export function yearReportedIn(period: Period): Period | null {
  if (period.type === 'financial_year') return period;
  if (period.type === 'three_year') return financialYear(financialYearStartOfDate(period.end) + 1);
  return null;
}

function quarterFrom(written: string, firstText = '', secondText = '', quarterText = ''): PeriodParseResult {
  const first = Number(firstText);
  const second = Number(secondText);
  const quarter = Number(quarterText);
  if (second !== (first + 1) % 100) {
    return {
      ok: false,
      reason:
        `${written} is not a quarter: the financial year's second year must follow the first ` +
        `(${financialYearLabel(first)})`,
    };
  }
  if (quarter < 1 || quarter > 4) {
    return {
      ok: false,
      reason: `${written} is not a quarter: quarters run from Q1 (April to June) to Q4 (January to March)`,
    };
  }
  return { ok: true, period: quarterPeriod(first, quarter) };
}

function dateFrom(written: string, year: number, monthNumber: number, day: number): PeriodParseResult {
  if (monthNumber < 1 || monthNumber > 12) {
    return { ok: false, reason: `${written} is not a date: months run from 1 to 12` };
  }
  const lastDay = daysInMonth(year, monthNumber);
  if (day < 1 || day > lastDay) {
    return {
      ok: false,
      reason: `${written} is not a date: ${monthName(monthNumber)} ${year} has ${lastDay} days`,
    };
  }
  const label = isoDate(year, monthNumber, day);
  return { ok: true, period: { type: 'date', label, start: label, end: label } };
}

function quarterPeriod(financialYearStartYear: number, quarter: number): Period {
  // Q4 is January to March, in the calendar year after the financial year starts.
  const calendarYear = quarter === 4 ? financialYearStartYear + 1 : financialYearStartYear;
  const firstMonth = quarter === 4 ? 1 : quarter * 3 + 1;
  const lastMonth = firstMonth + 2;
  return {
    type: 'quarter',
    label: `${financialYearLabel(financialYearStartYear)} Q${quarter}`,
    start: isoDate(calendarYear, firstMonth, 1),
    end: isoDate(calendarYear, lastMonth, daysInMonth(calendarYear, lastMonth)),
  };
}

function month(year: number, monthNumber: number): Period {
  return {
    type: 'month',
    label: `${pad(year, 4)}-${pad(monthNumber, 2)}`,
    start: isoDate(year, monthNumber, 1),
    end: isoDate(year, monthNumber, daysInMonth(year, monthNumber)),
  };
}

function threeYear(firstYear: number): Period {
  return {
    type: 'three_year',
    label: threeYearLabel(firstYear),
    start: isoDate(firstYear, 4, 1),
    end: isoDate(firstYear + 3, 3, 31),
  };
}

function financialYearLabel(startYear: number): string {
  return `${pad(startYear, 4)}/${pad((startYear + 1) % 100, 2)}`;
}

function threeYearLabel(firstYear: number): string {
  return `${pad(firstYear, 4)}-${pad((firstYear + 3) % 100, 2)}`;
}

/** Works on the ISO text so no time zone can move a date across a month or year boundary. */
function financialYearStartOfDate(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const monthNumber = Number(iso.slice(5, 7));
  return monthNumber >= 4 ? year : year - 1;
}

function daysInMonth(year: number, monthNumber: number): number {
  if (monthNumber === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(monthNumber) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function isoDate(year: number, monthNumber: number, day: number): string {
  return `${pad(year, 4)}-${pad(monthNumber, 2)}-${pad(day, 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
