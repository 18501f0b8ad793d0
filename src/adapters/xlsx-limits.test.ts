// Workbooks made to exhaust the reader: a few kilobytes that unpack to megabytes, a stray cell that
// makes a grid of 300 million cells, a run of whitespace the spreadsheet library re-reads chunk by
// chunk. Each is refused from the zip directory or one scan of the sheet, before the library reads it.
import { describe, expect, it } from 'vitest';
import { sheetXmlOf, workbookBytes } from '../../test/unit/workbook-builder';
import { readXlsxTable } from './xlsx';
import { readUpload } from './read-upload';

const MEBIBYTE = 1024 * 1024;
const HEADER = ['measure', 'area', 'period', 'value'];
const ROW = ['cla_rate', 'E06000001', '2019/20', 150.2];

function sheetWith(extra: string, where: '</sheetData>' | '<sheetData>' = '</sheetData>'): string {
  return sheetXmlOf([HEADER, ROW]).replace(
    where,
    where === '</sheetData>' ? `</sheetData>${extra}` : `${extra}<sheetData>`,
  );
}

describe('readXlsxTable refuses a workbook that would exhaust the reader', () => {
  it.each([
    {
      what: '20 MB of whitespace after </sheetData> (a 20 KB file)',
      bytes: () => workbookBytes({ sheetXml: sheetWith(' '.repeat(20 * MEBIBYTE)), level: 9 }),
      rule: 'unreadable_xlsx',
      says: /first sheet has a run of 20,971,520 characters outside any cell/,
    },
    {
      what: 'a cell of 1 MB of text',
      bytes: () => workbookBytes({ cells: [HEADER, [...ROW.slice(0, 3), 'x'.repeat(MEBIBYTE)]] }),
      rule: 'unreadable_xlsx',
      says: /a run of 1,048,\d{3} characters/,
    },
    {
      what: 'a stray cell at XFD20000',
      bytes: () =>
        workbookBytes({
          sheetXml: sheetWith('', '<sheetData>').replace(
            '</sheetData>',
            '<row r="20000"><c r="XFD20000"><v>1</v></c></row></sheetData>',
          ),
        }),
      rule: 'sheet_too_large',
      says: /first sheet reaches column XFD \(16,384 columns\); the most read is 200\. Delete the columns to the right of the figures/,
    },
    {
      what: 'a stray cell in the last row Excel has',
      bytes: () =>
        workbookBytes({
          sheetXml: sheetXmlOf([HEADER, ROW]).replace(
            '</sheetData>',
            '<row r="1048576"><c r="D1048576"><v>1</v></c></row></sheetData>',
          ),
        }),
      rule: 'sheet_too_large',
      says: /first sheet spans 1,048,576 rows by 4 columns \(4,194,304 cells\); the most read is 3,000,000 cells\. Delete the rows below the figures/,
    },
    {
      what: 'parts that unpack to 70 MB',
      bytes: () =>
        workbookBytes({ cells: [HEADER, ROW], extraParts: { 'xl/sharedStrings.xml': ' '.repeat(70 * MEBIBYTE) } }),
      rule: 'xlsx_too_large',
      says: /unpacks to 70\.1 MB of spreadsheet XML; the most read is 64 MB\. Save the sheet as "CSV UTF-8"/,
    },
  ])(
    '$what',
    async ({ bytes, rule, says }) => {
      const file = bytes();
      const read = await readXlsxTable(file, 'crafted.xlsx');
      expect(read.value.records).toEqual([]);
      expect(read.problems).toEqual([
        expect.objectContaining({ severity: 'error', rule, message: expect.stringMatching(says) }),
      ]);
      expect(read.problems[0]?.message).toMatch(/^crafted\.xlsx /);
      // And the upload path refuses the whole file for it, with no follow-on problems.
      expect(await readUpload(file, 'crafted.xlsx')).toEqual({ value: null, problems: read.problems });
    },
    20_000,
  );

  it('reads a workbook up to the limits: 200 columns, 1,000 rows', { timeout: 20_000 }, async () => {
    const header = Array.from({ length: 200 }, (_, column) => `column ${column + 1}`);
    const rows = Array.from({ length: 999 }, (_, row) => header.map((_, column) => row * 200 + column));
    const read = await readXlsxTable(workbookBytes({ cells: [header, ...rows] }), 'wide.xlsx');
    expect(read.problems).toEqual([]);
    expect(read.value.records).toHaveLength(999);
    expect(read.value.records.at(-1)?.cells['column 200']).toBe('199799');
  });
});
