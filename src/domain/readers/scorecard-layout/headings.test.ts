import { describe, expect, it, test } from 'vitest';
import { located } from '../../../../test/unit/tables';
import { scorecardFrom } from '../../../../test/unit/scorecard-layout-files';
import { readPeriodHeading } from './headings';

describe('readScorecardLayout: the headings', () => {
  it.each([
    {
      heading: 'North West',
      rule: 'wrong_region',
      severity: 'error',
      message:
        'Row 1, column North West: North West is not the region of Hartlepool (E06000001), which is in North East.',
    },
    {
      heading: '2021/23',
      rule: 'invalid_period',
      severity: 'error',
      message:
        'Row 1, column 2021/23: 2021/23 is not a financial year: the second year must follow the first (2021/22).',
    },
    {
      heading: '2020/21 [Draft]',
      rule: 'invalid_status',
      severity: 'error',
      message:
        "Row 1, column 2020/21 [Draft]: 'Draft' is not a status a period column can have: write 2020/21 [Provisional], [Revised] or [Estimate]",
    },
    { heading: 'Q1', rule: 'invalid_period', severity: 'error', message: 'Row 1, column Q1: "Q1" is not a period' },
    {
      heading: 'England (average)',
      rule: 'invalid_period',
      severity: 'error',
      message: 'Row 1, column England (average): "average" is not a period',
    },
    {
      heading: 'Target',
      rule: 'ignored_column',
      severity: 'warning',
      message: "Row 1, column Target: 'Target' is neither a period nor a comparator, so this column is not read.",
    },
  ])("reports the heading '$heading' as $rule on row 1", ({ heading, rule, severity, message }) => {
    const { value, problems } = scorecardFrom(
      ['Measure', 'Q2 2021/22', heading],
      ['Children in care per 10,000', '90 [912]', '67 (2019/20)'],
    );
    expect(value).toHaveLength(1);
    expect(problems.map(located)).toEqual([{ rule, severity, row: 1, column: heading }]);
    expect(problems[0]?.message).toContain(message);
  });

  test('refuses figures in a column with no heading, once, at the first row that has one', () => {
    const { problems } = scorecardFrom(
      ['Measure', 'Q2 2021/22', ''],
      ['Children in care per 10,000', '90 [912]', '67'],
      ['Dental check in the last year', '65%', '86'],
    );
    expect(problems).toEqual([
      {
        severity: 'error',
        rule: 'missing_heading',
        row: 2,
        message:
          "Row 2: a column with no heading holds '67'. Give the column a period (Q2 2021/22) or comparator (England) heading in row 1, or delete it.",
      },
    ]);
  });

  test('refuses a second column for the same period', () => {
    const { problems } = scorecardFrom(
      ['Measure', '2020/21', '2020/21 [Provisional]'],
      ['Children in care per 10,000', '93.5', '93.5'],
    );
    expect(problems.map(located)).toEqual([
      { rule: 'duplicate_period', severity: 'error', row: 1, column: '2020/21 [Provisional]' },
    ]);
  });

  it.each([
    { heading: 'England', areaCode: 'E92000001' },
    { heading: 'england average', areaCode: 'E92000001' },
    { heading: 'North East', areaCode: 'E12000001' },
    { heading: 'Region', areaCode: 'E12000001' },
    { heading: 'Stat Neighbour', areaCode: 'SN:E06000001' },
    { heading: 'Statistical neighbours', areaCode: 'SN:E06000001' },
    { heading: 'SN', areaCode: 'SN:E06000001' },
  ])("reads the heading '$heading' as the comparator $areaCode", ({ heading, areaCode }) => {
    expect(
      scorecardFrom(['Measure', 'Q2 2021/22', heading], ['Children in care per 10,000', '', '67 (2019/20)']).value[0]
        ?.areaCode,
    ).toBe(areaCode);
  });

  test('gives every figure of a comparator column the period in its heading: England (2019/20)', () => {
    const { value, problems } = scorecardFrom(
      ['Measure', 'Q2 2021/22', 'England (2019/20)'],
      ['Children in care per 10,000', '', '67'],
    );
    expect(problems).toEqual([]);
    expect(value[0]).toMatchObject({ areaCode: 'E92000001', value: 67, period: { label: '2019/20' } });
  });

  it.each([
    { heading: '2018/19', read: { ok: true, period: expect.objectContaining({ label: '2018/19' }), status: 'final' } },
    {
      heading: '2020/21 [Provisional]',
      read: { ok: true, period: expect.objectContaining({ label: '2020/21' }), status: 'provisional' },
    },
    {
      heading: '2020/21 (revised)',
      read: { ok: true, period: expect.objectContaining({ label: '2020/21' }), status: 'revised' },
    },
    {
      heading: 'Q1 2021/22',
      read: { ok: true, period: expect.objectContaining({ label: '2021/22 Q1' }), status: 'final' },
    },
    {
      heading: 'Q2 2021-22',
      read: { ok: true, period: expect.objectContaining({ label: '2021/22 Q2' }), status: 'final' },
    },
    {
      heading: 'Q2\n2021/22',
      read: { ok: true, period: expect.objectContaining({ label: '2021/22 Q2' }), status: 'final' },
    },
    { heading: '2021/23', read: { ok: false, rule: 'invalid_period' } },
    { heading: 'England', read: null },
  ])("reads the heading '$heading' as a period heading: $read", ({ heading, read }) => {
    expect(readPeriodHeading(heading)).toEqual(read === null ? null : expect.objectContaining(read));
  });
});
