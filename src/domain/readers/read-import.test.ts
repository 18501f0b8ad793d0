import { describe, expect, it, test } from 'vitest';
import { located, readRepoCsv, tableFrom } from '../../../test/unit/tables';
import { HARTLEPOOL, TODAY, gridTable, importContext, readUploadFixture } from '../../../test/unit/uploads';
import { MAX_COLUMNS, readImport } from './read-import';
import { readDfeMeasureMap } from './dfe/dfe-measure-map';

const OBSERVATIONS_HEADER = 'measure,area,period,value,numerator,denominator,status,note';

describe('readImport: one fixture per rule in test/fixtures/upload/', () => {
  it.each([
    {
      file: 'empty_file.csv',
      rule: 'empty_file',
      severity: 'error',
      row: undefined,
      column: undefined,
      where: 'empty_file.csv is empty (0 bytes).',
      todo: 'Choose the file that holds the figures.',
    },
    {
      file: 'binary_file.csv',
      rule: 'binary_file',
      severity: 'error',
      row: undefined,
      column: undefined,
      where: 'binary_file.csv is not a text file',
      todo: 'save it from Excel as CSV UTF-8 or choose the .xlsx workbook.',
    },
    {
      file: 'wrong_delimiter.csv',
      rule: 'wrong_delimiter',
      severity: 'error',
      row: 1,
      column: undefined,
      where: 'wrong_delimiter.csv separates its columns with semicolons, not commas.',
      todo: 'Save it again as "CSV (Comma delimited)".',
    },
    {
      file: 'missing_column.csv',
      rule: 'missing_column',
      severity: 'error',
      row: 1,
      column: 'period',
      where: "missing_column.csv: the header has no 'period' column.",
      todo: 'The first row must name the columns measure, area, period, value.',
    },
    {
      file: 'duplicate_row.csv',
      rule: 'duplicate_row',
      severity: 'warning',
      row: 4,
      column: '2019/20',
      where: 'Row 4, column 2019/20: repeats row 2 (adopters_approved, E06000001, 2019/20).',
      todo: 'The repeat is ignored.',
    },
    {
      file: 'conflicting_values.csv',
      rule: 'conflicting_values',
      severity: 'error',
      row: 4,
      column: 'value',
      where: 'Row 4, column value: row 2 gives a different figure for cla_adopted_percent, E06000001, 2020/21.',
      todo: 'Keep one row per measure, area and period.',
    },
    {
      file: 'unknown_measure.csv',
      rule: 'unknown_measure',
      severity: 'error',
      row: 3,
      column: 'Measure',
      where:
        "Row 3, column Measure: 'Percentage of CLA with a missing incidnet during the year' is not a measure in the catalogue.",
      todo: "Did you mean 'Percentage of CLA with a missing incident during the year'",
    },
    {
      file: 'unknown_area.csv',
      rule: 'unknown_area',
      severity: 'error',
      row: 4,
      column: 'area',
      where: "Row 4, column area: 'E6000001' is not a known area code.",
      todo: 'Use an ONS code such as E06000047',
    },
    {
      file: 'invalid_period.csv',
      rule: 'invalid_period',
      severity: 'error',
      row: 1,
      column: '2021/23',
      where: 'Row 1, column 2021/23: 2021/23 is not a financial year',
      todo: "Write each period column's heading as a period: 2020/21, 2020/21 [Provisional] or Q2 2021/22.",
    },
    {
      file: 'invalid_value.csv',
      rule: 'invalid_value',
      severity: 'error',
      row: 2,
      column: 'Q2 2021/22',
      where: "Row 2, column Q2 2021/22: 'nine' is not a number.",
      todo: 'Give a number such as 63.9, 63.9% [53 of 83] or 82.9 [833]',
    },
    {
      file: 'numerator_without_value.csv',
      rule: 'numerator_without_value',
      severity: 'error',
      row: 2,
      column: 'Q1 2021/22',
      where: 'Row 2, column Q1 2021/22: a numerator or denominator is given but there is no figure (no new data).',
      todo: 'Give the value as well, or remove the counts.',
    },
    {
      file: 'too_many_columns.csv',
      rule: 'too_many_columns',
      severity: 'error',
      row: 1,
      column: undefined,
      where: 'too_many_columns.csv has 1,000 columns; the most a scorecard file can have is 200.',
      todo: 'Check it is the right file',
    },
    {
      file: 'header_only.csv',
      rule: 'header_only',
      severity: 'error',
      row: 1,
      column: undefined,
      where: 'header_only.csv has a header row but no figures below it.',
      todo: 'Add the figures under the header, or choose the file that holds them.',
    },
    {
      file: 'future_period.csv',
      rule: 'future_period',
      severity: 'warning',
      row: 2,
      column: 'Q1 2022/23',
      where: 'Row 2, column Q1 2022/23: 2022/23 Q1 starts on 1 April 2022, after today (17 December 2021).',
      todo: 'Check the period',
    },
    {
      file: 'old_excel_file.xls',
      rule: 'old_excel_file',
      severity: 'error',
      row: undefined,
      column: undefined,
      where: 'old_excel_file.xls is an old Excel 97-2003 workbook (.xls)',
      todo: 'save it as "Excel Workbook (.xlsx)" or "CSV UTF-8".',
    },
    {
      file: 'unreadable_xlsx.xlsx',
      rule: 'unreadable_xlsx',
      severity: 'error',
      row: undefined,
      column: undefined,
      where: 'unreadable_xlsx.xlsx cannot be read as an .xlsx workbook',
      todo: 'Open it in Excel and save it again',
    },
  ])(
    'finds exactly one problem in $file: $rule ($severity) at row $row, column $column',
    async ({ file, rule, severity, row, column, where, todo }) => {
      const { problems } = await readUploadFixture(file);
      expect(problems.map(located)).toEqual([{ rule, severity, row, column }]);
      expect(problems[0]?.message).toContain(where);
      expect(problems[0]?.message).toContain(todo);
    },
  );

  test('area_required.csv: a scorecard-layout file read without a local authority is refused, saying how to name it', async () => {
    const { problems, imported } = await readUploadFixture('area_required.csv', importContext(null));
    expect(problems).toEqual([
      {
        severity: 'error',
        rule: 'area_required',
        message:
          'area_required.csv is in the scorecard layout, which does not say which local authority its figures are for. Choose the local authority (on the command line, --area CODE, e.g. --area E06000001).',
      },
    ]);
    expect(imported?.observations).toEqual([]);
  });
  test('html_in_text.csv: HTML and script in a note are kept as text, with no problem', async () => {
    const { problems, imported } = await readUploadFixture('html_in_text.csv');
    expect(problems).toEqual([]);
    expect(imported?.observations.map((observation) => observation.note)).toEqual([
      '<script>alert(1)</script>',
      '<b>9 matched</b>, 2 in progress',
    ]);
  });
});

