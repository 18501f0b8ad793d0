import { describe, expect, it } from 'vitest';
import { period } from '../../../test/unit/builders/observation';
import { endTime, yearTicks } from './timeline';

describe('endTime', () => {
  it.each([
    { label: '2020/21', end: '2021-03-31' },
    { label: '2021/22 Q2', end: '2021-09-30' },
    { label: '2021-09', end: '2021-09-30' },
  ])('places $label at the end of $end', ({ label, end }) => {
    expect(new Date(endTime(period(label))).toISOString()).toBe(`${end}T00:00:00.000Z`);
  });
});

describe('yearTicks', () => {
  it.each([
    { labels: [], ticks: [] },
    { labels: ['2019/20', '2018/19'], ticks: ['2018/19', '2019/20'] },
    { labels: ['2020/21', '2021/22 Q1', '2021/22 Q2', '2021/22'], ticks: ['2020/21', '2021/22'] },
    { labels: ['2021-09', '2022-03-31'], ticks: ['2021/22'] },
    { labels: ['2019-22', '2021/22 Q4'], ticks: ['2021/22'] },
  ])('labels $labels with one tick a year: $ticks', ({ labels, ticks }) => {
    const made = yearTicks(labels.map(period));
    expect(made.map((tick) => tick.label)).toEqual(ticks);
    expect(made.map((tick) => tick.x)).toEqual(ticks.map((label) => endTime(period(label))));
  });
});
