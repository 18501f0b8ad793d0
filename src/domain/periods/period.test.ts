import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  financialYear,
  financialYearOf,
  financialYearStart,
  formatPeriod,
  isOnOrBefore,
  isPartOfYear,
  parsePeriod,
  periodAfter,
  quartersOf,
  samePeriod,
  yearBefore,
  yearReportedIn,
  type Period,
} from './period';

const FY_2020: Period = { type: 'financial_year', label: '2020/21', start: '2020-04-01', end: '2021-03-31' };
const FY_2021: Period = { type: 'financial_year', label: '2021/22', start: '2021-04-01', end: '2022-03-31' };
const FY_2019: Period = { type: 'financial_year', label: '2019/20', start: '2019-04-01', end: '2020-03-31' };
const Q2_2021: Period = { type: 'quarter', label: '2021/22 Q2', start: '2021-07-01', end: '2021-09-30' };
const Q4_2020: Period = { type: 'quarter', label: '2020/21 Q4', start: '2021-01-01', end: '2021-03-31' };
const SEPTEMBER_2021: Period = { type: 'month', label: '2021-09', start: '2021-09-01', end: '2021-09-30' };
const MARCH_2021: Period = { type: 'month', label: '2021-03', start: '2021-03-01', end: '2021-03-31' };
const DAY_2021_09_27: Period = { type: 'date', label: '2021-09-27', start: '2021-09-27', end: '2021-09-27' };
const DAY_2021_03_31: Period = { type: 'date', label: '2021-03-31', start: '2021-03-31', end: '2021-03-31' };
const YEARS_2016_19: Period = { type: 'three_year', label: '2016-19', start: '2016-04-01', end: '2019-03-31' };
const YEARS_2018_21: Period = { type: 'three_year', label: '2018-21', start: '2018-04-01', end: '2021-03-31' };

describe('parsePeriod', () => {
  it.each([
    { text: '2020/21', type: 'financial_year', label: '2020/21', start: '2020-04-01', end: '2021-03-31' },
    { text: '  2020/21  ', type: 'financial_year', label: '2020/21', start: '2020-04-01', end: '2021-03-31' },
    { text: '1999/00', type: 'financial_year', label: '1999/00', start: '1999-04-01', end: '2000-03-31' },
    { text: '2016-19', type: 'three_year', label: '2016-19', start: '2016-04-01', end: '2019-03-31' },
    { text: '2016-2019', type: 'three_year', label: '2016-19', start: '2016-04-01', end: '2019-03-31' },
    { text: '2009-12', type: 'three_year', label: '2009-12', start: '2009-04-01', end: '2012-03-31' },
    { text: '2021/22 Q1', type: 'quarter', label: '2021/22 Q1', start: '2021-04-01', end: '2021-06-30' },
    { text: '2021/22 Q2', type: 'quarter', label: '2021/22 Q2', start: '2021-07-01', end: '2021-09-30' },
    { text: '2021/22 Q3', type: 'quarter', label: '2021/22 Q3', start: '2021-10-01', end: '2021-12-31' },
    { text: '2021/22 Q4', type: 'quarter', label: '2021/22 Q4', start: '2022-01-01', end: '2022-03-31' },
    { text: '2021/22 q2', type: 'quarter', label: '2021/22 Q2', start: '2021-07-01', end: '2021-09-30' },
    { text: 'Q2 2021/22', type: 'quarter', label: '2021/22 Q2', start: '2021-07-01', end: '2021-09-30' },
    { text: 'Q2 2021-22', type: 'quarter', label: '2021/22 Q2', start: '2021-07-01', end: '2021-09-30' },
    { text: '2021-22 Q2', type: 'quarter', label: '2021/22 Q2', start: '2021-07-01', end: '2021-09-30' },
    { text: 'q2  2021\u201322', type: 'quarter', label: '2021/22 Q2', start: '2021-07-01', end: '2021-09-30' },
    { text: '2021-09', type: 'month', label: '2021-09', start: '2021-09-01', end: '2021-09-30' },
    { text: '2024-02', type: 'month', label: '2024-02', start: '2024-02-01', end: '2024-02-29' },
    { text: '2023-02', type: 'month', label: '2023-02', start: '2023-02-01', end: '2023-02-28' },
    { text: '2021-12', type: 'month', label: '2021-12', start: '2021-12-01', end: '2021-12-31' },
    { text: '2021-09-27', type: 'date', label: '2021-09-27', start: '2021-09-27', end: '2021-09-27' },
    { text: '2024-02-29', type: 'date', label: '2024-02-29', start: '2024-02-29', end: '2024-02-29' },
    { text: '27/09/2021', type: 'date', label: '2021-09-27', start: '2021-09-27', end: '2021-09-27' },
    { text: '1/4/2021', type: 'date', label: '2021-04-01', start: '2021-04-01', end: '2021-04-01' },
  ])('reads $text as $type $label from $start to $end', ({ text, type, label, start, end }) => {
    expect(parsePeriod(text)).toEqual({ ok: true, period: { type, label, start, end } });
  });

  it.each([
    { text: '', phrase: 'period is blank' },
    { text: '   ', phrase: 'period is blank' },
    { text: '2021/23', phrase: '2021/23 is not a financial year: the second year must follow the first (2021/22)' },
    { text: '2020-21', phrase: 'ambiguous: write 2020/21 for the financial year' },
    { text: '2021-13', phrase: 'neither a month' },
    { text: '2021-00', phrase: 'months run from 01 to 12' },
    { text: '2016-2018', phrase: 'not a three-year period' },
    { text: '2021/22 Q5', phrase: 'quarters run from Q1' },
    { text: 'Q0 2021/22', phrase: 'quarters run from Q1' },
    { text: '2021/23 Q2', phrase: 'second year must follow the first (2021/22)' },
    { text: '2021-02-30', phrase: 'February 2021 has 28 days' },
    { text: '2023-02-29', phrase: 'February 2023 has 28 days' },
    { text: '2021-04-31', phrase: 'April 2021 has 30 days' },
    { text: '2021-13-01', phrase: 'months run from 1 to 12' },
    { text: '31/02/2021', phrase: 'February 2021 has 28 days' },
    { text: '27/13/2021', phrase: 'months run from 1 to 12' },
    { text: 'last year', phrase: 'a financial year (2020/21), a quarter (2021/22 Q2' },
    { text: '2021', phrase: 'three-year period (2016-19)' },
    { text: '09/2021', phrase: 'a month (2021-09)' },
  ])('rejects $text saying $phrase', ({ text, phrase }) => {
    expect(parsePeriod(text)).toEqual({ ok: false, reason: expect.stringContaining(phrase) });
  });
});

