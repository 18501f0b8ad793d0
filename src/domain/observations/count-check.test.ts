import { describe, expect, it } from 'vitest';
import { checkPercentCounts, shownDecimals } from './count-check';

describe('a percentage checked against its counts', () => {
  it.each([
    {
      case: '65 for 55 of 84 (65.48, within the half point a whole number allows)',
      value: 65,
      numerator: 55,
      denominator: 84,
      kind: 'agrees',
    },
    { case: '66 for 224 of 338 (66.27)', value: 66, numerator: 224, denominator: 338, kind: 'agrees' },
    { case: '71.4 for 85 of 119 (71.43)', value: 71.4, numerator: 85, denominator: 119, kind: 'agrees' },
    {
      case: '71.4 for 85 of 77: more counted than the whole',
      value: 71.4,
      numerator: 85,
      denominator: 77,
      kind: 'numerator_over_denominator',
    },
    {
      case: '68 for 3,270 of 4,770 (68.55, over the half point)',
      value: 68,
      numerator: 3270,
      denominator: 4770,
      kind: 'disagrees',
    },
    { case: '7.7 for 73 of 949 (7.69)', value: 7.7, numerator: 73, denominator: 949, kind: 'agrees' },
    {
      case: '7.6 for 73 of 949 (7.69, over the half of a tenth)',
      value: 7.6,
      numerator: 73,
      denominator: 949,
      kind: 'disagrees',
    },
    { case: 'no denominator: nothing to check', value: 50, numerator: 3, denominator: null, kind: 'agrees' },
    { case: 'a denominator of 0: nothing to check', value: 0, numerator: 0, denominator: 0, kind: 'agrees' },
    {
      case: 'no value, with counts: only their order is checked',
      value: null,
      numerator: 3,
      denominator: 4,
      kind: 'agrees',
    },
  ])('$case', ({ value, numerator, denominator, kind }) => {
    expect(checkPercentCounts(value, numerator, denominator).kind).toBe(kind);
  });

  it('gives the counts’ own percentage when they disagree', () => {
    expect(checkPercentCounts(68, 3270, 4770)).toEqual({ kind: 'disagrees', worked: (3270 / 4770) * 100, decimals: 0 });
  });

  it.each([
    { value: 65, decimals: 0 },
    { value: 63.9, decimals: 1 },
    { value: 7.25, decimals: 2 },
    { value: 1e-7, decimals: 0 },
  ])('reads $value as written with $decimals decimals', ({ value, decimals }) => {
    expect(shownDecimals(value)).toBe(decimals);
  });
});
