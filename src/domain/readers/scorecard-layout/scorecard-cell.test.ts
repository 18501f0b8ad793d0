import { describe, expect, it, test } from 'vitest';
import { located } from '../../../../test/unit/tables';
import { HEADER, oneCell, scorecardFrom } from '../../../../test/unit/scorecard-layout-files';

describe('readScorecardLayout: the cell forms of the seed scorecard', () => {
  it.each([
    {
      column: '2019/20',
      text: '82.9 [833]',
      measure: 'cla_rate',
      read: { areaCode: 'E06000001', value: 82.9, numerator: 833, denominator: null, status: 'final', note: '' },
    },
    {
      column: '2019/20',
      text: '63.9% [53 of 83]',
      measure: 'care_leavers_17_18_eet',
      read: { value: 63.9, numerator: 53, denominator: 83, status: 'final' },
    },
    {
      column: '2019/20',
      text: '65% [55 / 84]',
      measure: 'care_leavers_17_18_eet',
      read: { value: 65, numerator: 55, denominator: 84 },
    },
    {
      column: '2019/20',
      text: '59.8 [201 / 336]',
      measure: 'cla_long_term_stability',
      read: { value: 59.8, numerator: 201, denominator: 336 },
    },
    {
      column: '2019/20',
      text: '0.1% [1/914]',
      measure: 'cla_uasc_percent',
      read: { value: 0.1, numerator: 1, denominator: 914 },
    },
    {
      column: 'Q2 2021/22',
      text: '10.5% [98]',
      measure: 'cla_3plus_placements',
      read: { value: 10.5, numerator: 98, denominator: null },
    },
    {
      column: 'Q2 2021/22',
      text: '1,234 [1,234 of 5,000]',
      measure: 'cla_placed_for_adoption_count',
      read: { value: 1234, numerator: 1234, denominator: 5000 },
    },
    {
      column: '2020/21 [Provisional]',
      text: '93.5 [949]',
      measure: 'cla_rate',
      read: { value: 93.5, numerator: 949, status: 'provisional' },
    },
    {
      column: '2020/21 [Provisional]',
      text: 'NND',
      measure: 'cla_sdq_score',
      read: { value: null, status: 'no_new_data' },
    },
    { column: 'Q2 2021/22', text: 'NND', measure: 'cla_sdq_score', read: { value: null, status: 'no_new_data' } },
    {
      column: 'Q2 2021/22',
      text: 'N/A',
      measure: 'care_leavers_18_21_staying_put',
      read: { value: null, status: 'not_available' },
    },
    {
      column: 'Q2 2021/22',
      text: 'Reported annually',
      measure: 'cla_missing_percent',
      read: { value: null, status: 'reported_annually' },
    },
    { column: 'Q2 2021/22', text: 'TBC', measure: 'cla_substance_misuse', read: { value: null, status: 'tbc' } },
    { column: 'Q2 2021/22', text: 'TBC*', measure: 'cla_substance_misuse', read: { value: null, status: 'tbc' } },
    {
      column: 'Q2 2021/22',
      text: 'See chart 3',
      measure: 'sw_caseloads',
      read: { value: null, status: 'see_chart', note: 'See chart 3' },
    },
    {
      column: 'Q2 2021/22',
      text: '21 matched 12 in progress',
      measure: 'cla_independent_visitor_count',
      read: { value: 21, status: 'final', note: '21 matched 12 in progress' },
    },
    {
      column: 'Q2 2021/22',
      text: '\u00a082.9\u00a0[833] ',
      measure: 'cla_rate',
      read: { value: 82.9, numerator: 833 },
    },
  ])("reads '$text' in the $column column of $measure", ({ column, text, measure, read }) => {
    const { value, problems } = oneCell(column, text, measure);
    expect(problems).toEqual([]);
    expect(value).toEqual([expect.objectContaining({ measureId: measure, ...read })]);
  });

  it.each([
    { column: '2019/20', text: '428 [2016-19]', period: '2016-19' },
    { column: '2019/20', text: '430 [2015-18]', period: '2015-18' },
    { column: '2019/20', text: '192 [2016-2019]', period: '2016-19' },
    { column: 'Q2 2021/22', text: '413', period: '2021/22 Q2' },
  ])("reads '$text' in the $column column as a figure for $period", ({ column, text, period }) => {
    expect(oneCell(column, text, 'adoption_a1_days').value[0]?.period.label).toBe(period);
  });

  it.each([
    {
      column: 'England',
      text: '67 (2019/20)',
      measure: 'cla_rate',
      read: { areaCode: 'E92000001', value: 67, status: 'final' },
      period: '2019/20',
    },
    {
      column: 'England',
      text: '0.1% (2016/17)',
      measure: 'cla_permanent_exclusions_percent',
      read: { areaCode: 'E92000001', value: 0.1 },
      period: '2016/17',
    },
    {
      column: 'North East',
      text: '108 (2019/20)',
      measure: 'cla_rate',
      read: { areaCode: 'E12000001', value: 108 },
      period: '2019/20',
    },
    {
      column: 'Stat Neighbour',
      text: '119 (2019/20)',
      measure: 'cla_rate',
      read: { areaCode: 'SN:E06000001', value: 119 },
      period: '2019/20',
    },
    {
      column: 'North East',
      text: 'N/A (2019/20)',
      measure: 'adoption_a1_days',
      read: { areaCode: 'E12000001', value: null, status: 'not_available' },
      period: '2019/20',
    },
    {
      column: 'England',
      text: '376 [2016-19]',
      measure: 'adoption_a1_days',
      read: { areaCode: 'E92000001', value: 376 },
      period: '2016-19',
    },
  ])(
    "reads the comparator cell '$text' under $column with its own period, $period",
    ({ column, text, measure, read, period }) => {
      const { value, problems } = oneCell(column, text, measure);
      expect(problems).toEqual([]);
      expect(value).toEqual([expect.objectContaining(read)]);
      expect(value[0]?.period.label).toBe(period);
    },
  );

  test('reads a blank cell as no observation, never as zero', () => {
    expect(oneCell('Q2 2021/22', '')).toEqual({ value: [], problems: [] });
  });

  test('says where every figure came from: the file and its spreadsheet row', () => {
    expect(oneCell('Q2 2021/22', '6.3% [20 / 316]').value[0]?.source).toEqual({ file: 'scorecard.csv', row: 2 });
  });

  test('reads a whole row into one observation per filled cell', () => {
    const { value, problems } = scorecardFrom(HEADER, [
      '3 or more placements in the year',
      '9.6% [30 of 311]',
      '8.2% [27 / 328]',
      '6.3% [20 / 316]',
      '11 (2019/20)',
      '10 (2019/20)',
      '6.5 (2019/20)',
    ]);
    expect(problems).toEqual([]);
    expect(
      value.map(
        (observation) =>
          `${observation.areaCode} ${observation.period.label} ${observation.value} ${observation.status}`,
      ),
    ).toEqual([
      'E06000001 2019/20 9.6 final',
      'E06000001 2020/21 8.2 provisional',
      'E06000001 2021/22 Q2 6.3 final',
      'E92000001 2019/20 11 final',
      'E12000001 2019/20 10 final',
      'SN:E06000001 2019/20 6.5 final',
    ]);
  });
});

