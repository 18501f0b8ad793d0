// Cells read-excel-file gives back as empty although they are not: each is an error naming the cell,
// so no figure is dropped without a word.
import { describe, expect, it } from 'vitest';
import { workbookBytes, type BuilderCell } from '../../test/unit/workbook-builder';
import { readXlsxTable } from './xlsx';

const HEADER = ['measure', 'area', 'period', 'value'];

function readRow(value: BuilderCell) {
  return readXlsxTable(workbookBytes({ cells: [HEADER, ['cla_rate', 'E06000001', '2019/20', value]] }), 'book.xlsx');
}

describe('readXlsxTable: cells the spreadsheet library reads as empty', () => {
  it.each([
    { what: '#DIV/0!', xml: ' t="e"><f>D3/0</f><v>#DIV/0!</v></c>', error: '#DIV/0!' },
    { what: '#N/A', xml: ' t="e"><v>#N/A</v></c>', error: '#N/A' },
    { what: '#REF! with no formula', xml: ' t="e"><v>#REF!</v></c>', error: '#REF!' },
  ])('an Excel error cell ($what) is an error naming the row, column and cell', async ({ xml, error }) => {
    const read = await readRow({ xml });
    expect(read.problems).toEqual([
      {
        severity: 'error',
        rule: 'excel_error_cell',
        row: 2,
        column: 'value',
        message: `Row 2, column value (cell D2): Excel shows the error '${error}' here, so there is nothing to read. Correct the formula or type the figure (or clear the cell if there is none), save and upload it again.`,
      },
    ]);
  });

  it.each([
    { what: 'a formula', xml: '><f>SUM(A1:A3)</f></c>' },
    { what: 'a shared formula', xml: '><f t="shared" si="0"/></c>' },
    { what: 'a text formula', xml: ' t="str"><f>CONCATENATE(A1,B1)</f></c>' },
  ])('$what with no saved result is an error naming the cell', async ({ xml }) => {
    const read = await readRow({ xml });
    expect(read.problems).toEqual([
      expect.objectContaining({ severity: 'error', rule: 'formula_without_value', row: 2, column: 'value' }),
    ]);
    expect(read.problems[0]?.message).toBe(
      'Row 2, column value (cell D2): the cell has a formula whose result was never saved, so there is nothing to read. Open the workbook in Excel, which works it out, save it and upload it again, or type the figure.',
    );
  });

  it.each([
    { what: 'a formula with its saved result', xml: '><f>100+50.2</f><v>150.2</v></c>', text: '150.2' },
    { what: 'a text formula whose result is empty', xml: ' t="str"><f>""</f><v></v></c>', text: '' },
    { what: 'an empty cell with a style only', xml: ' s="0"/>', text: '' },
  ])('$what is read with no problem', async ({ xml, text }) => {
    const read = await readRow({ xml });
    expect(read.problems).toEqual([]);
    expect(read.value.records[0]?.cells['value']).toBe(text);
  });

  it('names an error in the header by its cell, and one in a row with nothing else in it', async () => {
    const read = await readXlsxTable(
      workbookBytes({
        cells: [
          [...HEADER, { xml: ' t="e"><v>#NAME?</v></c>' }],
          ['cla_rate', 'E06000001', '2019/20', 1, ''],
          [null, null, null, { xml: ' t="e"><v>#N/A</v></c>' }],
        ],
      }),
      'book.xlsx',
    );
    expect(read.problems.map(({ rule, row, column }) => ({ rule, row, column }))).toEqual([
      { rule: 'excel_error_cell', row: 1, column: undefined },
      { rule: 'excel_error_cell', row: 3, column: 'value' },
    ]);
    expect(read.problems[0]?.message).toMatch(/^Row 1 \(cell E1\): Excel shows the error '#NAME\?'/);
  });
});
