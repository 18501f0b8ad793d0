import { describe, expect, it } from 'vitest';
import { day } from '../../../test/ssda903/builders';
import { asAtContext, periodFor, type PeriodLabelling } from './as-at';
import { ukText } from './days';

describe('as-at dates', () => {
  it.each<[string, PeriodLabelling, string, string]>([
    ['31/03/2022', 'auto', 'financial_year', '2021/22'],
    ['30/09/2021', 'auto', 'quarter', '2021/22 Q2'],
    ['31/12/2021', 'auto', 'quarter', '2021/22 Q3'],
    ['30/06/2021', 'auto', 'quarter', '2021/22 Q1'],
    ['15/10/2021', 'auto', 'date', '2021-10-15'],
    ['31/03/2022', 'quarter', 'quarter', '2021/22 Q4'],
    ['31/03/2022', 'month', 'month', '2022-03'],
    ['31/12/2011', 'month', 'month', '2011-12'],
  ])('%s labelled %s is the %s %s', (date, labelling, type, label) => {
    expect(periodFor(day(date), labelling)).toMatchObject({ type, label });
  });

  it.each([
    ['31/03/2022', '01/04/2021', '01/04/2019', '01/04/2021'],
    ['30/09/2021', '01/10/2020', '01/10/2018', '01/04/2021'],
    ['29/02/2024', '01/03/2023', '01/03/2021', '01/04/2023'],
  ])(
    'at %s the rolling year starts %s, the three years %s and the year to date %s',
    (date, rolling12, rolling36, ytd) => {
      const asAt = asAtContext(day(date));
      expect([asAt.rolling12.from, asAt.rolling36.from, asAt.yearToDate.from].map(ukText)).toEqual([
        rolling12,
        rolling36,
        ytd,
      ]);
    },
  );
});
