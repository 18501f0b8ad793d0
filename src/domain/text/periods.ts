/** Periods in words, for readers who do not think in financial years. */
import type { Period } from '../periods/period';
import { dateInWords, monthName, monthYearInWords } from './dates';

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

/**
 * A period as a heading, a cell or a sentence names it, never as the data's own code: "2020/21",
 * "Q2 2021/22" (as committee papers write quarters), "September 2021", "30 September 2021" (never
 * 2021-09-30), "2019/20 to 2021/22" for three years.
 */
export function periodName(period: Period): string {
  switch (period.type) {
    case 'financial_year':
      return period.label;
    case 'quarter': {
      const [year = '', quarter = ''] = period.label.split(' ');
      return `${quarter} ${year}`;
    }
    case 'month':
      return monthYearInWords(period.start);
    case 'date':
      return dateInWords(period.end);
    case 'three_year': {
      const first = Number(period.start.slice(0, 4));
      const last = Number(period.end.slice(0, 4)) - 1;
      return `${first}/${String(first + 1).slice(2)} to ${last}/${String(last + 1).slice(2)}`;
    }
  }
}

/** A figure's time in a sentence: "in 2020/21" for a span of years, "at Q2 2021/22" for a point within a year. */
export function whenInWords(period: Period): string {
  const name = periodName(period);
  return period.type === 'financial_year' || period.type === 'three_year' ? `in ${name}` : `at ${name}`;
}
