import { describe, expect, it, test } from 'vitest';
import { figure } from '../../../test/unit/builders/observation';
import { measuresById } from '../../../test/unit/builders/catalogue';
import { ADOPTION_A1_DAYS, CLA_RATE, measure } from '../../../test/unit/builders/measure';
import { located } from '../../../test/unit/tables';
import { ObservationIndex } from '../observations/series';
import { changeWarnings } from './upload-warnings';

const measures = measuresById([CLA_RATE, ADOPTION_A1_DAYS, measure('chart', { id: 'cla_age_and_time_in_care' })]);
const row14 = { source: { file: 'upload.csv', row: 14 } };

describe('changeWarnings', () => {
  test('warns about a figure more than 50% above the previous one, naming its row, the previous figure and its period', () => {
    const existing = new ObservationIndex([figure('cla_rate', '2019/20', 57.7)]);
    expect(changeWarnings([figure('cla_rate', '2020/21', 93.5, row14)], existing, measures)).toEqual([
      {
        severity: 'warning',
        rule: 'large_change',
        row: 14,
        column: 'value',
        message:
          'Row 14, column value (Children in care per 10,000, E06000047, 2020/21): 93.5 is 62% higher than 57.7 in 2019/20. Check it against your source.',
      },
    ]);
  });

  it.each([
    { previous: 10, value: 4, message: '4 is 60% lower than 10 in 2019/20' },
    {
      previous: 10,
      value: 15.04,
      message: '15.04 is 50.4% higher than 10 in 2019/20',
    },
    {
      previous: -2,
      value: 1,
      message: '1 is 150% higher than -2 in 2019/20',
    },
  ])('words the change from $previous to $value as: $message', ({ previous, value, message }) => {
    const existing = new ObservationIndex([figure('cla_rate', '2019/20', previous)]);
    expect(
      changeWarnings([figure('cla_rate', '2020/21', value, row14)], existing, measures).map((problem) =>
        problem.message.replace(/^.*\): (.*)\. Check .*$/, '$1'),
      ),
    ).toEqual([message]);
  });

  test("names the file's own column and the area, and does not call a DfE figure a typing slip", () => {
    const existing = new ObservationIndex([figure('cla_rate', '2019/20', 57.7)]);
    const published = figure('cla_rate', '2020/21', 93.5, {
      source: { file: 'cla_number_and_rate_per_10k_children.csv', row: 14, publisher: 'DfE' },
    });
    const [warning] = changeWarnings([published], existing, measures, {
      valueColumnOf: () => 'rate_per_10000',
      areaName: (code) => (code === 'E06000047' ? 'County Durham' : undefined),
    });
    expect([warning?.column, warning?.message]).toEqual([
      'rate_per_10000',
      "Row 14, column rate_per_10000 (Children in care per 10,000, County Durham, 2020/21): 93.5 is 62% higher than 57.7 in 2019/20. Check it is the figure you expect from DfE's file.",
    ]);
  });

  it.each([
    { what: 'a change of exactly 50%', previous: 10, value: 15 },
    { what: 'a change of 49%', previous: 57.7, value: 86 },
    { what: 'a fall of 50%', previous: 10, value: 5 },
    { what: 'no change', previous: 57.7, value: 57.7 },
    { what: 'a previous figure of 0, of which no share can be taken', previous: 0, value: 5 },
  ])('does not warn about $what', ({ previous, value }) => {
    const existing = new ObservationIndex([figure('cla_rate', '2019/20', previous)]);
    expect(changeWarnings([figure('cla_rate', '2020/21', value, row14)], existing, measures)).toEqual([]);
  });

  it.each([
    {
      what: 'the figure before a newer status-only cell',
      held: [figure('cla_rate', '2018/19', 57.7), figure('cla_rate', '2019/20', null, { status: 'not_available' })],
      incoming: [figure('cla_rate', '2020/21', 93.5, row14)],
      rows: [14],
    },
    {
      what: 'a quarter against the quarter before, not against the year that ends between them',
      held: [figure('cla_rate', '2020/21 Q4', 90), figure('cla_rate', '2020/21', 40)],
      incoming: [figure('cla_rate', '2021/22 Q1', 92.7, row14)],
      rows: [],
    },
    {
      what: 'a year against the year before, not against a quarter',
      held: [figure('cla_rate', '2020/21 Q4', 40), figure('cla_rate', '2019/20', 90)],
      incoming: [figure('cla_rate', '2020/21', 93.5, row14)],
      rows: [],
    },
    {
      what: 'a figure earlier in the same upload',
      held: [],
      incoming: [
        figure('cla_rate', '2020/21', 93.5, row14),
        figure('cla_rate', '2019/20', 57.7, { source: { file: 'upload.csv', row: 13 } }),
      ],
      rows: [14],
    },
    {
      what: "the upload's correction of a held figure, not the held figure it replaces",
      held: [figure('cla_rate', '2019/20', 57.7)],
      incoming: [
        figure('cla_rate', '2019/20', 90, { source: { file: 'upload.csv', row: 13 } }),
        figure('cla_rate', '2020/21', 93.5, row14),
      ],
      rows: [],
    },
    {
      what: 'the same measure in the same area only',
      held: [
        figure('cla_rate', '2019/20', 57.7, { areaCode: 'E92000001' }),
        figure('cla_placement_stability', '2019/20', 57.7),
      ],
      incoming: [figure('cla_rate', '2020/21', 93.5, row14)],
      rows: [],
    },
    {
      what: 'nothing for a chart row, which holds no figure to compare',
      held: [figure('cla_age_and_time_in_care', '2019/20', 10)],
      incoming: [figure('cla_age_and_time_in_care', '2020/21', 93.5, row14)],
      rows: [],
    },
  ])('compares with $what', ({ held, incoming, rows }) => {
    expect(changeWarnings(incoming, new ObservationIndex(held), measures).map((problem) => problem.row)).toEqual(rows);
  });

  test('lists the warnings by row', () => {
    const existing = new ObservationIndex([
      figure('cla_rate', '2019/20', 10),
      figure('adoption_a1_days', '2015-18', 100),
    ]);
    const incoming = [
      figure('cla_rate', '2020/21', 20, row14),
      figure('adoption_a1_days', '2016-19', 428, { source: { file: 'upload.csv', row: 3 } }),
    ];
    expect(changeWarnings(incoming, existing, measures).map(located)).toEqual([
      { rule: 'large_change', severity: 'warning', row: 3, column: 'value' },
      { rule: 'large_change', severity: 'warning', row: 14, column: 'value' },
    ]);
  });
});