describe('formatPeriod', () => {
  it.each([
    { period: FY_2020, label: '2020/21' },
    { period: Q2_2021, label: '2021/22 Q2' },
    { period: YEARS_2016_19, label: '2016-19' },
  ])('shows $period.type as $label', ({ period, label }) => {
    expect(formatPeriod(period)).toBe(label);
  });
});

describe('comparePeriods', () => {
  it('sorts a mixed list by end date, shorter periods first when they end on the same day', () => {
    const mixed = [Q2_2021, FY_2020, DAY_2021_09_27, SEPTEMBER_2021, YEARS_2016_19, Q4_2020];
    expect([...mixed].sort(comparePeriods)).toEqual([
      YEARS_2016_19,
      Q4_2020,
      FY_2020,
      DAY_2021_09_27,
      SEPTEMBER_2021,
      Q2_2021,
    ]);
  });

  it('orders date, month, quarter, financial year and three years that all end on 31 March 2021', () => {
    const sameEnd = [YEARS_2018_21, FY_2020, Q4_2020, MARCH_2021, DAY_2021_03_31];
    expect([...sameEnd].sort(comparePeriods)).toEqual([DAY_2021_03_31, MARCH_2021, Q4_2020, FY_2020, YEARS_2018_21]);
  });

  it.each([
    { a: FY_2020, b: FY_2021, sign: -1 },
    { a: FY_2021, b: FY_2020, sign: 1 },
    { a: Q4_2020, b: FY_2020, sign: -1 },
    { a: FY_2020, b: Q4_2020, sign: 1 },
    { a: FY_2020, b: { ...FY_2020 }, sign: 0 },
  ])('compares $a.label with $b.label as $sign', ({ a, b, sign }) => {
    expect(Math.sign(comparePeriods(a, b))).toBe(sign);
  });
});

describe('samePeriod', () => {
  it.each([
    { a: FY_2020, b: { ...FY_2020 }, same: true },
    { a: FY_2020, b: FY_2021, same: false },
    { a: FY_2020, b: Q4_2020, same: false },
  ])('says $a.label and $b.label are the same period: $same', ({ a, b, same }) => {
    expect(samePeriod(a, b)).toBe(same);
  });
});

describe('isOnOrBefore', () => {
  it.each([
    { a: Q4_2020, b: FY_2020, onOrBefore: true },
    { a: FY_2020, b: Q4_2020, onOrBefore: true },
    { a: DAY_2021_09_27, b: SEPTEMBER_2021, onOrBefore: true },
    { a: SEPTEMBER_2021, b: DAY_2021_09_27, onOrBefore: false },
    { a: FY_2021, b: Q2_2021, onOrBefore: false },
  ])('says $a.label ends on or before $b.label: $onOrBefore', ({ a, b, onOrBefore }) => {
    expect(isOnOrBefore(a, b)).toBe(onOrBefore);
  });
});

describe('financialYear', () => {
  it.each([
    { startYear: 2020, period: FY_2020 },
    { startYear: 2021, period: FY_2021 },
  ])('builds the financial year starting April $startYear', ({ startYear, period }) => {
    expect(financialYear(startYear)).toEqual(period);
  });
});

