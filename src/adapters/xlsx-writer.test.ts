import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsxTable } from './xlsx';
import { columnLetters, workbookBytes } from './xlsx-writer';

describe('workbookBytes', () => {
  it('writes a workbook the app’s own reader (read-excel-file) reads back cell for cell', async () => {
    const bytes = workbookBytes(
      'Scorecard: Q2 2021/22',
      ['Measure', 'Latest figure', 'Rating'],
      [
        ['Children in care per 10,000', 90, 'Not rated'],
        ['Care leavers <19–21> in EET & more', 60.4, 'Better'],
        ['No figure yet', null, ''],
      ],
    );
    expect(await readXlsxTable(bytes, 'scorecard.xlsx')).toEqual({
      value: {
        fileName: 'scorecard.xlsx',
        header: ['Measure', 'Latest figure', 'Rating'],
        records: [
          { row: 2, cells: { Measure: 'Children in care per 10,000', 'Latest figure': '90', Rating: 'Not rated' } },
          {
            row: 3,
            cells: { Measure: 'Care leavers <19–21> in EET & more', 'Latest figure': '60.4', Rating: 'Better' },
          },
          { row: 4, cells: { Measure: 'No figure yet', 'Latest figure': '', Rating: '' } },
        ],
      },
      problems: [],
    });
  });

  it('keeps numbers as numbers, makes the header bold and names the sheet as Excel allows', () => {
    const files = unzipSync(workbookBytes('a/b: c?', ['Value'], [[12.5]]));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(sheet).toContain('<c r="A2"><v>12.5</v></c>');
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr">');
    expect(strFromU8(files['xl/workbook.xml'] ?? new Uint8Array())).toContain('<sheet name="a b  c " sheetId="1"');
  });

  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
  ])('names column %i %s', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
  });
});
