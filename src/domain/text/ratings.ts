/** Ratings and polarity in words, and the rule that decides "Similar", as the legend states it. */
import type { Polarity } from '../catalogue/measure';
import { DEFAULT_SIMILAR_RELATIVE_TOLERANCE, type Rating } from '../comparison/rating';
import { formatNumber } from './figures';

export const RATING_LABEL: Readonly<Record<Rating, string>> = {
  better: 'Better',
  similar: 'Similar',
  worse: 'Worse',
  not_rated: 'Not rated',
};

export const POLARITY_LABEL: Readonly<Record<Polarity, string>> = {
  higher_is_better: 'Higher is better',
  lower_is_better: 'Lower is better',
  no_polarity: 'No good or bad direction',
};

/**
 * "within 5% of the comparator’s figure": read from the rating rule itself, so the legend cannot
 * promise a tolerance the ratings do not use.
 */
export function similarRuleText(tolerance: number = DEFAULT_SIMILAR_RELATIVE_TOLERANCE): string {
  return `within ${formatNumber(tolerance * 100, 2)}% of the comparator’s figure`;
}
