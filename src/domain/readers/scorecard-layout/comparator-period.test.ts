import { describe, expect, it } from 'vitest';
import { tableFrom } from '../../../../test/unit/tables';
import { COMPARATOR_PERIOD_NEEDED, suggestedComparatorPeriod, undatedComparatorProblems } from './comparator-period';

describe('suggestedComparatorPeriod', () => {
  it.each([
    {
      name: 'another comparator heading’s period',
      lines: ['Measure,2019/20,2020/21,England (2019/20),North East', 'Rate,1,2,3,4'],
      period: '2019/20',
    },
    {
      name: 'the period most comparator cells give',
      lines: [
        'Measure,2019/20,2020/21,England,Stat Neighbour',
        'Rate,1,2,67 (2018/19),102',
        'Missing,1,2,11 (2018/19),10',
      ],
      period: '2018/19',
    },
    {
      name: 'the newest financial year among the period columns when nothing else says',
      lines: ['Measure,2018/19,2019/20,2020/21 [Provisional],Q1 2021/22,England', 'Rate,1,2,3,4,11'],
      period: '2020/21',
    },
    { name: 'nothing when the file gives no hint', lines: ['Measure,Q1 2021/22,England', 'Rate,1,11'], period: null },
  ])('offers $name', ({ lines, period }) => {
    expect(suggestedComparatorPeriod(tableFrom('scorecard.csv', lines))?.label ?? null).toBe(period);
  });
});

describe('undatedComparatorProblems', () => {
  it('says once per column, at its heading, what to give', () => {
    expect(undatedComparatorProblems(['England', 'North East'])).toEqual([
      expect.objectContaining({ rule: COMPARATOR_PERIOD_NEEDED, row: 1, column: 'England' }),
      expect.objectContaining({ rule: COMPARATOR_PERIOD_NEEDED, row: 1, column: 'North East' }),
    ]);
  });
});
