import { describe, expect, test } from 'vitest';
import { describeChanges, describeOpenDataRows, describeUpload } from './upload-view';

describe('words', () => {
  test('describeUpload names the layout and, for the scorecard layout, the LA', () => {
    expect(
      describeUpload({
        fileName: 'a.csv',
        layout: 'observations',
        localAuthority: { code: 'E06000001', name: 'Hartlepool' },
      }),
    ).toBe('a.csv, an observations file');
    expect(
      describeUpload({
        fileName: 'b.xlsx',
        layout: 'scorecard',
        localAuthority: { code: 'E06000001', name: 'Hartlepool' },
      }),
    ).toBe('b.xlsx, a scorecard-layout file for Hartlepool');
  });

  test('describeChanges says what saving does in plain words', () => {
    expect(describeChanges({ added: 33, changed: 1, unchanged: 0, total: 308 })).toBe(
      'The file gives 34 figures: 33 new figures, 1 changed figure and no figures that are already held exactly as they are. ' +
        'Saving adds the new figures and replaces the changed ones; every other figure is kept. The new version will hold 308 figures.',
    );
  });

  test("describeChanges counts DfE figures left out because the council's own are held", () => {
    expect(describeChanges({ added: 2430, changed: 0, unchanged: 0, total: 2705 }, 15)).toBe(
      "The file gives 2,445 figures: 2,430 new figures, no changed figures, no figures that are already held exactly as they are and 15 DfE figures not used because the council's own figure is held. " +
        'Saving adds the new figures and replaces the changed ones; every other figure is kept. The new version will hold 2,705 figures.',
    );
  });
});

describe('describeOpenDataRows', () => {
  test('accounts for every row of a DfE file in words', () => {
    expect(
      describeOpenDataRows({
        rows: 2505,
        breakdownFigures: 0,
        usedRows: 2445,
        unmatchedRows: 0,
        rejectedRows: 30,
        skipped: [
          { level: 'Regional: Inner London (a sub-region)', rows: 15 },
          { level: 'Regional: Outer London (a sub-region)', rows: 15 },
        ],
      }),
    ).toEqual([
      "The file has 2,505 rows. 2,445 rows give figures for the scorecard's measures.",
      '15 rows are for Regional: Inner London (a sub-region), which the scorecard does not compare with, so they are skipped.',
      '15 rows are for Regional: Outer London (a sub-region), which the scorecard does not compare with, so they are skipped.',
      '30 rows give no figure because of a problem listed below.',
    ]);
  });

  test('names breakdowns the catalogue has no measure for, in the singular for one row', () => {
    expect(
      describeOpenDataRows({
        rows: 2,
        breakdownFigures: 0,
        usedRows: 1,
        unmatchedRows: 1,
        rejectedRows: 0,
        skipped: [],
      }),
    ).toEqual([
      "The file has 2 rows. 1 row gives figures for the scorecard's measures.",
      '1 row is a breakdown the measure catalogue has no measure for (for example a single age group or reason), so it is not read.',
    ]);
  });
});
