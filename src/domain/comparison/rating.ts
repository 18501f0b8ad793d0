import type { Polarity } from '../catalogue/measure';
import { isFigure } from './figure';

/**
 * How a figure compares with a comparator (England, region, statistical neighbours) or with a
 * target, and where an area stands among all areas with a figure.
 */
export type Rating = 'better' | 'similar' | 'worse' | 'not_rated';

/** Share of the comparator's value within which a figure counts as similar when the measure sets no tolerance. */
export const DEFAULT_SIMILAR_RELATIVE_TOLERANCE = 0.05;

// Published figures are decimals that binary numbers only approximate (63.3 − 60.3 is
// 3.0000000000000036), so a difference of exactly the tolerance must not tip into better or worse.
const ROUNDING_ALLOWANCE = 1e-9;

/**
 * Rates a figure against a comparator.
 *
 * - A measure with no polarity (where neither higher nor lower is better) is not rated.
 * - A figure or comparator that is missing is not rated.
 * - The figure is **similar** when it differs from the comparator by no more than the tolerance,
 *   a difference of exactly the tolerance included. The tolerance is the measure's own, an absolute
 *   difference in the measure's unit (for example 2 percentage points, or 5 days), where the measure
 *   sets one; otherwise it is 5% of the comparator's value (a comparator of 60% gives a tolerance
 *   of 3 percentage points; a comparator of 0 makes only an equal figure similar).
 * - Otherwise the figure is **better** or **worse** according to the measure's polarity: higher is
 *   better for "higher is better" measures, lower is better for "lower is better" measures.
 */
export function rateAgainst(input: {
  polarity: Polarity;
  value: number | null;
  comparatorValue: number | null;
  tolerance: number | null;
}): Rating {
  const { polarity, value, comparatorValue, tolerance } = input;
  if (polarity === 'no_polarity') return 'not_rated';
  if (!isFigure(value) || !isFigure(comparatorValue)) return 'not_rated';
  const allowed = tolerance ?? DEFAULT_SIMILAR_RELATIVE_TOLERANCE * Math.abs(comparatorValue);
  const scale = Math.max(1, Math.abs(value), Math.abs(comparatorValue));
  if (Math.abs(value - comparatorValue) <= allowed + ROUNDING_ALLOWANCE * scale) return 'similar';
  const higher = value > comparatorValue;
  return higher === (polarity === 'higher_is_better') ? 'better' : 'worse';
}
