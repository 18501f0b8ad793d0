import { describe, expect, it, test } from 'vitest';
import { observationContext } from '../../../test/unit/builders/catalogue';
import { ADOPTION_A1_DAYS, FIXTURE_MEASURES, measure } from '../../../test/unit/builders/measure';
import { csvTable, located, readObservationsFile, tableFrom } from '../../../test/unit/tables';
import { readObservations } from './observations-file';

const context = observationContext([
  ...FIXTURE_MEASURES,
  ADOPTION_A1_DAYS,
  measure('count', { id: 'cla_placed_for_adoption_count', decimalPlaces: 0 }),
]);
const HEADER = 'measure,area,period,value,numerator,denominator,status,note';

function observationsFrom(...rows: string[]) {
  return readObservations(tableFrom('observations.csv', [HEADER, ...rows]), context);
}

describe('readObservations: one fixture per rule', () => {
  it.each([
    {
      file: 'missing_column.csv',
      rule: 'missing_column',
      severity: 'error',
      row: 1,
      column: 'period',
      where: "missing_column.csv: the header has no 'period' column",
      todo: 'The first row must name the columns measure, area, period, value.',
    },
    {
      file: 'empty_file.csv',
      rule: 'empty_file',
      severity: 'error',
      row: undefined,
      column: undefined,
      where: 'empty_file.csv has a header but no rows',
      todo: 'Add at least one row below the header.',
    },
    {
      file: 'unknown_measure.csv',
      rule: 'unknown_measure',
      severity: 'error',
      row: 3,
      column: 'measure',
      where: 'Row 3, column measure:',
      todo: "'cla_rat' is not a measure in the catalogue. Did you mean 'cla_rate' or 'cin_rate' or 'cla_count'?",
    },
    {
      file: 'unknown_area.csv',
      rule: 'unknown_area',
      severity: 'error',
      row: 4,
      column: 'area',
      where: 'Row 4, column area:',
      todo: "'E6000047' is not a known area code. Use an ONS code such as E06000047",
    },
    {
      file: 'invalid_period.csv',
      rule: 'invalid_period',
      severity: 'error',
      row: 3,
      column: 'period',
      where: 'Row 3, column period:',
      todo: '2020-21 is ambiguous: write 2020/21 for the financial year',
    },
    {
      file: 'invalid_value.csv',
      rule: 'invalid_value',
      severity: 'error',
      row: 3,
      column: 'value',
      where: "Row 3, column value: 'nine' is not a number.",
      todo: 'Give a number such as 63.9, 63.9% or 1,234',
    },
    {
      file: 'invalid_status.csv',
      rule: 'invalid_status',
      severity: 'error',
      row: 3,
      column: 'status',
      where: "Row 3, column status: 'draft' is not a status.",
      todo: 'Leave it blank for a final figure or use one of: provisional',
    },
    {
      file: 'value_with_status.csv',
      rule: 'value_with_status',
      severity: 'error',
      row: 3,
      column: 'value',
      where: "Row 3, column value: a figure of 7.3 is given with the status 'Reported annually'",
      todo: 'Remove the figure or the status.',
    },
    {
      file: 'conflicting_status.csv',
      rule: 'conflicting_status',
      severity: 'error',
      row: 2,
      column: 'status',
      where: "Row 2, column status: the value says 'No new data' but the status says 'Reported annually'.",
      todo: 'Make them agree.',
    },
    {
      file: 'missing_value.csv',
      rule: 'missing_value',
      severity: 'error',
      row: 3,
      column: 'value',
      where: 'Row 3, column value: the value is blank.',
      todo: 'Give the figure, or a status such as suppressed, not_available or no_new_data',
    },
    {
      file: 'invalid_numerator.csv',
      rule: 'invalid_numerator',
      severity: 'error',
      row: 3,
      column: 'numerator',
      where: "Row 3, column numerator: '912 children' is not a number.",
      todo: 'Give a number or leave the cell blank.',
    },
    {
      file: 'numerator_without_value.csv',
      rule: 'numerator_without_value',
      severity: 'error',
      row: 3,
      column: 'numerator',
      where:
        'Row 3, column numerator: a numerator or denominator is given but there is no figure (the value is blank).',
      todo: 'Give the value as well, or remove the counts.',
    },
    {
      file: 'conflicting_values.csv',
      rule: 'conflicting_values',
      severity: 'error',
      row: 4,
      column: 'value',
      where: 'Row 4, column value: row 2 gives a different figure for cla_adopted_percent, E06000047, 2020/21.',
      todo: 'Keep one row per measure, area and period.',
    },
    {
      file: 'duplicate_row.csv',
      rule: 'duplicate_row',
      severity: 'warning',
      row: 4,
      column: 'measure',
      where: 'Row 4, column measure: repeats row 3 (cla_health_assessments, E06000047, 2021/22 Q2).',
      todo: 'The repeat is ignored.',
    },
    {
      file: 'numerator_over_denominator.csv',
      rule: 'numerator_over_denominator',
      severity: 'error',
      row: 2,
      column: 'numerator',
      where:
        'Row 2, column numerator: the numerator 83 of Care leavers 17–18 in EET is larger than its denominator 53, and a percentage cannot count more than its whole. Check the two are not swapped.',
      todo: 'Check the two are not swapped.',
    },
    {
      file: 'value_disagrees_with_counts.csv',
      rule: 'value_disagrees_with_counts',
      severity: 'error',
      row: 2,
      column: 'value',
      where: 'Row 2, column value: 71.4% for Care leavers 17–18 in EET is not 65 of 77, which is 84.4%.',
      todo: 'Correct the value or the counts.',
    },
    {
      file: 'percent_out_of_range.csv',
      rule: 'percent_out_of_range',
      severity: 'warning',
      row: 2,
      column: 'value',
      where: 'Row 2, column value: 639 for Long-term placement stability is outside 0 to 100 for a percentage.',
      todo: 'Check the figure.',
    },
    {
      file: 'unknown_column.csv',
      rule: 'unknown_column',
      severity: 'warning',
      row: 1,
      column: 'numerater',
      where:
        "unknown_column.csv: the header's column 'numerater' is not one this file's layout reads, so its cells are not read. Did you mean 'numerator'?",
      todo: 'The columns read are measure, area, period, value, numerator, denominator, status and note; rename the column, or delete it if it is not needed.',
    },
    {
      file: 'wrong_cell_count.csv',
      rule: 'wrong_cell_count',
      severity: 'error',
      row: 3,
      column: undefined,
      where: 'Row 3 has 9 cells but the header has 8 columns.',
      todo: 'Check for a stray comma or a missing cell.',
    },
  ])(
    'finds exactly one problem in $file: $rule ($severity) at row $row, column $column',
    ({ file, rule, severity, row, column, where, todo }) => {
      const { problems } = readObservationsFile(`test/fixtures/observations/${file}`, context);
      expect(problems.map(located)).toEqual([{ rule, severity, row, column }]);
      expect(problems[0]?.message).toContain(where);
      expect(problems[0]?.message).toContain(todo);
    },
  );

  test('wrong_delimiter.csv: the CSV reader reports wrong_delimiter on row 1 and says how to save the file', () => {
    const { csvProblems } = readObservationsFile('test/fixtures/observations/wrong_delimiter.csv', context);
    expect(csvProblems.map(located)).toEqual([
      { rule: 'wrong_delimiter', severity: 'error', row: 1, column: undefined },
    ]);
    expect(csvProblems[0]?.message).toBe(
      'wrong_delimiter.csv separates its columns with semicolons, not commas. Save it again as "CSV (Comma delimited)".',
    );
  });

  it.each([
    { file: 'unknown_measure.csv', rows: [2, 4] },
    { file: 'invalid_value.csv', rows: [2] },
    { file: 'missing_value.csv', rows: [2] },
    { file: 'conflicting_values.csv', rows: [2, 3] },
    { file: 'duplicate_row.csv', rows: [2, 3] },
    { file: 'numerator_over_denominator.csv', rows: [3] },
    { file: 'value_disagrees_with_counts.csv', rows: [3] },
  ])('keeps rows $rows of $file, leaving out any row with an error and any repeat', ({ file, rows }) => {
    const { observations } = readObservationsFile(`test/fixtures/observations/${file}`, context);
    expect(observations.map((observation) => observation.source.row)).toEqual(rows);
  });
});

