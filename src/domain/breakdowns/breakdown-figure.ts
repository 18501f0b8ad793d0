import type { Status } from '../observations/status';
import type { Period } from '../periods/period';

/**
 * A figure of one category of one breakdown: the children looked after at 30 September in
 * independent fostering agency placements, or those aged 10 to 15 who have been in care for 2 to 5
 * years. A breakdown has one dimension (placement type, legal status, team, age in years) or two
 * (age band × time in care), for an area and a period (a snapshot date, a quarter or a year). Like
 * any figure it has a status, and a suppressed or unavailable category has no count: blank is never
 * zero. Readers and pages take the figures of a breakdown in the order given, which is the order
 * its categories are shown in.
 */
export interface BreakdownCategory {
  /** What the dimension is, e.g. `placement_type`, `age_band`, `time_in_care`. */
  dimension: string;
  /** The category's stable key within its dimension, e.g. `foster_other_agency`, `10_to_15`. */
  key: string;
  /** The category in words, e.g. "Independent fostering agency". */
  label: string;
}

export interface BreakdownFigure {
  /** The breakdown, e.g. `cla_placement_mix`; a catalogue id where the catalogue has the breakdown as a chart row. */
  breakdownId: string;
  areaCode: string;
  period: Period;
  /** One category, or two for a cross-tabulation (first the row dimension, then the column). */
  categories: readonly [BreakdownCategory] | readonly [BreakdownCategory, BreakdownCategory];
  /** How many are in the category; null when there is no figure (see status). */
  count: number | null;
  /** The count as a percentage of `total`; null when there is no figure or no total. */
  percent: number | null;
  /** What the percentage is of: everyone in the breakdown (e.g. all children looked after at the date). */
  total: number | null;
  status: Status;
  note: string;
}

/** One figure per breakdown, area, period and category: the key merges and pages use. */
export function breakdownFigureKey(figure: BreakdownFigure): string {
  return [
    figure.breakdownId,
    figure.areaCode,
    figure.period.label,
    ...figure.categories.map((category) => `${category.dimension}=${category.key}`),
  ].join('|');
}