describe('readScorecardLayout: cells it refuses, each with its row, column and what to do', () => {
  it.each([
    {
      column: 'Q2 2021/22',
      text: 'nine',
      rule: 'invalid_value',
      message:
        "Row 2, column Q2 2021/22: 'nine' is not a number. Give a number such as 63.9, 63.9% [53 of 83] or 82.9 [833], a status such as NND, N/A, Reported annually or TBC, or leave the cell blank.",
    },
    {
      column: 'England',
      text: '67 (2019/23)',
      rule: 'invalid_period',
      message:
        "Row 2, column England: '67 (2019/23)': 2019/23 is not a financial year: the second year must follow the first (2019/20). Give the comparator's period in brackets: 67 (2019/20).",
    },
    {
      column: 'England',
      text: '(2019/20)',
      rule: 'invalid_value',
      message: "Row 2, column England: '(2019/20)' has a period but no figure. Give the figure before the brackets",
    },
    {
      column: 'Q2 2021/22',
      text: '67 (2019/20)',
      rule: 'invalid_value',
      message:
        "Row 2, column Q2 2021/22: '67 (2019/20)': round brackets hold a comparator's period, in a comparator column. In a period column give the figure",
    },
    {
      column: 'Q2 2021/22',
      text: '12 (estimated)',
      rule: 'invalid_value',
      message:
        "Row 2, column Q2 2021/22: '12 (estimated)': round brackets hold a comparator's period, in a comparator column.",
    },
    {
      column: 'Q2 2021/22',
      text: '63.9% [53 out of 83]',
      rule: 'invalid_counts',
      message:
        "Row 2, column Q2 2021/22: '[53 out of 83]' is neither counts nor a period. Write the counts behind the figure as [53 of 83], [53 / 83] or [833], or a three-year period as [2015-18].",
    },
    {
      column: 'Q2 2021/22',
      text: 'NND [12 of 40]',
      rule: 'numerator_without_value',
      message:
        'Row 2, column Q2 2021/22: a numerator or denominator is given but there is no figure (no new data). Give the value as well, or remove the counts.',
    },
    {
      column: 'Q2 2021/22',
      text: '[12 of 40]',
      rule: 'numerator_without_value',
      message:
        'Row 2, column Q2 2021/22: a numerator or denominator is given but there is no figure (the value is blank).',
    },
    {
      column: 'Q2 2021/22',
      text: 'u',
      rule: 'status_needs_value',
      message: "Row 2, column Q2 2021/22: 'u' (low reliability) qualifies a figure but there is none.",
    },
    {
      column: 'Q2 2021/22',
      text: '65% [84 / 55]',
      rule: 'numerator_over_denominator',
      message:
        'Row 2, column Q2 2021/22: the numerator 84 of 3 or more placements in the year is larger than its denominator 55, and a percentage cannot count more than its whole. Check the two are not swapped.',
    },
    {
      column: 'Q2 2021/22',
      text: '71.4% [85 / 120]',
      rule: 'value_disagrees_with_counts',
      message:
        'Row 2, column Q2 2021/22: 71.4% for 3 or more placements in the year is not 85 of 120, which is 70.8%. Correct the value or the counts.',
    },
  ])("refuses '$text' under $column as $rule", ({ column, text, rule, message }) => {
    const { value, problems } = oneCell(column, text);
    expect(value).toEqual([]);
    expect(problems.map(located)).toEqual([{ rule, severity: 'error', row: 2, column }]);
    expect(problems[0]?.message).toContain(message);
  });

  it.each([
    {
      text: '120%',
      rule: 'percent_out_of_range',
      message:
        'Row 2, column Q2 2021/22: 120 for 3 or more placements in the year is outside 0 to 100 for a percentage. Check the figure.',
    },
  ])("keeps '$text' with a $rule warning", ({ text, rule, message }) => {
    const { value, problems } = oneCell('Q2 2021/22', text);
    expect(value).toHaveLength(1);
    expect(problems).toEqual([{ severity: 'warning', rule, row: 2, column: 'Q2 2021/22', message }]);
  });
});
