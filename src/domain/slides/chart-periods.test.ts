import { describe, expect, it } from 'vitest';
import { figure, period } from '../../../test/unit/builders/observation';
import { chartPeriods, positionsOf } from './chart-periods';

describe('chartPeriods', () => {
  it('takes every period with a figure in any series up to the period shown, oldest first, once each', () => {
    const home = [figure('m', '2021/22 Q1', 5), figure('m', '2019/20', 4), figure('m', '2021/22 Q3', 6)];
    const england = [figure('m', '2019/20', 3, { areaCode: 'E92000001' }), figure('m', '2018/19', null)];
    expect(chartPeriods([home, england], period('2021/22 Q2')).map((found) => found.label)).toEqual([
      '2019/20',
      '2021/22 Q1',
    ]);
  });
});

describe('positionsOf', () => {
  it.each([
    { labels: ['2019/20', '2020/21', '2021/22 Q1'], positions: [0, 0.8, 1] },
    { labels: ['2021/22 Q2'], positions: [0.5] },
  ])('places $labels by their end dates', ({ labels, positions }) => {
    expect(positionsOf(labels.map(period)).map((position) => Math.round(position * 10) / 10)).toEqual(positions);
  });
});
