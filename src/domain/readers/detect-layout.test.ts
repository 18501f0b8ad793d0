import { describe, expect, it } from 'vitest';
import { located, tableFrom } from '../../../test/unit/tables';
import { detectLayout, layoutProblems } from './detect-layout';

describe('detectLayout', () => {
  it.each([
    {
      header: ['measure', 'area', 'period', 'value', 'numerator', 'denominator', 'status', 'note'],
      layout: 'observations',
    },
    { header: ['measure', 'area', 'period', 'value'], layout: 'observations' },
    { header: ['Measure', 'Area', 'Period', 'Value'], layout: 'observations' },
    { header: ['period', 'value', 'area', 'measure'], layout: 'observations' },
    {
      header: [
        'Measure',
        '2018/19',
        '2019/20',
        '2020/21 [Provisional]',
        'Q1 2021/22',
        'Q2 2021/22',
        'England',
        'North East',
        'Stat Neighbour',
      ],
      layout: 'scorecard',
    },
    { header: ['measure', 'Q2 2021-22'], layout: 'scorecard' },
    { header: [' MEASURE ', '2020/21'], layout: 'scorecard' },
    { header: ['Measure', 'England', 'North East'], layout: null },
    { header: ['2019/20', 'Measure'], layout: null },
    { header: ['measure', 'area', 'value'], layout: null },
    { header: ['code', 'name', 'type'], layout: null },
    {
      header: [
        'Name',
        'Full inspection date',
        'Full inspection overall judgement',
        'Interim inspection date',
        'Interim inspection overall outcome',
      ],
      layout: 'homes',
    },
    { header: ['Home', 'Date of last full inspection', 'Judgement'], layout: 'homes' },
    { header: ['URN', ' home ', 'DATE OF LAST FULL INSPECTION', 'judgement'], layout: 'homes' },
    { header: ['Home', 'Judgement'], layout: null },
    { header: [], layout: null },
  ])('reads the header $header as $layout', ({ header, layout }) => {
    expect(detectLayout(header)).toBe(layout);
  });
});

describe('layoutProblems: why a header matches neither layout', () => {
  it.each([
    {
      header: 'measure,area,value,note',
      rule: 'missing_column',
      column: 'period',
      message:
        "f.csv: the header has no 'period' column. The first row must name the columns measure, area, period, value.",
    },
    {
      header: 'Measure,2021/23,England',
      rule: 'invalid_period',
      column: '2021/23',
      message:
        'Row 1, column 2021/23: 2021/23 is not a financial year: the second year must follow the first (2021/22). A scorecard-layout file needs at least one period column, headed like 2020/21 or Q2 2021/22.',
    },
    {
      header: 'code,name,type',
      rule: 'unknown_layout',
      column: undefined,
      message:
        "f.csv: this file's columns don't match any layout: an observations file needs the columns measure, area, period and value; a scorecard-layout file needs Measure as its first column, then period columns such as 2020/21 or Q2 2021/22 and comparator columns such as England, North East and Stat Neighbour; a DfE open-data file needs its published columns time_period, time_identifier, geographic_level, country_code and country_name; MHCLG's revenue outturn data sheet (RO3 or RSX) needs its header row of E-code, ONS Code, Local authority and Class; a table of children's homes needs the columns Name, Full inspection date and Full inspection overall judgement (or Home, Date of last full inspection and Judgement), and may add Interim inspection date with Interim inspection overall outcome, and URN; a breakdowns file needs the columns breakdown, area, period, category and count or percent; a printed breakdown table needs the breakdown's dimension first (e.g. Placement Type), then a snapshot date heading (e.g. 04-Jun-19) over No. and % columns; a ChAT table needs ChAT and its period first (e.g. ChAT 2021/22 Q2), then Aged 17, Aged 18… and Total, with a Numbers in cohort row and a row of each age’s share (e.g. In suitable accommodation). Its first row has 'code', 'name', 'type'.",
    },
  ])('explains $header with $rule', ({ header, rule, column, message }) => {
    const problems = layoutProblems(tableFrom('f.csv', [header, 'x,y,z']));
    expect(problems.map(located)).toEqual([{ rule, severity: 'error', row: 1, column }]);
    expect(problems[0]?.message).toBe(message);
  });
});
