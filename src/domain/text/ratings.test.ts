import { describe, expect, it } from 'vitest';
import { POLARITY_LABEL, RATING_LABEL, defaultTolerancesText, similarRuleText, toleranceInWords } from './ratings';

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

describe('the rules in words', () => {
  it('states each unit’s default margin from the rule itself', () => {
    expect(defaultTolerancesText()).toBe(
      '2 percentage points for a percentage, 5 per 10,000 children for a rate, 14 days for a number of days, 1 month for a number of months, 0.5 points for a score and 1 for a caseload or other ratio',
    );
  });

  it('says the interval first and the margin where the counts are not known', () => {
    expect(similarRuleText()).toMatch(/^within the range chance alone would give \(its 95% confidence interval\)/);
    expect(similarRuleText()).toContain('otherwise within a margin in the measure’s own unit: 2 percentage points');
  });

  it.each([
    { unit: 'percent', tolerance: 1, text: '1 percentage point' },
    { unit: 'percent', tolerance: 2.5, text: '2.5 percentage points' },
    { unit: 'days', tolerance: 14, text: '14 days' },
    { unit: 'ratio', tolerance: 1, text: '1' },
  ] as const)('writes a tolerance of $tolerance $unit as "$text"', ({ unit, tolerance, text }) => {
    expect(toleranceInWords(unit, tolerance)).toBe(text);
  });
});
