import { describe, expect, it } from 'vitest';
import { spcChart, type SpcOptions } from './chart';

const INCREASE: SpcOptions = { direction: 'increase', target: null, rebaseAt: [], screenOutliers: false };

const IMPROVEMENT = 'special_cause_improvement';
const CONCERN = 'special_cause_concern';
const COMMON = 'common_cause';

// 12 points around 10: mean (9 + 11 + 10) × 4 / 12 = 10. Moving ranges 2, 1, 1 repeated, ending 2, 1:
// four 2s and seven 1s, 15 / 11 = 1.3636. Limits 10 ∓ 2.66 × 1.3636 = 10 ∓ 3.6273: 6.3727 and 13.6273.
// Two-thirds of the way is 10 ∓ 2.4182, which no point passes; no run of 7 either way: all common cause.
const STEADY = [9, 11, 10, 9, 11, 10, 9, 11, 10, 9, 11, 10];

// Six points at 20, then a rise from 1 to 7. Mean 148 / 13 = 11.3846. Moving ranges: five 0s, 19, six 1s:
// 25 / 12 = 2.0833. Limits 11.3846 ∓ 5.5417: 5.8429 and 16.9263; two-thirds of the way 7.6902 and 15.0791.
// The 20s are above the upper limit. 1 to 5 are below the lower limit; 6 and 7 are inside it but in a
// rise of 7 points (1 to 7), which are also 7 below the mean and 2 of 3 beyond two-thirds.
const DROP_THEN_RISE = [20, 20, 20, 20, 20, 20, 1, 2, 3, 4, 5, 6, 7];

