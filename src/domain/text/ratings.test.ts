import { describe, expect, it } from 'vitest';
import { DEFAULT_SIMILAR_RELATIVE_TOLERANCE } from '../comparison/rating';
import { POLARITY_LABEL, RATING_LABEL, similarRuleText } from './ratings';

describe('ratings in words', () => {
  it.each([
    { rating: 'better', label: 'Better' },
    { rating: 'similar', label: 'Similar' },
    { rating: 'worse', label: 'Worse' },
    { rating: 'not_rated', label: 'Not rated' },
  ] as const)('calls $rating "$label"', ({ rating, label }) => {
    expect(RATING_LABEL[rating]).toBe(label);
  });

  it.each([
    { polarity: 'higher_is_better', label: 'Higher is better' },
    { polarity: 'lower_is_better', label: 'Lower is better' },
    { polarity: 'no_polarity', label: 'No good or bad direction' },
  ] as const)('calls $polarity "$label"', ({ polarity, label }) => {
    expect(POLARITY_LABEL[polarity]).toBe(label);
  });
});

describe('similarRuleText', () => {
  it.each([
    { tolerance: DEFAULT_SIMILAR_RELATIVE_TOLERANCE, text: 'within 5% of the comparator’s figure' },
    { tolerance: 0.1, text: 'within 10% of the comparator’s figure' },
    { tolerance: 0.025, text: 'within 2.5% of the comparator’s figure' },
  ])('states a tolerance of $tolerance as "$text"', ({ tolerance, text }) => {
    expect(similarRuleText(tolerance)).toBe(text);
  });
});
