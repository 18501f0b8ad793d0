import { describe, expect, it } from 'vitest';
import { measure } from '../../../test/unit/builders/measure';
import { judgeAgainst } from './rating';

const LOWER_PERCENT = measure('percent', { polarity: 'lower_is_better' });
const HIGHER_PERCENT = measure('percent', { polarity: 'higher_is_better' });
const LOWER_RATE = measure('rate_per_10k', { polarity: 'lower_is_better' });

describe('judgeAgainst: a proportion with its counts, by its 95% Wilson score interval', () => {
  // Worked by hand with z = 1.96: for k of n, p = k/n, centre = (p + z²/2n) / (1 + z²/n),
  // half-width = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n).
  //   6 of 40:     p 0.15, z²/n 0.0960, centre 0.1807, half 0.1101 → 7.1% to 29.1%
  //   600 of 4000: p 0.15, z²/n 0.00096, centre 0.1503, half 0.0111 → 13.9% to 16.1%
  //   9 of 77:     p 0.1169, centre 0.1351, half 0.0724 → 6.3% to 20.7%
  //   53 of 83:    p 0.6386, centre 0.6324, half 0.1012 → 53.1% to 73.4%
  //   1 of 78:     1.3%, 0.2% to 6.9%
  it.each([
    {
      name: 'a small cohort near the comparator',
      m: LOWER_PERCENT,
      value: 15,
      k: 6,
      n: 40,
      comparator: 13,
      rating: 'similar',
      lower: 7.06,
      upper: 29.07,
    },
    {
      name: 'the same proportion of a large cohort',
      m: LOWER_PERCENT,
      value: 15,
      k: 600,
      n: 4000,
      comparator: 13,
      rating: 'worse',
      lower: 13.93,
      upper: 16.14,
    },
    {
      name: 'the large cohort against a comparator inside its range',
      m: LOWER_PERCENT,
      value: 15,
      k: 600,
      n: 4000,
      comparator: 14,
      rating: 'similar',
      lower: 13.93,
      upper: 16.14,
    },
    {
      name: '12% of 77 care leavers against England’s 9%',
      m: LOWER_PERCENT,
      value: 11.7,
      k: 9,
      n: 77,
      comparator: 9,
      rating: 'similar',
      lower: 6.27,
      upper: 20.75,
    },
    {
      name: '63.9% of 83, higher is better, against 52%',
      m: HIGHER_PERCENT,
      value: 63.9,
      k: 53,
      n: 83,
      comparator: 52,
      rating: 'better',
      lower: 53.12,
      upper: 73.37,
    },
    {
      name: '63.9% of 83 against 64%, a point the old 5% rule also called similar',
      m: HIGHER_PERCENT,
      value: 63.9,
      k: 53,
      n: 83,
      comparator: 64,
      rating: 'similar',
      lower: 53.12,
      upper: 73.37,
    },
    {
      name: 'one care leaver of 78 against 3%',
      m: LOWER_PERCENT,
      value: 1.3,
      k: 1,
      n: 78,
      comparator: 3,
      rating: 'similar',
      lower: 0.23,
      upper: 6.91,
    },
    {
      name: 'one care leaver of 78 against 9%',
      m: LOWER_PERCENT,
      value: 1.3,
      k: 1,
      n: 78,
      comparator: 9,
      rating: 'better',
      lower: 0.23,
      upper: 6.91,
    },
  ] as const)('$name is $rating', ({ m, value, k, n, comparator, rating, lower, upper }) => {
    const judgement = judgeAgainst({ measure: m, value, numerator: k, denominator: n, comparatorValue: comparator });
    expect(judgement.rating).toBe(rating);
    expect(judgement.basis).toMatchObject({ kind: 'interval', method: 'wilson' });
    if (judgement.basis.kind !== 'interval') return;
    expect(judgement.basis.lower).toBeCloseTo(lower, 2);
    expect(judgement.basis.upper).toBeCloseTo(upper, 2);
  });
});

describe('judgeAgainst: a rate per 10,000 with its count, by an exact Poisson (Byar) interval', () => {
  // 949 children at 93.5 per 10,000 (Byar, from 10 events): lower 949·(1 − 1/8541 − 1.96/(3·√949))³
  // = 889.6, upper 950·(1 − 1/8550 + 1.96/(3·√950))³ = 1011.4; each × 93.5/949 → 87.6 to 99.6.
  // 5 children at 2.0 per 10,000 (exact, below 10 events): 1.6235 to 11.6683 events → 0.65 to 4.67.
  it.each([
    { value: 93.5, count: 949, comparator: 96, rating: 'similar', lower: 87.65, upper: 99.64 },
    { value: 93.5, count: 949, comparator: 102, rating: 'better', lower: 87.65, upper: 99.64 },
    { value: 93.5, count: 949, comparator: 67, rating: 'worse', lower: 87.65, upper: 99.64 },
    { value: 2, count: 5, comparator: 4.5, rating: 'similar', lower: 0.65, upper: 4.67 },
    { value: 2, count: 5, comparator: 5, rating: 'better', lower: 0.65, upper: 4.67 },
  ] as const)(
    '$value per 10,000 ($count children) against $comparator is $rating',
    ({ value, count, comparator, rating, lower, upper }) => {
      const judgement = judgeAgainst({
        measure: LOWER_RATE,
        value,
        numerator: count,
        denominator: null,
        comparatorValue: comparator,
      });
      expect(judgement.rating).toBe(rating);
      expect(judgement.basis).toMatchObject({ kind: 'interval', method: 'poisson' });
      if (judgement.basis.kind !== 'interval') return;
      expect(judgement.basis.lower).toBeCloseTo(lower, 2);
      expect(judgement.basis.upper).toBeCloseTo(upper, 2);
    },
  );

  it('uses the population when the file gives it: 5 of 25,000 is 2 per 10,000', () => {
    const judgement = judgeAgainst({
      measure: LOWER_RATE,
      value: 2,
      numerator: 5,
      denominator: 25_000,
      comparatorValue: 5,
    });
    expect(judgement).toMatchObject({ rating: 'better', basis: { kind: 'interval', method: 'poisson' } });
  });
});