describe('spcChart', () => {
  it('draws a steady series as common cause, with its mean and limits at every point', () => {
    const chart = spcChart(STEADY, INCREASE);
    expect(chart.points.map((point) => point.type)).toEqual(STEADY.map(() => COMMON));
    expect(chart.points.every((point) => point.mean === 10)).toBe(true);
    expect(chart.points[0]?.lower).toBeCloseTo(6.3727, 4);
    expect(chart.points[0]?.upper).toBeCloseTo(13.6273, 4);
    expect(chart).toMatchObject({ latest: 11, variation: 'common_cause', assurance: null, warnings: [] });
  });

  it('classes a point flagged by several rules by the first rule, in order of precedence', () => {
    const chart = spcChart(DROP_THEN_RISE, INCREASE);
    expect(chart.points.map((point) => [point.type, point.rule])).toEqual([
      // 20 × 6: above the upper limit, where higher is better.
      ...Array.from({ length: 6 }, () => [IMPROVEMENT, 'outside_limits']),
      // 1 to 5: below the lower limit comes before the rising trend they are part of.
      ...Array.from({ length: 5 }, () => [CONCERN, 'outside_limits']),
      // 6 and 7: the rising trend comes before 2 of 3 low and the run below the mean.
      [IMPROVEMENT, 'trend'],
      [IMPROVEMENT, 'trend'],
    ]);
    expect(chart.variation).toBe('improvement_high');
  });

  it('reads a neutral measure’s special causes as high or low, with no assurance', () => {
    const chart = spcChart(DROP_THEN_RISE, { ...INCREASE, direction: 'neutral', target: 15 });
    expect(chart.points.map((point) => point.type)).toEqual([
      ...Array.from({ length: 6 }, () => 'special_cause_neutral_high'),
      ...Array.from({ length: 5 }, () => 'special_cause_neutral_low'),
      // The rising trend is high, though 6 and 7 are below the mean.
      'special_cause_neutral_high',
      'special_cause_neutral_high',
    ]);
    expect(chart).toMatchObject({ variation: 'neutral_high', assurance: null });
  });

  it.each([
    // Limits 6.3727 to 13.6273 (STEADY above).
    { direction: 'increase', target: 5, assurance: 'consistent_pass' },
    { direction: 'increase', target: 15, assurance: 'consistent_fail' },
    { direction: 'increase', target: 12, assurance: 'inconsistent' },
    { direction: 'decrease', target: 5, assurance: 'consistent_fail' },
    { direction: 'decrease', target: 15, assurance: 'consistent_pass' },
  ] as const)('with a target of $target where the improvement is $direction: $assurance', (row) => {
    expect(spcChart(STEADY, { ...INCREASE, direction: row.direction, target: row.target }).assurance).toBe(
      row.assurance,
    );
  });

  // 5, 6, 5, 6, 5, 30, 5, 6, 5, 6, 5, 6: mean 7.5, so every point but the 30 is below it (xmr.test.ts).
  const SPIKE = [5, 6, 5, 6, 5, 30, 5, 6, 5, 6, 5, 6];

  it('with screening off, flags only the spike', () => {
    // Limits -6.7673 to 21.7673: 30 is above. Two-thirds of the way down is -2.01, which no 5 reaches;
    // the runs below the mean are 5 and 6 points long.
    const chart = spcChart(SPIKE, INCREASE);
    expect(chart.points.map((point) => point.type)).toEqual([
      ...[COMMON, COMMON, COMMON, COMMON, COMMON],
      IMPROVEMENT,
      ...[COMMON, COMMON, COMMON, COMMON, COMMON, COMMON],
    ]);
    expect(chart.segments[0]?.screenedOut).toBe(0);
  });

  it('with screening on, narrows the limits so the 5s are 2 of 3 beyond two-thirds', () => {
    // Both ranges of 25 screened: limits 7.5 ∓ 2.66 = 4.84 to 10.16, and 30 is above. Two-thirds of
    // the way down is 7.5 - 1.7733 = 5.7267: each 5 is beyond it, each 6 is not, and every three in a
    // row away from the spike (5, 6, 5) has two 5s below the mean: concern, where higher is better.
    const chart = spcChart(SPIKE, { ...INCREASE, screenOutliers: true });
    expect(chart.points.map((point) => point.type)).toEqual([
      ...[CONCERN, COMMON, CONCERN, COMMON, CONCERN],
      IMPROVEMENT,
      ...[CONCERN, COMMON, CONCERN, COMMON, CONCERN, COMMON],
    ]);
    expect(chart.points[0]).toMatchObject({ lower: 4.84, upper: 10.16 });
    expect(chart.segments[0]?.screenedOut).toBe(2);
  });

  // Two levels: 10, 11 three times, then 20, 21 three times.
  const STEP = [10, 11, 10, 11, 10, 11, 20, 21, 20, 21, 20, 21];

  it('gives each segment of a rebased series its own mean and limits, and says both are trial limits', () => {
    // Segment 1: mean 10.5, five moving ranges of 1, limits 10.5 ∓ 2.66 = 7.84 to 13.16.
    // Segment 2: mean 20.5, limits 17.84 to 23.16. The jump from 11 to 20 is in neither segment.
    // Each has 6 points, fewer than 12; every point is common cause within its own segment.
    const chart = spcChart(STEP, { ...INCREASE, rebaseAt: [6], target: 15 });
    expect(chart.points.map((point) => point.segment)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
    expect(chart.points.map((point) => point.mean)).toEqual([
      10.5, 10.5, 10.5, 10.5, 10.5, 10.5, 20.5, 20.5, 20.5, 20.5, 20.5, 20.5,
    ]);
    expect(chart.points[0]?.lower).toBeCloseTo(7.84, 10);
    expect(chart.points[0]?.upper).toBeCloseTo(13.16, 10);
    expect(chart.points[6]?.lower).toBeCloseTo(17.84, 10);
    expect(chart.points[6]?.upper).toBeCloseTo(23.16, 10);
    expect(chart.points.map((point) => point.type)).toEqual(STEP.map(() => COMMON));
    expect(chart.warnings).toEqual([
      { kind: 'trial_limits', first: 0, last: 5, points: 6 },
      { kind: 'trial_limits', first: 6, last: 11, points: 6 },
    ]);
    // The target is judged against the latest segment: 15 is below 17.84, so every point passes it.
    expect(chart.assurance).toBe('consistent_pass');
  });

  it('without the rebase, reads the same step as points outside one set of limits', () => {
    // Mean 15.5; moving ranges ten 1s and the 9 of the jump, 19 / 11 = 1.7273; limits 15.5 ∓ 4.5945:
    // 10.9055 to 20.0945, two-thirds of the way 12.4370 to 18.5630. Each 10 is below the limit; each
    // 11 is beyond two-thirds, 2 of 3 with the 10s beside it, all below the mean; the same above for
    // the 20s and 21s. (The 6 below the mean and the 6 above are runs of 6, not 7.) The target of 15
    // is between the limits.
    const chart = spcChart(STEP, { ...INCREASE, target: 15 });
    const low = [
      [CONCERN, 'outside_limits'],
      [CONCERN, 'two_of_three'],
    ];
    const high = [
      [IMPROVEMENT, 'two_of_three'],
      [IMPROVEMENT, 'outside_limits'],
    ];
    expect(chart.points.map((point) => [point.type, point.rule])).toEqual([
      ...low,
      ...low,
      ...low,
      ...high,
      ...high,
      ...high,
    ]);
    expect(chart.assurance).toBe('inconsistent');
  });

  it('says a short series has trial limits', () => {
    // Mean 4, one moving range of 2: limits 4 ∓ 5.32, -1.32 to 9.32.
    const chart = spcChart([3, 5], INCREASE);
    expect(chart.points[0]?.lower).toBeCloseTo(-1.32, 10);
    expect(chart.points[0]?.upper).toBeCloseTo(9.32, 10);
    expect(chart.warnings).toEqual([{ kind: 'trial_limits', first: 0, last: 1, points: 2 }]);
    expect(chart.variation).toBe('common_cause');
  });

  it('keeps a missing figure’s place, leaves it out of the limits and lets a run carry on across it', () => {
    // Figures 11, 12, 11, (gap), 12, 11, 12, 11, then 5, 9, 5, 9, 5: mean 113 / 12 = 9.4167.
    // Moving ranges 1, 1, then none either side of the gap, then 1, 1, 1, 6, 4, 4, 4, 4: 27 / 10 = 2.7.
    // Limits 9.4167 ∓ 7.182: 2.2347 to 16.5987; two-thirds of the way 4.6287 to 14.2047; no point
    // passes either. The 7 figures before the first 5 are all above the mean: a run, whatever the gap.
    const values = [11, 12, 11, null, 12, 11, 12, 11, 5, 9, 5, 9, 5];
    const chart = spcChart(values, INCREASE);
    expect(chart.points.map((point) => [point.type, point.rule])).toEqual([
      [IMPROVEMENT, 'shift'],
      [IMPROVEMENT, 'shift'],
      [IMPROVEMENT, 'shift'],
      [null, null],
      [IMPROVEMENT, 'shift'],
      [IMPROVEMENT, 'shift'],
      [IMPROVEMENT, 'shift'],
      [IMPROVEMENT, 'shift'],
      ...Array.from({ length: 5 }, () => [COMMON, null]),
    ]);
    expect(chart.points[3]).toMatchObject({ value: null, segment: 0 });
    expect(chart.points[3]?.mean).toBeCloseTo(9.4167, 4);
    expect(chart.segments[0]).toMatchObject({ points: 12, movingRanges: 10 });
    expect(chart.warnings).toEqual([{ kind: 'missing_values', positions: [3] }]);
  });

  it('takes the variation from the latest point with a figure', () => {
    // Mean 11, moving range 2: the latest figure is the 12 at position 1.
    const chart = spcChart([10, 12, null], INCREASE);
    expect(chart).toMatchObject({ latest: 1, variation: 'common_cause' });
  });

  it('draws nothing it cannot work out from a series with no figures', () => {
    const chart = spcChart([null, null], { ...INCREASE, target: 3 });
    expect(chart).toMatchObject({ latest: null, variation: null, assurance: null });
    expect(chart.warnings).toEqual([
      { kind: 'no_limits', first: 0, last: 1, points: 0 },
      { kind: 'missing_values', positions: [0, 1] },
    ]);
  });
});
