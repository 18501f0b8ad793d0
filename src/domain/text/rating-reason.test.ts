import { describe, expect, it } from 'vitest';
import { judgeAgainst, notRated } from '../comparison/rating';
import { CARE_LEAVERS_EET, CLA_RATE, measure } from '../../../test/unit/builders/measure';
import { figure } from '../../../test/unit/builders/observation';
import { possessive, ratingReason } from './rating-reason';

const LOWER_CARE_LEAVERS = measure('percent', {
  polarity: 'lower_is_better',
  decimalPlaces: 0,
  numeratorLabel: 'care leavers',
});
const LOWER_RATE = { ...CLA_RATE, polarity: 'lower_is_better' as const };

function reason(
  m: typeof CARE_LEAVERS_EET,
  value: number,
  counts: { numerator?: number; denominator?: number },
  comparator: string,
  comparatorValue: number,
): string {
  const latest = figure(m.id, '2020/21', value, {
    numerator: counts.numerator ?? null,
    denominator: counts.denominator ?? null,
  });
  const judgement = judgeAgainst({
    measure: m,
    value,
    numerator: latest.numerator,
    denominator: latest.denominator,
    comparatorValue,
  });
  return ratingReason({ measure: m, figure: latest, judgement, comparator, comparatorValue });
}

describe('ratingReason', () => {
  it.each([
    {
      name: 'a proportion inside chance',
      text: reason(LOWER_CARE_LEAVERS, 12, { numerator: 9, denominator: 77 }, 'England', 9),
      said: 'Similar: 12% of 77 care leavers is within the range chance alone would give around England’s 9%.',
    },
    {
      name: 'a proportion outside chance',
      text: reason(LOWER_CARE_LEAVERS, 15, { numerator: 600, denominator: 4000 }, 'the North East', 13),
      said: 'Worse: 15% of 4,000 care leavers is above the North East’s 13% by more than chance alone would give (the range around it is 14% to 16%).',
    },
    {
      name: 'a rate from its count',
      text: reason(LOWER_RATE, 93.5, { numerator: 949 }, 'England', 67),
      said: 'Worse: 93.5 per 10,000 children (949 children) is above England’s 67.0 per 10,000 children by more than chance alone would give (the range around it is 87.6 to 99.6).',
    },
    {
      name: 'a percentage without counts, within the margin',
      text: reason(CARE_LEAVERS_EET, 66, {}, 'the statistical neighbours', 68),
      said: 'Similar: 66.0% is within 2 percentage points of the statistical neighbours’ 68.0%.',
    },
    {
      name: 'a percentage without counts, beyond the margin',
      text: reason(CARE_LEAVERS_EET, 72, {}, 'England', 68),
      said: 'Better: 72.0% is more than 2 percentage points above England’s 68.0%.',
    },
  ])('$name: "$said"', ({ text, said }) => {
    expect(text).toBe(said);
  });

  it.each([
    { reason: 'no_polarity', said: 'Not rated: this measure has no good or bad direction.' },
    { reason: 'no_tolerance', said: 'Not rated: a council’s number is not like for like with England’s.' },
    {
      reason: 'too_few_neighbours',
      said: 'Not rated: only 4 of the neighbours have a figure, and an average needs at least 5.',
    },
    {
      reason: 'part_year',
      said: 'Not rated: the figure is for part of the year so far, and England’s is for a whole year.',
    },
  ] as const)('says why it is not rated: $reason', ({ reason: why, said }) => {
    expect(
      ratingReason({
        measure: CARE_LEAVERS_EET,
        figure: figure(CARE_LEAVERS_EET.id, '2020/21', 60),
        judgement: notRated(why),
        comparator: 'England',
        comparatorValue: 50,
        neighboursUsed: 4,
      }),
    ).toBe(said);
  });

  it.each([
    { name: 'England', owned: 'England’s' },
    { name: 'the statistical neighbours', owned: 'the statistical neighbours’' },
  ])('makes $name own its figure: $owned', ({ name, owned }) => {
    expect(possessive(name)).toBe(owned);
  });
});
