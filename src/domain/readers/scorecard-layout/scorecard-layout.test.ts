import { describe, expect, test } from 'vitest';
import { located } from '../../../../test/unit/tables';
import { gridTable } from '../../../../test/unit/uploads';
import { HEADER, scorecardContext as context } from '../../../../test/unit/scorecard-layout-files';
import { readScorecardFigures } from './scorecard-layout';

describe('readScorecardFigures: repeats and conflicts', () => {
  test('reports a repeated figure as duplicate_row in the column it is in, and reads it once', () => {
    const { value, problems } = readScorecardFigures(
      gridTable('s.csv', [HEADER, ['Adopters approved', '9', '12'], ['Adopters approved', '9']]),
      context,
    );
    expect(value.map(({ observation, column }) => `${column}: ${observation.value}`)).toEqual([
      '2019/20: 9',
      '2020/21 [Provisional]: 12',
    ]);
    expect(problems).toEqual([
      {
        severity: 'warning',
        rule: 'duplicate_row',
        row: 3,
        column: '2019/20',
        message: 'Row 3, column 2019/20: repeats row 2 (adopters_approved, E06000001, 2019/20). The repeat is ignored.',
      },
    ]);
  });

  test('reports a different figure for the same measure and period as conflicting_values', () => {
    const { problems } = readScorecardFigures(
      gridTable('s.csv', [HEADER, ['Adopters approved', '9'], ['Adopters approved', '10']]),
      context,
    );
    expect(problems.map(located)).toEqual([
      { rule: 'conflicting_values', severity: 'error', row: 3, column: '2019/20' },
    ]);
  });
});