describe('readImport: the good files in test/fixtures/upload/good/', () => {
  it.each([
    { file: 'hartlepool-scorecard-2021-22-q2.csv', layout: 'scorecard', count: 35 },
    { file: 'hartlepool-scorecard-2021-22-q2.xlsx', layout: 'scorecard', count: 35 },
    { file: 'hartlepool-observations.xlsx', layout: 'observations', count: 35 },
    { file: 'windows-1252.csv', layout: 'observations', count: 2 },
    { file: 'utf8-bom-crlf.csv', layout: 'scorecard', count: 7 },
  ])('reads $file in the $layout layout: $count observations, no problems', async ({ file, layout, count }) => {
    const { problems, imported } = await readUploadFixture(`good/${file}`);
    expect(problems).toEqual([]);
    expect(imported?.layout).toBe(layout);
    expect(imported?.observations).toHaveLength(count);
  });

  test('reads the Hartlepool scorecard the same from its CSV and from its .xlsx', async () => {
    const csv = await readUploadFixture('good/hartlepool-scorecard-2021-22-q2.csv');
    const xlsx = await readUploadFixture('good/hartlepool-scorecard-2021-22-q2.xlsx');
    expect(xlsx.imported?.observations).toEqual(
      csv.imported?.observations.map((observation) => ({
        ...observation,
        source: { ...observation.source, file: 'hartlepool-scorecard-2021-22-q2.xlsx' },
      })),
    );
  });

  test('reads a Windows-1252 note with its pound sign, accent, en dash and curly quotes', async () => {
    const { imported } = await readUploadFixture('good/windows-1252.csv');
    expect(imported?.observations.map((observation) => observation.note)).toEqual([
      '8 matched – 3 in progress; café meetings',
      'Recruitment campaign: £2,500 spent; ‘Fostering Fortnight’',
    ]);
  });
});

