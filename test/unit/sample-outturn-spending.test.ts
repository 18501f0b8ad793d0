/**
 * The National Framework's spending metrics (56 to 58) from MHCLG's real 2024-25 outturn sheets
 * (extracts in test/fixtures/dfe, made by scripts/extract-dfe-fixtures.mjs from
 * ../shared/dfe-open-data/la-spending/), read as an upload is (readUpload, then readImport), for
 * Stockton-on-Tees and County Durham: each figure checked against the raw cells of its council's row,
 * copied here by hand from the published sheet, and worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { readCsvRows } from '../../src/adapters/csv';
import { readUpload } from '../../src/adapters/read-upload';
import { readImport } from '../../src/domain/readers/read-import';
import { SPENDING_COLUMN, SPENDING_MEASURE } from '../../src/domain/readers/outturn/outturn-spending';
import { readRepoText, realContext, repoPath } from './tables';
import { readFileSync } from 'node:fs';

const context = { ...realContext(), today: '2026-12-01' };
const STOCKTON = 'E06000004';
const DURHAM = 'E06000047';

async function read(file: string) {
  const path = `test/fixtures/dfe/${file}`;
  const upload = await readUpload(new Uint8Array(readFileSync(repoPath(path))), file);
  if (!upload.value) throw new Error(upload.problems.map((problem) => problem.message).join('\n'));
  return { upload, imported: readImport(upload.value, context), rows: readCsvRows(file, readRepoText(path)).value };
}
const rsx = await read('RSX_LA_Data_202425.csv');
const ro3 = await read('RO3_LA_Data_202425.csv');

/** The raw cells of the row a figure came from, by the sheet's own column names, with its ONS Code. */
function rawCells(sheet: typeof rsx, measureId: string, area: string, columns: readonly string[]) {
  const figure = sheet.imported.value.observations.find(
    (observation) => observation.measureId === measureId && observation.areaCode === area,
  );
  const header = sheet.rows.rows.find((row) => row.cells[0] === 'E-code')?.cells ?? [];
  const row = sheet.rows.rows.find((found) => found.row === figure?.source.row)?.cells ?? [];
  return {
    figure,
    cells: [row[header.indexOf('ONS Code')], ...columns.map((column) => row[header.indexOf(column)])],
  };
}

describe('spending from MHCLG’s revenue outturn 2024-25, against the raw rows', () => {
  it.each([
    {
      area: STOCKTON,
      name: 'Stockton-on-Tees',
      // 81,939 / 442,669 × 100
      share: { raw: ['81,939', '442,669'], value: 18.51 },
      // £81,939 thousand over 45,079 children aged 0 to 17 (ONS mid-2024)
      perChild: { raw: ['81,939'], value: 1817.68 },
      // (81,939 − 61,272) / 81,939 × 100
      notLookedAfter: { raw: ['81,939', '61,272'], value: 25.22 },
    },
    {
      area: DURHAM,
      name: 'County Durham',
      // 193,208 / 1,500,702 × 100
      share: { raw: ['193,208', '1,500,702'], value: 12.87 },
      // £193,208 thousand over 100,432 children aged 0 to 17 (ONS mid-2024)
      perChild: { raw: ['193,208'], value: 1923.77 },
      // (193,208 − 123,390) / 193,208 × 100
      notLookedAfter: { raw: ['193,208', '123,390'], value: 36.14 },
    },
  ])('gives $name the three figures of its RSX and RO3 rows', ({ area, share, perChild, notLookedAfter }) => {
    const round = (value: number | null | undefined) => (value == null ? null : Math.round(value * 100) / 100);
    const shareRow = rawCells(rsx, SPENDING_MEASURE.share, area, [
      SPENDING_COLUMN.children,
      SPENDING_COLUMN.allServices,
    ]);
    expect([shareRow.cells, round(shareRow.figure?.value)]).toEqual([[area, ...share.raw], share.value]);
    const perChildRow = rawCells(rsx, SPENDING_MEASURE.perChild, area, [SPENDING_COLUMN.children]);
    expect([perChildRow.cells, round(perChildRow.figure?.value)]).toEqual([[area, ...perChild.raw], perChild.value]);
    const lookedAfterRow = rawCells(ro3, SPENDING_MEASURE.notLookedAfter, area, [
      SPENDING_COLUMN.childrenTotal,
      SPENDING_COLUMN.lookedAfter,
    ]);
    expect([lookedAfterRow.cells, round(lookedAfterRow.figure?.value)]).toEqual([
      [area, ...notLookedAfter.raw],
      notLookedAfter.value,
    ]);
  });

  it.each([
    ['RSX', rsx],
    ['RO3', ro3],
  ] as const)(
    'reads the %s extract with no error and counts every row: used, skipped by class, rejected',
    (_, sheet) => {
      expect(sheet.upload.problems).toEqual([]);
      expect(sheet.imported.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      const counts = sheet.imported.value.openDataRows;
      const skipped = counts?.skipped.reduce((sum, level) => sum + level.rows, 0) ?? 0;
      expect(counts && counts.usedRows + counts.unmatchedRows + counts.rejectedRows + skipped).toBe(counts?.rows);
      expect(counts?.rows).toBe(sheet.upload.value?.records.length);
      // 25 councils (the North East, Stockton-on-Tees' neighbours, Bristol, Barnsley, the Isles of
      // Scilly and the three whose returns were not received) and England; a shire district and a
      // police authority skipped by class; the totals table of 12 classes under its header, and the hidden row.
      expect([counts?.usedRows, counts?.rejectedRows, skipped]).toEqual([26, 0, 2 + 13]);
    },
  );

  it('marks Birmingham, whose return was not received in time ([x]), not available', () => {
    const birmingham = rsx.imported.value.observations.filter((observation) => observation.areaCode === 'E08000025');
    expect(birmingham.map((observation) => [observation.measureId, observation.value, observation.status])).toEqual([
      [SPENDING_MEASURE.share, null, 'not_available'],
      [SPENDING_MEASURE.perChild, null, 'not_available'],
    ]);
  });
});
