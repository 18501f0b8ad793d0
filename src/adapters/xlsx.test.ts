import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, test } from 'vitest';
import { located } from '../../test/unit/tables';
import { uploadFixtureBytes } from '../../test/unit/uploads';
import { readXlsxTable } from './xlsx';

describe('readXlsxTable: cells as Excel shows them', () => {
  test('reads the first sheet (not sheet1.xml) with spreadsheet row numbers, skipping the empty row', async () => {
    expect(await readXlsxTable(uploadFixtureBytes('xlsx/cell-formats.xlsx'), 'cell-formats.xlsx')).toEqual({
      value: {
        fileName: 'cell-formats.xlsx',
        header: ['kind', 'number', 'percent', 'date', 'flag'],
        records: [
          { row: 2, cells: { kind: 'as typed', number: '82.9', percent: '63.9%', date: '2021-09-27', flag: 'TRUE' } },
          { row: 4, cells: { kind: 'float noise', number: '0.3', percent: '100%', date: '', flag: 'FALSE' } },
          { row: 5, cells: { kind: 'padded text', number: '1234567.5', percent: '70.6%', date: '', flag: '' } },
          { row: 6, cells: { kind: 'tiny', number: '0.0000001', percent: '', date: '', flag: '' } },
        ],
      },
      problems: [],
    });
  });

  it.each([
    { row: 0, column: '2019/20', text: '150.2 [311]' },
    { row: 2, column: '2019/20', text: '12.4%' },
    { row: 2, column: 'England', text: '11 (2019/20)' },
    { row: 3, column: '2019/20', text: '512' },
    { row: 4, column: 'Q2 2021-22', text: '45%' },
  ])('reads the Hartlepool workbook: row $row, column $column is $text', async ({ row, column, text }) => {
    const { value } = await readXlsxTable(
      uploadFixtureBytes('good/hartlepool-scorecard-2021-22-q2.xlsx'),
      'hartlepool.xlsx',
    );
    expect(value.records[row]?.cells[column]).toBe(text);
  });
});

describe('readXlsxTable: workbooks it cannot read', () => {
  it.each([
    {
      file: 'a ZIP cut short',
      bytes: uploadFixtureBytes('unreadable_xlsx.xlsx'),
      reason: 'it is damaged: its ZIP container cannot be opened',
    },
    {
      file: 'a ZIP with no workbook in it',
      bytes: zipSync({ 'notes.txt': strToU8('not a workbook') }),
      reason: 'it is damaged or is not an Excel workbook',
    },
    { file: 'a text file', bytes: strToU8('measure,area\n'), reason: 'it is damaged or is not an Excel workbook' },
    {
      file: 'an old .xls',
      bytes: uploadFixtureBytes('old_excel_file.xls'),
      reason: 'it is an old Excel 97-2003 workbook (.xls)',
    },
  ])('reports $file as unreadable_xlsx without throwing', async ({ bytes, reason }) => {
    expect(await readXlsxTable(bytes, 'book.xlsx')).toEqual({
      value: { fileName: 'book.xlsx', header: [], records: [] },
      problems: [
        {
          severity: 'error',
          rule: 'unreadable_xlsx',
          message: `book.xlsx cannot be read as an .xlsx workbook: ${reason}. Open it in Excel and save it again as "Excel Workbook (.xlsx)" or "CSV UTF-8".`,
        },
      ],
    });
  });

  test('reports a workbook whose first sheet is empty as empty_file', async () => {
    const read = await readXlsxTable(uploadFixtureBytes('xlsx/empty-sheet.xlsx'), 'empty-sheet.xlsx');
    expect(read.problems.map(located)).toEqual([
      { rule: 'empty_file', severity: 'error', row: undefined, column: undefined },
    ]);
    expect(read.problems[0]?.message).toBe(
      'empty-sheet.xlsx has nothing in its first sheet. Put the figures on the first sheet, with the header in row 1.',
    );
  });
});
