import { financialYear, quartersOf, type Period } from '../periods/period';
import {
  addMonths,
  civilFromDay,
  collectionYearOf,
  daysInMonth,
  financialYearStartDay,
  isoText,
  monthEnd,
  ukText,
  type Day,
} from './days';
import type { Basis } from './figure';

/** Inclusive range of days. */
export interface Window {
  from: Day;
  to: Day;
}

/**
 * The date figures are computed for and the windows SPEC §4 gives an in-year figure: the 12 months
 * to the date (comparable with a year-end figure), the 36 months to it (adoption's three-year
 * averages), and the collection year to date (from 1 April). At 31 March the first is the year.
 */
export interface AsAt {
  day: Day;
  /** The collection year the date falls in, by its closing year (2022 for 30/09/2021). */
  collectionYear: number;
  isYearEnd: boolean;
  rolling12: Window;
  rolling36: Window;
  yearToDate: Window;
  /** The period the figures are labelled with. */
  period: Period;
}

/**
 * How an as-at date is labelled: `auto` gives the financial year for 31 March, the quarter for the
 * other quarter ends (the seed scorecard's in-year columns, `2021/22 Q2`) and the date otherwise;
 * a series labels every point alike, by `month` or by `quarter` (31 March as Q4).
 */
export type PeriodLabelling = 'auto' | 'month' | 'quarter';

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function monthPeriod(day: Day): Period {
  const { year, month } = civilFromDay(day);
  return {
    type: 'month',
    label: `${year}-${pad(month)}`,
    start: `${year}-${pad(month)}-01`,
    end: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`,
  };
}

function datePeriod(day: Day): Period {
  const label = isoText(day);
  return { type: 'date', label, start: label, end: label };
}

function quarterEndPeriod(day: Day): Period | null {
  if (monthEnd(day) !== day) return null;
  const { month } = civilFromDay(day);
  if (month % 3 !== 0) return null;
  const fyStart = collectionYearOf(day) - 1;
  const quarter = month === 3 ? 4 : month / 3 - 1;
  return quartersOf(fyStart)[quarter - 1] ?? null;
}

export function isYearEnd(day: Day): boolean {
  const { month, day: dayOfMonth } = civilFromDay(day);
  return month === 3 && dayOfMonth === 31;
}

export function periodFor(day: Day, labelling: PeriodLabelling): Period {
  if (labelling === 'month') return monthEnd(day) === day ? monthPeriod(day) : datePeriod(day);
  if (labelling === 'quarter') return quarterEndPeriod(day) ?? datePeriod(day);
  if (isYearEnd(day)) return financialYear(collectionYearOf(day) - 1);
  return quarterEndPeriod(day) ?? datePeriod(day);
}

export function asAtContext(day: Day, labelling: PeriodLabelling = 'auto'): AsAt {
  return {
    day,
    collectionYear: collectionYearOf(day),
    isYearEnd: isYearEnd(day),
    rolling12: { from: addMonths(day, -12) + 1, to: day },
    rolling36: { from: addMonths(day, -36) + 1, to: day },
    yearToDate: { from: financialYearStartDay(day), to: day },
    period: periodFor(day, labelling),
  };
}

/** The window a basis covers at the date (a snapshot is the day itself). */
export function windowOf(asAt: AsAt, basis: Basis): Window {
  switch (basis) {
    case 'snapshot':
      return { from: asAt.day, to: asAt.day };
    case 'rolling_12_months':
    case 'year_end':
      return asAt.rolling12;
    case 'rolling_36_months':
      return asAt.rolling36;
    case 'year_to_date':
      return asAt.yearToDate;
  }
}

/** The sentence every note starts with: what the figure covers. */
export function basisText(asAt: AsAt, basis: Basis): string {
  const { from, to } = windowOf(asAt, basis);
  switch (basis) {
    case 'snapshot':
      return `At ${ukText(asAt.day)}.`;
    case 'rolling_12_months':
      return asAt.isYearEnd ? `Year ending ${ukText(to)}.` : `Rolling 12 months, ${ukText(from)} to ${ukText(to)}.`;
    case 'rolling_36_months':
      return asAt.isYearEnd
        ? `Three years ending ${ukText(to)}.`
        : `Rolling 36 months, ${ukText(from)} to ${ukText(to)}.`;
    case 'year_to_date':
      return asAt.isYearEnd ? `Year ending ${ukText(to)}.` : `Year to date, ${ukText(from)} to ${ukText(to)}.`;
    case 'year_end':
      return `Year ending 31/03/${asAt.collectionYear}.`;
  }
}
