/** Periods placed on a time axis, for charts that draw years and quarters on one line. */
import { financialYearOf, type Period } from './period';

/** Milliseconds of the period's end date (UTC midnight): where a figure for the period sits on the axis. */
export function endTime(period: Period): number {
  return Date.parse(`${period.end}T00:00:00Z`);
}

/**
 * One axis label per financial year the periods fall in, at the year's end, oldest first: quarters
 * of 2021/22 and the year 2021/22 itself share the one tick "2021/22".
 */
export function yearTicks(periods: readonly Period[]): { x: number; label: string }[] {
  const years = new Map<string, Period>();
  for (const period of periods) {
    const year = financialYearOf(period);
    if (year) years.set(year.label, year);
  }
  return [...years.values()].map((year) => ({ x: endTime(year), label: year.label })).sort((a, b) => a.x - b.x);
}
