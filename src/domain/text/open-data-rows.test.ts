import { describe, expect, test } from 'vitest';
import { describeOpenDataRows } from './open-data-rows';

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

  test('says no row is read when no line of the map applies to the file, not that its rows are breakdowns', () => {
    expect(
      describeOpenDataRows({
        rows: 8,
        breakdownFigures: 0,
        usedRows: 0,
        unmatchedRows: 8,
        rejectedRows: 0,
        skipped: [],
        noMapping: true,
      }),
    ).toEqual([
      "The file has 8 rows. No rows give figures for the scorecard's measures.",
      'No line of the measure map applies to this file, so its 8 rows are not read: the warning below says why.',
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

  test('says how many breakdown figures the breakdown map read from the rows', () => {
    expect(
      describeOpenDataRows({
        rows: 3,
        breakdownFigures: 3,
        usedRows: 0,
        unmatchedRows: 3,
        rejectedRows: 0,
        skipped: [],
      }),
    ).toContain(
      'The breakdown map reads 3 breakdown figures from its rows (a category of a breakdown, such as one reason for a placement change), shown on the breakdown pages.',
    );
  });
});