describe('readImport: whole-file rules', () => {
  test(`refuses a table of more than ${MAX_COLUMNS} columns with one message, before reading any row`, () => {
    const header = Array.from({ length: 1000 }, (_, index) => `column_${index + 1}`);
    const table = gridTable('wide.csv', [header, ...Array.from({ length: 100 }, () => header)]);
    const read = readImport(table, importContext());
    // One problem and no figures: none of the 100 rows was read (each would name its unknown columns).
    expect(read.value.observations).toEqual([]);
    expect(read.problems.map(located)).toEqual([
      { rule: 'too_many_columns', severity: 'error', row: 1, column: undefined },
    ]);
  });

  test(`reads a table of exactly ${MAX_COLUMNS} columns`, () => {
    const extra = Array.from({ length: MAX_COLUMNS - 4 }, (_, index) => `extra_${index}`);
    const table = gridTable('wide.csv', [
      ['measure', 'area', 'period', 'value', ...extra],
      ['cla_rate', 'E06000001', '2021/22 Q2', '152.7'],
    ]);
    // Read, not refused for its width: each extra column is only named (unknown_column).
    expect(readImport(table, importContext()).problems.filter(({ rule }) => rule !== 'unknown_column')).toEqual([]);
  });

  test('refuses a table with no header as empty_file', () => {
    expect(
      readImport({ fileName: 'blank.csv', header: [], records: [] }, importContext()).problems.map(located),
    ).toEqual([{ rule: 'empty_file', severity: 'error', row: undefined, column: undefined }]);
  });

  it.each([
    {
      areaCode: 'E06000999',
      message:
        "'E06000999' is not a local authority. Choose the local authority s.csv is for by its ONS code, e.g. E06000001 for Hartlepool.",
    },
    {
      areaCode: 'E12000001',
      message:
        "'E12000001' is not a local authority. Choose the local authority s.csv is for by its ONS code, e.g. E06000001 for Hartlepool.",
    },
  ])('refuses a scorecard-layout file for $areaCode, which is not a local authority', ({ areaCode, message }) => {
    const read = readImport(
      gridTable('s.csv', [
        ['Measure', 'Q2 2021/22'],
        ['Children in care per 10,000', '90'],
      ]),
      importContext(areaCode),
    );
    expect(read.problems).toEqual([{ severity: 'error', rule: 'unknown_area', message }]);
  });

  test('gives a scorecard-layout file the chosen local authority and its region', () => {
    const read = readImport(
      gridTable('s.csv', [
        ['Measure', 'Q2 2021/22', 'North East'],
        ['Children in care per 10,000', '152.7', '108 (2019/20)'],
      ]),
      importContext(HARTLEPOOL.code),
    );
    expect(read.value.observations.map((observation) => observation.areaCode)).toEqual(['E06000001', 'E12000001']);
  });

  test('ignores the chosen local authority for an observations file, which names its areas', () => {
    const read = readImport(
      tableFrom('o.csv', [OBSERVATIONS_HEADER, 'cla_rate,E06000047,2021/22 Q2,90,912,,,']),
      importContext(HARTLEPOOL.code),
    );
    expect(read.value).toMatchObject({ layout: 'observations', observations: [{ areaCode: 'E06000047' }] });
  });
});

