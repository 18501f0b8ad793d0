import { describe, expect, it } from 'vitest';
import { DEFAULT_SIMILAR_RELATIVE_TOLERANCE, rateAgainst } from './rating';

describe('rateAgainst', () => {
  it.each([
    { polarity: 'higher_is_better', value: 70, comparatorValue: 60, tolerance: 2, rating: 'better' },
    { polarity: 'higher_is_better', value: 50, comparatorValue: 60, tolerance: 2, rating: 'worse' },
    { polarity: 'higher_is_better', value: 62, comparatorValue: 60, tolerance: 2, rating: 'similar' },
    { polarity: 'higher_is_better', value: 58, comparatorValue: 60, tolerance: 2, rating: 'similar' },
    { polarity: 'higher_is_better', value: 62.1, comparatorValue: 60, tolerance: 2, rating: 'better' },
    { polarity: 'higher_is_better', value: 57.9, comparatorValue: 60, tolerance: 2, rating: 'worse' },
    { polarity: 'higher_is_better', value: 63.3, comparatorValue: 60.3, tolerance: 3, rating: 'similar' },
    { polarity: 'higher_is_better', value: 60, comparatorValue: 60, tolerance: 0, rating: 'similar' },
    { polarity: 'higher_is_better', value: 60.1, comparatorValue: 60, tolerance: 0, rating: 'better' },
    { polarity: 'lower_is_better', value: 300, comparatorValue: 400, tolerance: 20, rating: 'better' },
    { polarity: 'lower_is_better', value: 500, comparatorValue: 400, tolerance: 20, rating: 'worse' },
    { polarity: 'lower_is_better', value: 420, comparatorValue: 400, tolerance: 20, rating: 'similar' },
    { polarity: 'lower_is_better', value: 380, comparatorValue: 400, tolerance: 20, rating: 'similar' },
    { polarity: 'lower_is_better', value: 420.5, comparatorValue: 400, tolerance: 20, rating: 'worse' },
    { polarity: 'lower_is_better', value: 379.5, comparatorValue: 400, tolerance: 20, rating: 'better' },
    { polarity: 'no_polarity', value: 70, comparatorValue: 60, tolerance: 2, rating: 'not_rated' },
    { polarity: 'no_polarity', value: 60, comparatorValue: 60, tolerance: null, rating: 'not_rated' },
  ] as const)(
    'rates $value against $comparatorValue within $tolerance for $polarity as $rating',
    ({ polarity, value, comparatorValue, tolerance, rating }) => {
      expect(rateAgainst({ polarity, value, comparatorValue, tolerance })).toBe(rating);
    },
  );

  it.each([
    { polarity: 'higher_is_better', value: 63, comparatorValue: 60, rating: 'similar' },
    { polarity: 'higher_is_better', value: 57, comparatorValue: 60, rating: 'similar' },
    { polarity: 'higher_is_better', value: 63.1, comparatorValue: 60, rating: 'better' },
    { polarity: 'higher_is_better', value: 56.9, comparatorValue: 60, rating: 'worse' },
    { polarity: 'lower_is_better', value: 420, comparatorValue: 400, rating: 'similar' },
    { polarity: 'lower_is_better', value: 380, comparatorValue: 400, rating: 'similar' },
    { polarity: 'lower_is_better', value: 421, comparatorValue: 400, rating: 'worse' },
    { polarity: 'lower_is_better', value: 379, comparatorValue: 400, rating: 'better' },
    { polarity: 'higher_is_better', value: -10.5, comparatorValue: -10, rating: 'similar' },
    { polarity: 'higher_is_better', value: -10.6, comparatorValue: -10, rating: 'worse' },
    { polarity: 'lower_is_better', value: 0, comparatorValue: 0, rating: 'similar' },
    { polarity: 'lower_is_better', value: 0.1, comparatorValue: 0, rating: 'worse' },
  ] as const)(
    'rates $value against $comparatorValue for $polarity as $rating by the default 5% of the comparator',
    ({ polarity, value, comparatorValue, rating }) => {
      expect(rateAgainst({ polarity, value, comparatorValue, tolerance: null })).toBe(rating);
    },
  );

  it.each([
    { polarity: 'higher_is_better', value: null, comparatorValue: 60, tolerance: 2 },
    { polarity: 'higher_is_better', value: 60, comparatorValue: null, tolerance: null },
    { polarity: 'lower_is_better', value: null, comparatorValue: null, tolerance: 2 },
    { polarity: 'lower_is_better', value: Number.NaN, comparatorValue: 60, tolerance: 2 },
  ] as const)(
    'does not rate $value against $comparatorValue for $polarity',
    ({ polarity, value, comparatorValue, tolerance }) => {
      expect(rateAgainst({ polarity, value, comparatorValue, tolerance })).toBe('not_rated');
    },
  );

  it('uses 5% as the default relative tolerance', () => {
    expect(DEFAULT_SIMILAR_RELATIVE_TOLERANCE).toBe(0.05);
  });
});
