import { describe, expect, it } from 'vitest';
import { movingRanges, segmentsOf, xmrLimits } from './xmr';

describe('segmentsOf', () => {
  it.each([
    { name: 'one segment without rebasing', length: 10, rebaseAt: [], segments: [{ start: 0, end: 10 }] },
    {
      name: 'a new segment from each rebase position',
      length: 10,
      rebaseAt: [4, 7],
      segments: [
        { start: 0, end: 4 },
        { start: 4, end: 7 },
        { start: 7, end: 10 },
      ],
    },
    {
      name: 'rebase positions in any order, repeats once',
      length: 10,
      rebaseAt: [7, 4, 4],
      segments: [
        { start: 0, end: 4 },
        { start: 4, end: 7 },
        { start: 7, end: 10 },
      ],
    },
    {
      // 0 already starts the first segment; 10 is past the last point; 2.5 and -1 are no positions.
      name: 'no segment from a position that cannot start one',
      length: 10,
      rebaseAt: [0, 10, 2.5, -1],
      segments: [{ start: 0, end: 10 }],
    },
    { name: 'no segments for an empty series', length: 0, rebaseAt: [], segments: [] },
  ])('gives $name', ({ length, rebaseAt, segments }) => {
    expect(segmentsOf(length, rebaseAt)).toEqual(segments);
  });
});

describe('movingRanges', () => {
  it.each([
    // |12-10| = 2, |11-12| = 1, |13-11| = 2.
    { name: 'the absolute difference from the point before', values: [10, 12, 11, 13], ranges: [null, 2, 1, 2] },
    // 12 has no figure before it and 14 is compared with 12: a gap gives no range on either side.
    { name: 'no range beside a missing figure', values: [10, null, 12, 14], ranges: [null, null, null, 2] },
    { name: 'nothing for an empty series', values: [], ranges: [] },
  ])('gives $name', ({ values, ranges }) => {
    expect(movingRanges(values)).toEqual(ranges);
  });
});

describe('xmrLimits', () => {
  it('sets the limits 2.66 mean moving ranges either side of the mean', () => {
    // Mean (10 + 12 + 11 + 13 + 9) / 5 = 11. Moving ranges 2, 1, 2, 4: mean 9 / 4 = 2.25.
    // Limits 11 ∓ 2.66 × 2.25 = 11 ∓ 5.985: 5.015 and 16.985.
    // Two-thirds of the way: 11 ∓ (2 × 2.66 / 3) × 2.25 = 11 ∓ 3.99: 7.01 and 14.99.
    const result = xmrLimits([10, 12, 11, 13, 9], { screenOutliers: false });
    expect(result.mean).toBe(11);
    expect(result.limits?.meanMovingRange).toBe(2.25);
    expect(result.limits?.lower).toBeCloseTo(5.015, 10);
    expect(result.limits?.upper).toBeCloseTo(16.985, 10);
    expect(result.limits?.nearLower).toBeCloseTo(7.01, 10);
    expect(result.limits?.nearUpper).toBeCloseTo(14.99, 10);
    expect(result).toMatchObject({ points: 5, movingRanges: 4, screenedOut: 0 });
  });

  // Twelve points with a spike: 5, 6, 5, 6, 5, 30, 5, 6, 5, 6, 5, 6.
  // Mean: six 5s (30) + five 6s (30) + 30 = 90, / 12 = 7.5, with or without screening.
  // Moving ranges: nine of 1 and two of 25 (into and out of the spike): mean 59 / 11 = 5.3636…
  const SPIKE = [5, 6, 5, 6, 5, 30, 5, 6, 5, 6, 5, 6];

  it.each([
    {
      // Every range counts: limits 7.5 ∓ 2.66 × 59 / 11 = 7.5 ∓ 14.2673: -6.7673 and 21.7673.
      screenOutliers: false,
      meanMovingRange: 59 / 11,
      lower: -6.767273,
      upper: 21.767273,
      movingRanges: 11,
      screenedOut: 0,
    },
    {
      // 3.267 × 5.3636 = 17.52: both ranges of 25 are above it and are left out; the nine of 1 give a
      // mean moving range of 1, so the limits are 7.5 ∓ 2.66: 4.84 and 10.16. Screening is one pass:
      // the ranges of 1 are not screened again against the new mean.
      screenOutliers: true,
      meanMovingRange: 1,
      lower: 4.84,
      upper: 10.16,
      movingRanges: 9,
      screenedOut: 2,
    },
  ])(
    'with screening $screenOutliers, rests the limits on $movingRanges moving ranges',
    ({ screenOutliers, meanMovingRange, lower, upper, movingRanges: kept, screenedOut }) => {
      const result = xmrLimits(SPIKE, { screenOutliers });
      expect(result.mean).toBe(7.5);
      expect(result.limits?.meanMovingRange).toBeCloseTo(meanMovingRange, 10);
      expect(result.limits?.lower).toBeCloseTo(lower, 5);
      expect(result.limits?.upper).toBeCloseTo(upper, 5);
      expect(result).toMatchObject({ movingRanges: kept, screenedOut });
    },
  );

  it('keeps a flat series’ limits on its mean with screening on (a range of 0 is not above 3.267 × 0)', () => {
    // Every moving range is 0 and so is their mean: nothing is above 0, nothing is screened, and
    // the limits are 4 ∓ 2.66 × 0 = 4.
    const result = xmrLimits([4, 4, 4, 4], { screenOutliers: true });
    expect(result.limits).toEqual({ meanMovingRange: 0, lower: 4, upper: 4, nearLower: 4, nearUpper: 4 });
    expect(result.screenedOut).toBe(0);
  });

  it('leaves a missing figure out of the mean and the moving ranges', () => {
    // Mean (10 + 12 + 14) / 3 = 12; the only moving range is |14 - 12| = 2, none across the gap.
    const result = xmrLimits([10, null, 12, 14], { screenOutliers: false });
    expect(result.mean).toBe(12);
    expect(result.limits?.meanMovingRange).toBe(2);
    expect(result).toMatchObject({ points: 3, movingRanges: 1 });
  });

  it.each([
    { name: 'one figure', values: [7], mean: 7, points: 1 },
    { name: 'figures never two in a row', values: [7, null, 9], mean: 8, points: 2 },
    { name: 'no figures', values: [null, null], mean: null, points: 0 },
  ])('has no limits for $name: there is no moving range', ({ values, mean, points }) => {
    const result = xmrLimits(values, { screenOutliers: false });
    expect(result).toMatchObject({ mean, limits: null, points, movingRanges: 0 });
  });

  it.each([
    { points: 11, trial: true },
    { points: 12, trial: false },
  ])('calls limits on $points points trial limits: $trial', ({ points, trial }) => {
    const values = Array.from({ length: points }, (_, index) => index % 2);
    expect(xmrLimits(values, { screenOutliers: false }).trial).toBe(trial);
  });
});