describe('financialYearOf', () => {
  it.each([
    { period: FY_2020, year: FY_2020 },
    { period: Q4_2020, year: FY_2020 },
    { period: Q2_2021, year: FY_2021 },
    { period: MARCH_2021, year: FY_2020 },
    { period: SEPTEMBER_2021, year: FY_2021 },
    { period: DAY_2021_03_31, year: FY_2020 },
    { period: DAY_2021_09_27, year: FY_2021 },
  ])('places $period.label in $year.label', ({ period, year }) => {
    expect(financialYearOf(period)).toEqual(year);
  });

  it('gives no financial year for a three-year period', () => {
    expect(financialYearOf(YEARS_2016_19)).toBeNull();
  });
});

describe('financialYearStart', () => {
  it.each([
    { period: FY_2020, startYear: 2020 },
    { period: Q4_2020, startYear: 2020 },
    { period: Q2_2021, startYear: 2021 },
    { period: MARCH_2021, startYear: 2020 },
    { period: DAY_2021_09_27, startYear: 2021 },
    { period: YEARS_2016_19, startYear: 2016 },
  ])('gives $startYear for $period.label', ({ period, startYear }) => {
    expect(financialYearStart(period)).toBe(startYear);
  });
});

describe('quartersOf', () => {
  it.each([
    {
      startYear: 2021,
      quarters: [
        { type: 'quarter', label: '2021/22 Q1', start: '2021-04-01', end: '2021-06-30' },
        { type: 'quarter', label: '2021/22 Q2', start: '2021-07-01', end: '2021-09-30' },
        { type: 'quarter', label: '2021/22 Q3', start: '2021-10-01', end: '2021-12-31' },
        { type: 'quarter', label: '2021/22 Q4', start: '2022-01-01', end: '2022-03-31' },
      ],
    },
    {
      startYear: 1999,
      quarters: [
        { type: 'quarter', label: '1999/00 Q1', start: '1999-04-01', end: '1999-06-30' },
        { type: 'quarter', label: '1999/00 Q2', start: '1999-07-01', end: '1999-09-30' },
        { type: 'quarter', label: '1999/00 Q3', start: '1999-10-01', end: '1999-12-31' },
        { type: 'quarter', label: '1999/00 Q4', start: '2000-01-01', end: '2000-03-31' },
      ],
    },
  ])('lists Q1 to Q4 of the financial year starting April $startYear', ({ startYear, quarters }) => {
    expect(quartersOf(startYear)).toEqual(quarters);
  });
});

describe('yearReportedIn', () => {
  it.each([
    { period: YEARS_2016_19, year: FY_2019 },
    { period: YEARS_2018_21, year: FY_2021 },
    { period: FY_2020, year: FY_2020 },
  ])('reports $period.label under $year.label', ({ period, year }) => {
    expect(yearReportedIn(period)).toEqual(year);
  });

  it.each([{ period: Q2_2021 }, { period: SEPTEMBER_2021 }, { period: DAY_2021_09_27 }])(
    'reports $period.type $period.label under no financial year',
    ({ period }) => {
      expect(yearReportedIn(period)).toBeNull();
    },
  );
});

describe('periodAfter', () => {
  it.each([
    { label: '2021-09', after: '2021-10' },
    { label: '2021-12', after: '2022-01' },
    { label: '2021/22 Q2', after: '2021/22 Q3' },
    { label: '2021/22 Q3', after: '2021/22 Q4' },
    { label: '2021/22 Q4', after: '2022/23 Q1' },
    { label: '2099/00 Q4', after: '2100/01 Q1' },
  ])('follows $label with $after', ({ label, after }) => {
    const parsed = parsePeriod(label);
    const next = parsePeriod(after);
    if (!parsed.ok || !next.ok) throw new Error('test periods parse');
    expect(periodAfter(parsed.period)).toEqual(next.period);
  });

  it.each([{ period: FY_2020 }, { period: DAY_2021_09_27 }, { period: YEARS_2016_19 }])(
    'gives no period after a $period.type',
    ({ period }) => {
      expect(periodAfter(period)).toBeNull();
    },
  );
});

describe('yearBefore and isPartOfYear', () => {
  it.each([
    { period: Q2_2021, before: '2020/21 Q2', part: true },
    { period: Q4_2020, before: '2019/20 Q4', part: false },
    { period: SEPTEMBER_2021, before: '2020-09', part: true },
    { period: MARCH_2021, before: '2020-03', part: false },
    { period: FY_2021, before: null, part: false },
    { period: DAY_2021_09_27, before: null, part: false },
  ])('$period.label: the same time a year before is $before; part of a year: $part', ({ period, before, part }) => {
    expect([yearBefore(period)?.label ?? null, isPartOfYear(period)]).toEqual([before, part]);
  });
});
