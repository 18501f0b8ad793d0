import { describe, expect, it, test } from 'vitest';
import { located } from '../../test/unit/tables';
import type { ParseResult, SourceRecord, SourceTable } from '../domain/readers/result';
import { readCsvRows, readCsvText } from './csv';

/** A record as its row and cells by name: a CSV record makes its cells by name only when read. */
const byName = ({ row, cells }: SourceRecord) => ({ row, cells });
const withCellsByName = ({ value, problems }: ParseResult<SourceTable>) => ({
  value: { ...value, records: value.records.map(byName) },
  problems,
});

describe('readCsvText', () => {
  test('reads the header and numbers the records from row 2', () => {
    expect(
      withCellsByName(
        readCsvText('areas.csv', 'code,name,type\nE92000001,England,country\nE12000001,North East,region\n'),
      ),
    ).toEqual({
      value: {
        fileName: 'areas.csv',
        header: ['code', 'name', 'type'],
        records: [
          { row: 2, cells: { code: 'E92000001', name: 'England', type: 'country' } },
          { row: 3, cells: { code: 'E12000001', name: 'North East', type: 'region' } },
        ],
      },
      problems: [],
    });
  });

  test('strips a byte order mark from the first header name', () => {
    expect(readCsvText('areas.csv', '\uFEFFcode,name\nE92000001,England').value.header).toEqual(['code', 'name']);
  });

  test('trims spaces around header names', () => {
    expect(readCsvText('areas.csv', ' code , name \nE92000001,England').value.header).toEqual(['code', 'name']);
  });

  test("reads a column named __proto__ as a cell, never as the record's prototype", () => {
    const [record] = readCsvText('odd.csv', '__proto__,name\npolluted,England').value.records;
    expect(Object.getPrototypeOf(record?.cells)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(record?.cells, '__proto__')?.value).toBe('polluted');
    expect(record?.cells.name).toBe('England');
  });

  test('keeps a comma inside a quoted field: "Bristol, City of"', () => {
    expect(
      readCsvText('areas.csv', 'code,name,type\nE06000023,"Bristol, City of",local_authority').value.records.map(
        byName,
      ),
    ).toEqual([{ row: 2, cells: { code: 'E06000023', name: 'Bristol, City of', type: 'local_authority' } }]);
  });

  test('reads a doubled quote inside a quoted field as one quote', () => {
    expect(readCsvText('notes.csv', 'id,note\n1,"the ""Staying put"" scheme"').value.records[0]?.cells.note).toBe(
      'the "Staying put" scheme',
    );
  });

  test('reads Windows (CRLF) line endings without leaving carriage returns in the cells', () => {
    expect(
      withCellsByName(readCsvText('areas.csv', 'code,name\r\nE92000001,England\r\nE12000001,North East\r\n')),
    ).toEqual({
      value: {
        fileName: 'areas.csv',
        header: ['code', 'name'],
        records: [
          { row: 2, cells: { code: 'E92000001', name: 'England' } },
          { row: 3, cells: { code: 'E12000001', name: 'North East' } },
        ],
      },
      problems: [],
    });
  });

  it.each([
    { words: 'semicolons', text: 'measure;area;period;value\ncla_rate;E06000047;2021/22 Q2;90' },
    { words: 'tabs', text: 'measure\tarea\tperiod\tvalue\ncla_rate\tE06000047\t2021/22 Q2\t90' },
    { words: 'vertical bars', text: 'measure|area|period|value\ncla_rate|E06000047|2021/22 Q2|90' },
  ])('refuses a file separated by $words as wrong_delimiter on row 1', ({ words, text }) => {
    const read = readCsvText('scorecard.csv', text);
    expect(read.problems.map(located)).toEqual([
      { rule: 'wrong_delimiter', severity: 'error', row: 1, column: undefined },
    ]);
    expect(read.problems[0]?.message).toBe(
      `scorecard.csv separates its columns with ${words}, not commas. Save it again as "CSV (Comma delimited)".`,
    );
    expect(read.value.records).toEqual([]);
  });

  test('reads a single-column file as it is, without calling it the wrong delimiter', () => {
    expect(withCellsByName(readCsvText('codes.csv', 'code\nE92000001\n'))).toEqual({
      value: { fileName: 'codes.csv', header: ['code'], records: [{ row: 2, cells: { code: 'E92000001' } }] },
      problems: [],
    });
  });

  test('reads a header with no rows as no records and no problems, leaving the reader to say the file is empty', () => {
    expect(readCsvText('observations.csv', 'measure,area,period,value\n')).toEqual({
      value: { fileName: 'observations.csv', header: ['measure', 'area', 'period', 'value'], records: [] },
      problems: [],
    });
  });

  it.each([
    { text: '', shown: 'nothing' },
    { text: '  \n\n ', shown: 'only white space' },
    { text: '\uFEFF', shown: 'only a byte order mark' },
  ])('refuses a file holding $shown as empty_file', ({ text }) => {
    expect(readCsvText('observations.csv', text)).toEqual({
      value: { fileName: 'observations.csv', header: [], records: [] },
      problems: [
        {
          severity: 'error',
          rule: 'empty_file',
          message: 'observations.csv is empty. Choose the CSV file that holds the figures.',
        },
      ],
    });
  });

  it.each([
    { line: 'E12000001,North East', cells: 2, row: 3 },
    { line: 'E12000001,North East,region,', cells: 4, row: 3 },
  ])("reports wrong_cell_count on row $row for '$line'", ({ line, cells, row }) => {
    const read = readCsvText(
      'areas.csv',
      ['code,name,type', 'E92000001,England,country', line, 'E06000047,County Durham,local_authority'].join('\n'),
    );
    expect(read.problems.map(located)).toEqual([
      { rule: 'wrong_cell_count', severity: 'error', row, column: undefined },
    ]);
    expect(read.problems[0]?.message).toBe(
      `Row ${row} has ${cells} cells but the header has 3 columns. Check for a stray comma or a missing cell.`,
    );
  });

  test('still gives a short row every column, blank where the cell is missing', () => {
    expect(readCsvText('areas.csv', 'code,name,type\nE12000001,North East').value.records.map(byName)).toEqual([
      { row: 2, cells: { code: 'E12000001', name: 'North East', type: '' } },
    ]);
  });

  test('reports an unclosed quote as unreadable_csv on its row', () => {
    const read = readCsvText('areas.csv', 'code,name\nE92000001,England\nE06000023,"Bristol, City of\n');
    expect(read.problems.map(located)).toContainEqual({
      rule: 'unreadable_csv',
      severity: 'error',
      row: 3,
      column: undefined,
    });
    expect(read.problems.find((problem) => problem.rule === 'unreadable_csv')?.message).toBe(
      'areas.csv row 3: Quoted field unterminated. Check the quotes around that cell.',
    );
  });
});

