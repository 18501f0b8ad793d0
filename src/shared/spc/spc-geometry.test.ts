import { describe, expect, it } from 'vitest';
import { spcChart, type SpcOptions } from '../../domain/spc/chart';
import { niceTicks, spcGeometry, type SpcBox } from './spc-geometry';

const OPTIONS: SpcOptions = { direction: 'increase', target: null, rebaseAt: [], screenOutliers: false };
// 100 wide and 100 high with no margins, so x and y read as percentages of the plot.
const BOX: SpcBox = { width: 100, height: 100, left: 0, right: 0, top: 0, bottom: 0 };
// Mean 10; moving ranges 2, 1, 1, 2: limits 10 ∓ 2.66 × 1.5 = 6.01 and 13.99.
const FIVE = [9, 11, 10, 9, 11];

describe('niceTicks', () => {
  it.each([
    { low: 6.01, high: 13.99, count: 5, ticks: [6, 8, 10, 12, 14] },
    { low: 0, high: 100, count: 4, ticks: [0, 25, 50, 75, 100] },
    { low: 0.12, high: 0.31, count: 4, ticks: [0.1, 0.15, 0.2, 0.25, 0.3, 0.35] },
    { low: 5, high: 5, count: 5, ticks: [5, 6] },
  ])('gives $ticks for $low to $high', ({ low, high, count, ticks }) => {
    expect(niceTicks(low, high, count)).toEqual(ticks);
  });
});

describe('spcGeometry', () => {
  it('spreads the positions evenly and fits the value axis over the limits on round ticks', () => {
    const geometry = spcGeometry(spcChart(FIVE, OPTIONS), BOX, { target: null, maxLabels: 10 });
    expect(geometry.xs).toEqual([0, 25, 50, 75, 100]);
    expect(geometry.ticks.map((tick) => tick.value)).toEqual([6, 8, 10, 12, 14]);
    expect(geometry.ticks.map((tick) => tick.y)).toEqual([100, 75, 50, 25, 0]);
    expect(geometry.segments).toEqual([
      { mean: 'M0.0,50.0 H100.0', upper: 'M0.0,0.1 H100.0', lower: 'M0.0,99.9 H100.0' },
    ]);
    expect(geometry.valuePaths).toEqual(['M0.0,62.5 L25.0,37.5 L50.0,50.0 L75.0,62.5 L100.0,37.5']);
    expect(geometry.points.map((point) => point.type)).toEqual(FIVE.map(() => 'common_cause'));
  });

  it('breaks the figures’ line at a missing figure and at a rebase, and marks where the process changed', () => {
    const chart = spcChart([9, 11, null, 10, 9, 11, 10, 12], { ...OPTIONS, rebaseAt: [5] });
    const geometry = spcGeometry(chart, { ...BOX, width: 70 }, { target: null, maxLabels: 10 });
    expect(geometry.valuePaths).toHaveLength(3);
    expect(geometry.points.map((point) => point.position)).toEqual([0, 1, 3, 4, 5, 6, 7]);
    expect(geometry.segments).toHaveLength(2);
    expect(geometry.segments[1]?.mean).toMatch(/^M50\.0,[\d.]+ H70\.0$/);
    expect(geometry.rebaseXs).toEqual([45]);
  });

  it('takes the target into the value axis', () => {
    const geometry = spcGeometry(spcChart(FIVE, OPTIONS), BOX, { target: 20, maxLabels: 10 });
    expect(geometry.ticks.at(-1)?.value).toBe(20);
    expect(geometry.target).toEqual({ value: 20, y: 0, path: 'M0.0,0.0 H100.0' });
  });

  it.each([
    { count: 24, maxLabels: 8, labelled: [2, 5, 8, 11, 14, 17, 20, 23] },
    { count: 5, maxLabels: 8, labelled: [0, 1, 2, 3, 4] },
    { count: 13, maxLabels: 6, labelled: [0, 3, 6, 9, 12] },
  ])('names every few of $count periods under the axis, the latest always', ({ count, maxLabels, labelled }) => {
    const values = Array.from({ length: count }, (_, position) => 10 + (position % 3));
    expect(spcGeometry(spcChart(values, OPTIONS), BOX, { target: null, maxLabels }).labelled).toEqual(labelled);
  });
});
