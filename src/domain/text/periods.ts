/** Periods in words, for readers who do not think in financial years. */
import type { Period } from '../periods/period';
import { monthName, monthYearInWords } from './dates';

/** A period in words: "Quarter 2 2021/22 (July to September 2021)", "2020/21 (April 2020 to March 2021)". */
export function describePeriod(period: Period): string {
  switch (period.type) {
    case 'financial_year':
      return `${period.label} (April ${period.start.slice(0, 4)} to March ${period.end.slice(0, 4)})`;
    case 'quarter': {
      const [year = '', quarter = ''] = period.label.split(' ');
      return `Quarter ${quarter.slice(1)} ${year} (${monthName(Number(period.start.slice(5, 7)))} to ${monthYearInWords(period.end)})`;
    }
    case 'month':
      return monthYearInWords(period.start);
    case 'date':
      return `${Number(period.end.slice(8, 10))} ${monthYearInWords(period.end)}`;
    case 'three_year':
      return `${period.label} (April ${period.start.slice(0, 4)} to March ${period.end.slice(0, 4)}, three years)`;
  }
}

/** A figure's time in a sentence: "in 2020/21" for a span of years, "at 2021/22 Q2" for a point within a year. */
export function whenInWords(period: Period): string {
  return period.type === 'financial_year' || period.type === 'three_year' ? `in ${period.label}` : `at ${period.label}`;
}