describe('readImport: periods after today', () => {
  test(`warns once per period in the period column of an observations file, counting the other rows (today ${TODAY})`, () => {
    const read = readImport(
      tableFrom('o.csv', [
        OBSERVATIONS_HEADER,
        'cla_rate,E06000001,2021/22 Q3,150,,,,',
        'cla_rate,E06000001,2022/23 Q1,149,,,,',
        'cla_dental_checks,E06000001,2022/23 Q1,60,,,,',
        'cla_health_assessments,E06000001,2022/23 Q1,90,,,,',
      ]),
      importContext(),
    );
    expect(read.problems).toEqual([
      {
        severity: 'warning',
        rule: 'future_period',
        row: 3,
        column: 'period',
        message:
          'Row 3, column period: 2022/23 Q1 starts on 1 April 2022, after today (17 December 2021). Check the period: figures are published after their period starts. (2 more rows give this period.)',
      },
    ]);
    expect(read.value.observations).toHaveLength(4);
  });

  it.each([
    { period: '2021/22 Q3', today: '2021-10-01', rules: [] },
    { period: '2021/22 Q3', today: '2021-09-30', rules: ['future_period'] },
    { period: '2021-12-17', today: '2021-12-17', rules: [] },
    { period: '2021-12-18', today: '2021-12-17', rules: ['future_period'] },
  ])('on $today, finds $rules for a figure for $period', ({ period, today, rules }) => {
    const read = readImport(tableFrom('o.csv', [OBSERVATIONS_HEADER, `cla_rate,E06000001,${period},150,,,,`]), {
      ...importContext(),
      today,
    });
    expect(read.problems.map((problem) => problem.rule)).toEqual(rules);
  });
});

describe('readImport: DfE open-data files, detected from their header', () => {
  const withMap = {
    ...importContext(null),
    dfeMeasureMap: readDfeMeasureMap(readRepoCsv('data/dfe-measure-map.csv').value).value,
  };

  it.each([
    {
      file: 'cla_number_and_rate_per_10k_children.csv',
      rows: 390,
      used: 375,
      unmatched: 0,
      innerLondon: 15,
      rejected: 0,
      measures: ['cla_ceased_rate', 'cla_rate', 'cla_starts_rate'],
    },
    {
      file: 'la_care_leavers_activity.csv',
      rows: 3120,
      used: 1000,
      unmatched: 2000,
      innerLondon: 120,
      rejected: 0,
      measures: ['17_18', '19_21'].flatMap((age) =>
        ['eet', 'higher_education', 'neet', 'not_known'].map((what) => `care_leavers_${age}_${what}`),
      ),
    },
    {
      file: 'csww_indicators_2017_to_2025.csv',
      rows: 235,
      used: 226,
      unmatched: 0,
      innerLondon: 9,
      rejected: 0,
      measures: ['sw_agency_rate', 'sw_caseload', 'sw_turnover', 'sw_vacancy_rate'],
    },
  ])(
    'reads $file as a DfE file, credits every figure to the DfE and counts each row once ($used used)',
    async ({ file, rows, used, unmatched, innerLondon, rejected, measures }) => {
      const { imported } = await readUploadFixture(`../dfe/${file}`, withMap);
      expect(imported?.layout).toBe('dfe_open_data');
      // In each line of the table, used + unmatched + Inner London + rejected = rows: no row goes uncounted.
      expect(imported?.openDataRows).toEqual({
        rows,
        breakdownFigures: 0,
        usedRows: used,
        unmatchedRows: unmatched,
        rejectedRows: rejected,
        skipped: [{ level: 'Regional: Inner London (a sub-region)', rows: innerLondon }],
      });
      expect([...new Set(imported?.observations.map((observation) => observation.measureId))].sort()).toEqual(measures);
      expect(new Set(imported?.observations.map((observation) => observation.source.publisher))).toEqual(
        new Set(['DfE']),
      );
    },
  );

  test('refuses a DfE file when the data folder has no measure map, saying what to add', async () => {
    const { problems } = await readUploadFixture(
      '../dfe/cla_number_and_rate_per_10k_children.csv',
      importContext(null),
    );
    expect(problems.map(located)).toEqual([
      { rule: 'no_dfe_measure_map', severity: 'error', row: 1, column: undefined },
    ]);
    expect(problems[0]?.message).toContain('Add the map to the data folder.');
  });
});
