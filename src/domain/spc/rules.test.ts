import { describe, expect, it } from 'vitest';
import { outsideLimits, shift, specialCauses, trend, twoOfThree, type Signal } from './rules';
import type { ProcessLimits } from './xmr';

// Limits of a segment with mean 10 and mean moving range 3, written out rather than worked out here:
// 10 ∓ 2.66 × 3 = 10 ∓ 7.98 gives 2.02 and 17.98; two-thirds of 7.98 is 5.32, giving 4.68 and 15.32.
const MEAN = 10;
const LIMITS: ProcessLimits = { meanMovingRange: 3, lower: 2.02, upper: 17.98, nearLower: 4.68, nearUpper: 15.32 };

const H: Signal = 'high';
const L: Signal = 'low';
const _ = null;

describe('outsideLimits', () => {
  it.each([
    // 18 > 17.98 is above; 17.98 and 2.02 are on a limit, which is inside; 2 < 2.02 is below.
    {
      name: 'above the upper limit, below the lower, not on them',
      values: [18, 17.98, 2.02, 2, 10],
      signals: [H, _, _, L, _],
    },
  ])('flags points $name', ({ values, signals }) => {
    expect(outsideLimits(values, LIMITS)).toEqual(signals);
  });

  it('flags nothing where there are no limits', () => {
    expect(outsideLimits([1, 100], null)).toEqual([_, _]);
  });
});

describe('trend', () => {
  it.each([
    { name: '6 rising points are not a trend', values: [1, 2, 3, 4, 5, 6], signals: [_, _, _, _, _, _] },
    {
      name: '7 rising points are a trend, all 7 flagged',
      values: [1, 2, 3, 4, 5, 6, 7],
      signals: [H, H, H, H, H, H, H],
    },
    { name: '7 falling points are a trend', values: [7, 6, 5, 4, 3, 2, 1], signals: [L, L, L, L, L, L, L] },
    {
      // 1, 2, 3 then 3, 4, 5, 6, 7: the repeated 3 ends the first run, leaving runs of 3 and 5 points.
      name: 'two equal points in a row end a run',
      values: [1, 2, 3, 3, 4, 5, 6, 7],
      signals: [_, _, _, _, _, _, _, _],
    },
    {
      // 5 to 1 is a fall of 2 points; 1 to 7 a rise of 7 points, which flags the 1; the last 3 falls from 7.
      name: 'only the points of the run',
      values: [5, 1, 2, 3, 4, 5, 6, 7, 3],
      signals: [_, H, H, H, H, H, H, H, _],
    },
    {
      // Points 0 to 6 rise to 7 and points 6 to 12 fall from it: the peak takes the later run, falling.
      name: 'the peak of a rise into a fall as falling',
      values: [1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1],
      signals: [H, H, H, H, H, H, L, L, L, L, L, L, L],
    },
    { name: 'nothing in a series of one', values: [1], signals: [_] },
  ])('$name', ({ values, signals }) => {
    expect(trend(values)).toEqual(signals);
  });
});

describe('shift', () => {
  it.each([
    {
      name: '6 points above the mean are not a shift',
      values: [11, 12, 11, 12, 11, 12, 9],
      signals: [_, _, _, _, _, _, _],
    },
    {
      name: '7 points above the mean are a shift, all 7 flagged',
      values: [11, 12, 11, 12, 11, 12, 11],
      signals: [H, H, H, H, H, H, H],
    },
    { name: '7 points below the mean are a shift', values: [9, 8, 9, 8, 9, 8, 9], signals: [L, L, L, L, L, L, L] },
    {
      // 3 above, one on the mean (10), 4 above: no run reaches 7.
      name: 'a point on the mean ends a run',
      values: [11, 11, 11, 10, 11, 11, 11, 11],
      signals: [_, _, _, _, _, _, _, _],
    },
    {
      // The 9 before and the 10 after are not part of the 7 above.
      name: 'only the points of the run',
      values: [9, 11, 11, 11, 11, 11, 11, 11, 10],
      signals: [_, H, H, H, H, H, H, H, _],
    },
  ])('$name', ({ values, signals }) => {
    expect(shift(values, MEAN)).toEqual(signals);
  });
});

describe('twoOfThree', () => {
  it.each([
    // Beyond two-thirds means above 15.32 or below 4.68.
    { name: 'flags 2 of 3 beyond two-thirds, not the third', values: [16, 11, 16], signals: [H, _, H] },
    { name: 'flags 2 in a row beyond two-thirds', values: [11, 16, 16], signals: [_, H, H] },
    { name: 'flags 2 of 3 below the mean', values: [4, 9, 3], signals: [L, _, L] },
    { name: 'does not flag 1 of 3', values: [16, 11, 12], signals: [_, _, _] },
    // 16 is beyond 15.32 above and 4 beyond 4.68 below: the two are on opposite sides of the mean.
    { name: 'does not flag points beyond two-thirds on opposite sides', values: [16, 11, 4], signals: [_, _, _] },
    // The only three in a row are 16, 16, 9, and 9 is below the mean.
    { name: 'needs all three points on the same side of the mean', values: [16, 16, 9], signals: [_, _, _] },
    // 11, 16, 16 are all above the mean, so the 9 after them does not matter.
    { name: 'finds the three in a row wherever they are', values: [11, 16, 16, 9], signals: [_, H, H, _] },
    { name: 'does not count a point on the mean', values: [16, 10, 16], signals: [_, _, _] },
    // 15.32 is exactly two-thirds of the way, not beyond it.
    { name: 'does not count a point exactly two-thirds of the way', values: [15.32, 16, 11], signals: [_, _, _] },
    // 18 is beyond the upper limit and counts as beyond two-thirds (Making Data Count since 2023).
    { name: 'counts a point beyond the limit', values: [18, 16, 11], signals: [H, H, _] },
  ])('$name', ({ values, signals }) => {
    expect(twoOfThree(values, MEAN, LIMITS)).toEqual(signals);
  });

  it('flags nothing where there are no limits', () => {
    expect(twoOfThree([16, 16, 16], MEAN, null)).toEqual([_, _, _]);
  });
});

describe('specialCauses', () => {
  it('gives each rule’s finding for the same points', () => {
    // 18 is above 17.98; 18 and 16 are 2 of 3 beyond 15.32 with 11 above the mean too; no run of 7.
    expect(specialCauses([18, 16, 11], MEAN, LIMITS)).toEqual({
      outside_limits: [H, _, _],
      trend: [_, _, _],
      two_of_three: [H, H, _],
      shift: [_, _, _],
    });
  });
});