describe('readCsvText cells in column order', () => {
  it.each([
    { file: 'a plain line', text: 'code,name,type\nE06000047,County Durham,local_authority\n' },
    { file: 'a quoted cell', text: 'code,name,type\r\nE06000023,"Bristol, City of",local_authority\r\n' },
    {
      file: 'a quoted cell over two lines, read by papaparse',
      text: 'code,name,type\nE06000023,"Bristol,\nCity of",local_authority\n',
    },
  ])('gives each record its cells in column order, beside its cells by name, for $file', ({ text }) => {
    const [record] = readCsvText('areas.csv', text).value.records;
    expect(record?.values).toEqual([record?.cells.code, record?.cells.name, record?.cells.type]);
  });

  test('keeps a line break inside a quoted cell and numbers the next record by its row', () => {
    const read = readCsvText('areas.csv', 'code,name\nE06000023,"Bristol,\nCity of"\nE06000047,County Durham\n');
    expect(read.value.records.map(byName)).toEqual([
      { row: 2, cells: { code: 'E06000023', name: 'Bristol,\nCity of' } },
      { row: 3, cells: { code: 'E06000047', name: 'County Durham' } },
    ]);
  });
});

describe('readCsvText row numbers and header', () => {
  test('numbers records by their row in the file when an empty spreadsheet row comes before them', () => {
    const read = readCsvText('areas.csv', 'code,name,type\nE92000001,England,country\n,,\nE12000001,North East\n');
    expect(read.problems.map(located)).toEqual([
      { rule: 'wrong_cell_count', severity: 'error', row: 4, column: undefined },
    ]);
    expect(read.value.records.map((record) => record.row)).toEqual([2, 4]);
  });

  test('reports a column named twice in the header', () => {
    const read = readCsvText('o.csv', 'measure,area,period,value,Value\ncla_rate,E06000047,2020/21,93.5,94\n');
    expect(read.problems.map(located)).toEqual([
      { rule: 'duplicate_column', severity: 'error', row: 1, column: 'Value' },
    ]);
  });
});

describe('readCsvRows', () => {
  test('keeps title rows and numbers every row as the spreadsheet does, skipping blank ones', () => {
    expect(
      readCsvRows(
        'sheet.csv',
        '\uFEFFA title\r\n\r\ncode,name\r\nE06000047, Durham \r\n,\r\nE06000023,"Bristol, City of"\r\n',
      ),
    ).toEqual({
      value: {
        fileName: 'sheet.csv',
        rows: [
          { row: 1, cells: ['A title'] },
          { row: 3, cells: ['code', 'name'] },
          { row: 4, cells: ['E06000047', 'Durham'] },
          { row: 6, cells: ['E06000023', 'Bristol, City of'] },
        ],
      },
      problems: [],
    });
  });

  test('reports an empty file', () => {
    expect(readCsvRows('sheet.csv', ' \n').problems.map(located)).toEqual([
      { rule: 'empty_file', severity: 'error', row: undefined, column: undefined },
    ]);
  });

  test('reports an unterminated quote with its row', () => {
    expect(readCsvRows('sheet.csv', 'title\ncode,name\nE06000023,"Bristol, City of\n').problems.map(located)).toEqual([
      { rule: 'unreadable_csv', severity: 'error', row: 3, column: undefined },
    ]);
  });
});
