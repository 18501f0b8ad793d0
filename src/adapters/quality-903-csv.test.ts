import { describe, expect, it } from 'vitest';
import { episode, prepared, table903 } from '../../test/ssda903/builders';
import { readCsvText } from './csv';
import { qualityReportCsv } from './quality-903-csv';

describe('the 903 data-quality report as CSV', () => {
  const report = prepared([
    table903('episodes', [
      episode('SECRET1', '01/04/2021', '', { PLACE: 'Q9' }),
      episode('SECRET2', '01/04/2021', '', { PLACE: '=HYPERLINK("x")' }),
    ]),
  ]).quality;
  const text = qualityReportCsv(report);
  const rows = readCsvText('quality.csv', text).value.records.map((record) => record.cells);

  it('lists every rule, with its count, and one line per finding kept', () => {
    expect(text.startsWith('\uFEFFrule,check,validator_codes,records,table,file,row,column,message\r\n')).toBe(true);
    expect(new Set(rows.map((row) => row.rule)).size).toBe(21);
    expect(rows.filter((row) => row.rule === '11')).toEqual([
      expect.objectContaining({ records: '2', table: 'Episodes', file: 'episodes.csv', row: '2', column: 'PLACE' }),
      expect.objectContaining({ records: '2', row: '3' }),
    ]);
    expect(rows.find((row) => row.rule === '6')).toMatchObject({ records: '0', table: '', row: '', message: '' });
  });

  it('writes no child identifier, and neutralises a cell Excel would run as a formula', () => {
    expect(text).not.toMatch(/SECRET/);
    expect(rows.find((row) => row.row === '3')?.message).toContain(`PLACE '=HYPERLINK`);
    expect(text).not.toMatch(/,=HYPERLINK/);
  });
});
