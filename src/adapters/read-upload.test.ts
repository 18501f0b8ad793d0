import { describe, expect, it, test } from 'vitest';
import { located } from '../../test/unit/tables';
import { uploadFixtureBytes } from '../../test/unit/uploads';
import { readUpload } from './read-upload';

const HARTLEPOOL_HEADER = [
  'Measure',
  '2019/20',
  '2020/21 [Provisional]',
  'Q1 2021/22',
  'Q2 2021-22',
  'England',
  'North East',
  'Stat Neighbour',
];

describe('readUpload: choosing the reader', () => {
  it.each([
    { fixture: 'good/hartlepool-scorecard-2021-22-q2.csv', name: 'hartlepool.csv', read: 'as CSV' },
    { fixture: 'good/hartlepool-scorecard-2021-22-q2.xlsx', name: 'hartlepool.xlsx', read: 'as a workbook' },
    {
      fixture: 'good/hartlepool-scorecard-2021-22-q2.xlsx',
      name: 'hartlepool.csv',
      read: 'as a workbook, from its ZIP signature, whatever its name',
    },
    {
      fixture: 'good/hartlepool-scorecard-2021-22-q2.xlsx',
      name: 'Hartlepool Q2.XLSX',
      read: 'as a workbook, whatever the case of its name',
    },
  ])('reads $fixture named $name $read, with every row', async ({ fixture, name }) => {
    const read = await readUpload(uploadFixtureBytes(fixture), name);
    expect(read.problems).toEqual([]);
    expect(read.value?.header).toEqual(HARTLEPOOL_HEADER);
    expect(read.value?.records.map((record) => record.row)).toEqual([2, 3, 4, 5, 6]);
  });

  test('reads a CSV UTF-8 file with a byte-order mark and CRLF line endings', async () => {
    const read = await readUpload(uploadFixtureBytes('good/utf8-bom-crlf.csv'), 'utf8-bom-crlf.csv');
    expect(read.value?.header).toEqual(['Measure', 'Q1 2021/22', 'Q2 2021/22', 'England']);
    expect(read.value?.records[0]?.cells).toEqual({
      Measure: 'CLA who have had a dental check',
      'Q1 2021/22': '53%',
      'Q2 2021/22': '65%',
      England: '86 (2019/20)',
    });
  });
});

describe('readUpload: files it refuses, with nothing to read', () => {
  it.each([
    { fixture: 'empty_file.csv', name: 'empty_file.csv', rule: 'empty_file' },
    { fixture: 'binary_file.csv', name: 'binary_file.csv', rule: 'binary_file' },
    { fixture: 'wrong_delimiter.csv', name: 'wrong_delimiter.csv', rule: 'wrong_delimiter' },
    { fixture: 'old_excel_file.xls', name: 'old_excel_file.xls', rule: 'old_excel_file' },
    { fixture: 'old_excel_file.xls', name: 'renamed.csv', rule: 'old_excel_file' },
    { fixture: 'good/hartlepool-scorecard-2021-22-q2.csv', name: 'figures.xls', rule: 'old_excel_file' },
    { fixture: 'good/hartlepool-scorecard-2021-22-q2.csv', name: 'figures.xlsx', rule: 'unreadable_xlsx' },
    { fixture: 'unreadable_xlsx.xlsx', name: 'unreadable_xlsx.xlsx', rule: 'unreadable_xlsx' },
    { fixture: 'xlsx/empty-sheet.xlsx', name: 'empty-sheet.xlsx', rule: 'empty_file' },
  ])('refuses $fixture named $name as $rule', async ({ fixture, name, rule }) => {
    const read = await readUpload(uploadFixtureBytes(fixture), name);
    expect(read.value).toBeNull();
    expect(read.problems.map((problem) => problem.rule)).toEqual([rule]);
  });

  it.each([{ name: 'all-years.csv' }, { name: 'all-years.xlsx' }, { name: 'all-years.xls' }])(
    'refuses a 100 MB file named $name from its size, before reading it',
    async ({ name }) => {
      const read = await readUpload(new Uint8Array(100 * 1024 * 1024), name);
      expect(read).toEqual({
        value: null,
        problems: [
          {
            severity: 'error',
            rule: 'file_too_large',
            message: `${name} is 100 MB; the largest file this page reads is 60 MB. Split it by year (or by local authority) and upload each part.`,
          },
        ],
      });
    },
  );

  test('says what to do with an old .xls workbook', async () => {
    expect(
      (await readUpload(uploadFixtureBytes('old_excel_file.xls'), 'old_excel_file.xls')).problems[0]?.message,
    ).toBe(
      'old_excel_file.xls is an old Excel 97-2003 workbook (.xls), which this page does not read. Open it in Excel and save it as "Excel Workbook (.xlsx)" or "CSV UTF-8".',
    );
  });
});

describe('readUpload: a table with problems in some rows', () => {
  test('returns the table with the row problems, for the reader to report beside its own', async () => {
    const read = await readUpload(
      new TextEncoder().encode('measure,area,period,value\ncla_rate,E06000001,2021/22 Q2,152.7,extra\n'),
      'o.csv',
    );
    expect(read.value?.records).toHaveLength(1);
    expect(read.problems.map(located)).toEqual([
      { rule: 'wrong_cell_count', severity: 'error', row: 2, column: undefined },
    ]);
  });
});

describe('readUpload: a sheet saved with its title rows above the table', () => {
  const text = (lines: readonly string[]) => new TextEncoder().encode(`${lines.join('\n')}\n`);
  const OUTTURN = [
    'Worksheet 2: Revenue Outturn (RO) 2024-25: Service Expenditure Summary (RSX) data',
    'This worksheet contains two tables. Data are reported in £ thousand.',
    'E-code,ONS Code,Local authority,Notes,Class,Children Social Care - Total Expenditure (C3 = C1 + C2)',
    'E0704,E06000004,Stockton-on-Tees UA,,UA,"81,939"',
  ];

  it('finds an MHCLG outturn table by its header and keeps the title lines above it', async () => {
    const read = await readUpload(text(OUTTURN), 'RSX_LA_Data_202425.csv');
    expect(read.problems).toEqual([]);
    expect(read.value?.header.slice(0, 3)).toEqual(['E-code', 'ONS Code', 'Local authority']);
    expect(read.value?.preamble).toEqual([OUTTURN[0], OUTTURN[1]]);
    expect(read.value?.records.map((record) => [record.row, record.cells['ONS Code']])).toEqual([[4, 'E06000004']]);
  });

  it('reads any other file whose first row is one cell as before, with its rows’ faults', async () => {
    const read = await readUpload(text(['Some title', 'measure,area,period,value']), 'titled.csv');
    expect(read.value?.header).toEqual(['Some title']);
    expect(read.problems.map(located)).toEqual([
      { severity: 'error', rule: 'wrong_cell_count', row: 2, column: undefined },
    ]);
  });
});