describe('judgeAgainst: a figure without its counts, by a tolerance in its own unit', () => {
  it.each([
    {
      name: 'a percentage 4 points above',
      m: HIGHER_PERCENT,
      value: 72,
      comparator: 68,
      rating: 'better',
      tolerance: 2,
      k: null,
    },
    {
      name: 'a percentage exactly 2 points below',
      m: HIGHER_PERCENT,
      value: 66,
      comparator: 68,
      rating: 'similar',
      tolerance: 2,
      k: null,
    },
    {
      name: 'a percentage 2.1 points below',
      m: HIGHER_PERCENT,
      value: 65.9,
      comparator: 68,
      rating: 'worse',
      tolerance: 2,
      k: null,
    },
    {
      name: 'a small percentage: 1.2% against 3%',
      m: LOWER_PERCENT,
      value: 1.2,
      comparator: 3,
      rating: 'similar',
      tolerance: 2,
      k: null,
    },
    {
      name: 'a decimal difference of exactly the tolerance',
      m: HIGHER_PERCENT,
      value: 62.3,
      comparator: 60.3,
      rating: 'similar',
      tolerance: 2,
      k: null,
    },
    {
      name: 'days 15 over, lower is better',
      m: measure('days', { polarity: 'lower_is_better' }),
      value: 415,
      comparator: 400,
      rating: 'worse',
      tolerance: 14,
      k: null,
    },
    {
      name: 'days within the measure’s own 20',
      m: measure('days', { polarity: 'lower_is_better', similarTolerance: 20 }),
      value: 420,
      comparator: 400,
      rating: 'similar',
      tolerance: 20,
      k: null,
    },
    {
      name: 'a score 0.6 below, lower is better',
      m: measure('score', { polarity: 'lower_is_better' }),
      value: 13.5,
      comparator: 14.1,
      rating: 'better',
      tolerance: 0.5,
      k: null,
    },
    {
      name: 'a caseload within one',
      m: measure('ratio', { polarity: 'lower_is_better' }),
      value: 16.5,
      comparator: 16,
      rating: 'similar',
      tolerance: 1,
      k: null,
    },
    {
      name: 'a percentage with a numerator only',
      m: HIGHER_PERCENT,
      value: 70,
      comparator: 64,
      rating: 'better',
      tolerance: 2,
      k: 55,
    },
  ] as const)('$name is $rating', ({ m, value, comparator, rating, tolerance, k }) => {
    expect(judgeAgainst({ measure: m, value, numerator: k, denominator: null, comparatorValue: comparator })).toEqual({
      rating,
      basis: { kind: 'tolerance', tolerance },
    });
  });
});

describe('judgeAgainst: not rated', () => {
  it.each([
    {
      name: 'no polarity',
      m: measure('percent', { polarity: 'no_polarity' }),
      value: 70,
      comparator: 60,
      reason: 'no_polarity',
    },
    { name: 'no figure', m: HIGHER_PERCENT, value: null, comparator: 60, reason: 'no_figure' },
    { name: 'no comparator', m: HIGHER_PERCENT, value: 60, comparator: null, reason: 'no_figure' },
    {
      name: 'a figure that is not a number',
      m: HIGHER_PERCENT,
      value: Number.NaN,
      comparator: 60,
      reason: 'no_figure',
    },
    {
      name: 'a count, which has no tolerance',
      m: measure('count'),
      value: 11,
      comparator: 900,
      reason: 'no_tolerance',
    },
  ] as const)('$name: $reason', ({ m, value, comparator, reason }) => {
    expect(
      judgeAgainst({ measure: m, value, numerator: null, denominator: null, comparatorValue: comparator }),
    ).toEqual({
      rating: 'not_rated',
      basis: { kind: 'not_rated', reason },
    });
  });

  it('a count rated by the tolerance its catalogue row sets', () => {
    const rated = judgeAgainst({
      measure: measure('count', { similarTolerance: 2 }),
      value: 11,
      numerator: null,
      denominator: null,
      comparatorValue: 12,
    });
    expect(rated.rating).toBe('similar');
  });
});