describe('readObservations: reading a row', () => {
  test('reads a row into an observation that says where it came from', () => {
    expect(observationsFrom('cla_rate,E06000047,2021/22 Q2,90,912,,,')).toEqual({
      value: [
        {
          measureId: 'cla_rate',
          areaCode: 'E06000047',
          period: { type: 'quarter', label: '2021/22 Q2', start: '2021-07-01', end: '2021-09-30' },
          value: 90,
          numerator: 912,
          denominator: null,
          status: 'final',
          note: '',
          source: { file: 'observations.csv', row: 2 },
        },
      ],
      problems: [],
    });
  });

  it.each([
    { value: '63.9', status: '', read: { value: 63.9, status: 'final' } },
    { value: '63.9%', status: '', read: { value: 63.9, status: 'final' } },
    { value: '70.0', status: '', read: { value: 70, status: 'final' } },
    { value: '68.9', status: 'provisional', read: { value: 68.9, status: 'provisional' } },
    { value: '68.9', status: 'Provisional', read: { value: 68.9, status: 'provisional' } },
    { value: '68.9', status: 'revised', read: { value: 68.9, status: 'revised' } },
    { value: 'c', status: '', read: { value: null, status: 'suppressed' } },
    { value: 'x', status: '', read: { value: null, status: 'not_available' } },
    { value: 'NND', status: '', read: { value: null, status: 'no_new_data' } },
    { value: 'Reported annually', status: '', read: { value: null, status: 'reported_annually' } },
    { value: 'c', status: 'suppressed', read: { value: null, status: 'suppressed' } },
    { value: '', status: 'suppressed', read: { value: null, status: 'suppressed' } },
    { value: '', status: 'reported_annually', read: { value: null, status: 'reported_annually' } },
    { value: '', status: 'Reported annually', read: { value: null, status: 'reported_annually' } },
    { value: '', status: 'NND', read: { value: null, status: 'no_new_data' } },
    { value: '', status: 'Not available', read: { value: null, status: 'not_available' } },
    { value: '', status: 'TBC', read: { value: null, status: 'tbc' } },
  ])("reads value '$value' with status '$status' as $read.value, $read.status", ({ value, status, read }) => {
    const { value: observations, problems } = observationsFrom(
      `cla_dental_checks,E06000047,2020/21,${value},,,${status},`,
    );
    expect(problems).toEqual([]);
    expect(observations[0]).toMatchObject(read);
  });

  test('reads a blank status as final', () => {
    expect(observationsFrom('cla_health_assessments,E06000047,2021/22 Q2,92,,,,').value[0]?.status).toBe('final');
  });

  test('reads a suppressed value c as the status suppressed with no value', () => {
    expect(observationsFrom('cla_adopted_percent,E06000047,2021/22 Q1,c,,,,').value[0]).toMatchObject({
      value: null,
      status: 'suppressed',
    });
  });

  test("reads a quoted '5,000' as 5000", () => {
    const table = csvTable('observations.csv', [
      HEADER,
      'cla_placed_for_adoption_count,E92000001,2019/20,"5,000","5,000",,,',
    ]);
    expect(readObservations(table, context).value[0]).toMatchObject({ value: 5000, numerator: 5000 });
  });

  it.each([
    { written: '2021/22 Q2', label: '2021/22 Q2' },
    { written: 'Q2 2021-22', label: '2021/22 Q2' },
    { written: 'Q2 2021/22', label: '2021/22 Q2' },
    { written: '2020/21', label: '2020/21' },
    { written: '2016-19', label: '2016-19' },
  ])("reads the period '$written' as $label", ({ written, label }) => {
    expect(observationsFrom(`adoption_a1_days,E06000047,${written},428,,,,`).value[0]?.period.label).toBe(label);
  });

  it.each([
    { area: 'E06000047' },
    { area: 'E12000001' },
    { area: 'E92000001' },
    { area: 'SN:E06000047' },
    { area: 'TARGET:E06000047' },
  ])('accepts figures for the area $area', ({ area }) => {
    expect(observationsFrom(`cla_rate,${area},2019/20,67,,,,`).problems).toEqual([]);
  });

  test('keeps HTML in the note as plain text, for the screen to escape', () => {
    expect(observationsFrom('cla_rate,E06000047,2021/22 Q2,90,912,,,<script>alert(1)</script>').value[0]?.note).toBe(
      '<script>alert(1)</script>',
    );
  });

  test("suggests the closest measure id: 'cla_rat' mentions 'cla_rate'", () => {
    expect(observationsFrom('cla_rat,E06000047,2021/22 Q2,90,912,,,').problems[0]?.message).toContain(
      "Did you mean 'cla_rate' or 'cin_rate' or 'cla_count'?",
    );
  });

  test('points to the measure catalogue when no measure id is near', () => {
    expect(observationsFrom('weather_in_durham,E06000047,2021/22 Q2,90,,,,').problems[0]?.message).toBe(
      "Row 2, column measure: 'weather_in_durham' is not a measure in the catalogue. Use an id from the measure catalogue (data/measures.csv).",
    );
  });

  test('reports every error in a row, each in its own column', () => {
    expect(observationsFrom('cla_rat,E0600047,2021-22,nine,,,,').problems.map(located)).toEqual([
      { rule: 'unknown_measure', severity: 'error', row: 2, column: 'measure' },
      { rule: 'unknown_area', severity: 'error', row: 2, column: 'area' },
      { rule: 'invalid_period', severity: 'error', row: 2, column: 'period' },
      { rule: 'invalid_value', severity: 'error', row: 2, column: 'value' },
    ]);
  });

  test('reports an invalid denominator in the denominator column', () => {
    expect(
      observationsFrom('care_leavers_17_18_eet,E06000047,2019/20,65,55,84 leavers,,').problems.map(located),
    ).toEqual([{ rule: 'invalid_denominator', severity: 'error', row: 2, column: 'denominator' }]);
  });

  test('keeps a row that has only a warning', () => {
    const read = observationsFrom('cla_long_term_stability,E06000047,2018/19,639,,,,');
    expect(read.value.map((observation) => observation.value)).toEqual([639]);
  });

  test('does not warn about a rate above 100, which is not a percentage', () => {
    expect(observationsFrom('cla_rate,E12000001,2019/20,108,,,,').problems).toEqual([]);
  });

  test('leaves a row with an error out of the result', () => {
    expect(
      observationsFrom(
        'cla_rate,E06000047,2021/22 Q1,92.7,937,,,',
        'cla_rate,E06000047,2021/22 Q2,nine,912,,,',
      ).value.map((observation) => observation.period.label),
    ).toEqual(['2021/22 Q1']);
  });
});

describe('readObservations refuses counts without a figure', () => {
  test.each([
    ['x', ''],
    ['c', ''],
    ['', 'not_available'],
  ])('reports numerator_without_value for value %j with status %j and counts', (value, status) => {
    const { problems } = readObservations(
      tableFrom('o.csv', [HEADER, `care_leavers_17_18_eet,E06000047,2021/22 Q1,${value},59,78,${status},`]),
      context,
    );
    expect(problems.map(located)).toEqual([
      { rule: 'numerator_without_value', severity: 'error', row: 2, column: 'numerator' },
    ]);
  });

  test('reports status_needs_value when the value is u, which qualifies a figure rather than replacing it', () => {
    const { problems } = readObservations(
      tableFrom('o.csv', [HEADER, 'care_leavers_17_18_eet,E06000047,2021/22 Q1,u,,,,']),
      context,
    );
    expect(problems.map(located)).toEqual([{ rule: 'status_needs_value', severity: 'error', row: 2, column: 'value' }]);
  });
});
