import { describe, expect, it } from 'vitest';
import { cell } from '../../../test/unit/builders/breakdown';
import { figure } from '../../../test/unit/builders/observation';
import { SUPPRESSION_NOTE, suppressSmallBreakdowns, suppressSmallObservation } from './small-numbers';

describe('suppressSmallObservation', () => {
  it.each([
    { name: 'a count of 3', given: [3, 3, null], kept: null, denominator: null },
    { name: 'a count of 1', given: [1, 1, null], kept: null, denominator: null },
    { name: 'a percentage of 5 children', given: [10, 5, 50], kept: null, denominator: 50 },
    { name: 'a percentage of a group of 4', given: [50, 2, 4], kept: null, denominator: null },
    { name: 'an average of 2 children', given: [300, null, 2], kept: null, denominator: null },
    { name: 'a rate of 4 children (the population stays)', given: [0.4, 4, 100_000], kept: null, denominator: 100_000 },
    { name: 'a count of 6', given: [6, 6, null], kept: 6, denominator: null },
    { name: 'a count of 0', given: [0, 0, null], kept: 0, denominator: null },
    { name: 'a percentage of 0 of 40', given: [0, 0, 40], kept: 0, denominator: 40 },
  ])('$name', ({ given: [value, numerator, denominator], kept, denominator: denominatorAfter }) => {
    const before = figure('cla_count', '2021/22', value ?? null, { numerator, denominator, note: 'At 31/03/2022.' });
    const after = suppressSmallObservation(before);
    expect(after.value).toBe(kept);
    expect(after.denominator).toBe(denominatorAfter);
    if (kept === null) {
      expect(after).toMatchObject({
        numerator: null,
        status: 'suppressed',
        note: `At 31/03/2022. ${SUPPRESSION_NOTE}`,
      });
    } else expect(after).toBe(before);
  });

  it('leaves a figure that has no number as it is', () => {
    const before = figure('cla_uasc_percent', '2021/22', null, { status: 'not_available' });
    expect(suppressSmallObservation(before)).toBe(before);
  });
});

describe('suppressSmallBreakdowns', () => {
  const counts = (figures: ReturnType<typeof suppressSmallBreakdowns>) =>
    figures.map((figure) => [figure.categories[0].key, figure.count, figure.status]);

  it('suppresses every category of 1 to 5 and shows 0 and 6 or more', () => {
    const figures = [
      cell('mix', 'a', 0, 20),
      cell('mix', 'b', 2, 20),
      cell('mix', 'c', 5, 20),
      cell('mix', 'd', 13, 20),
    ];
    expect(counts(suppressSmallBreakdowns(figures))).toEqual([
      ['a', 0, 'final'],
      ['b', null, 'suppressed'],
      ['c', null, 'suppressed'],
      ['d', 13, 'final'],
    ]);
  });

  it('suppresses the next smallest category too when only one would be, so the total cannot give it away', () => {
    const figures = [
      cell('mix', 'a', 3, 30),
      cell('mix', 'b', 0, 30),
      cell('mix', 'c', 12, 30),
      cell('mix', 'd', 15, 30),
    ];
    const after = suppressSmallBreakdowns(figures);
    expect(counts(after)).toEqual([
      ['a', null, 'suppressed'],
      ['b', 0, 'final'],
      ['c', null, 'suppressed'],
      ['d', 15, 'final'],
    ]);
    expect(after[2]?.percent).toBeNull();
    expect(after[3]?.total).toBe(30);
  });

  it('treats each area and period as its own breakdown, and removes a total of 1 to 5', () => {
    const figures = [
      cell('mix', 'a', 4, 4, { period: '2021/22 Q3' }),
      cell('mix', 'b', 0, 4, { period: '2021/22 Q3' }),
      cell('mix', 'a', 8, 8),
    ];
    const after = suppressSmallBreakdowns(figures);
    expect(after.map((figure) => [figure.count, figure.total])).toEqual([
      [null, null],
      [0, null],
      [8, 8],
    ]);
  });
});
