import { describe, expect, it } from 'vitest';
import { gridTable } from '../../../test/unit/uploads';
import { unknownColumnProblems } from './table';

const KNOWN = ['measure', 'area', 'period', 'value', 'numerator', 'denominator', 'status', 'note'];

describe('unknownColumnProblems: a column whose cells would not be read', () => {
  it.each([
    { name: 'numerater', shown: "'numerater'", closest: " Did you mean 'numerator'?", invisible: false },
    { name: 'notes', shown: "'notes'", closest: " Did you mean 'note'?", invisible: false },
    {
      name: 'denominator\u200b',
      shown: "'denominator<U+200B>'",
      closest: " Did you mean 'denominator'?",
      invisible: true,
    },
    { name: 'source', shown: "'source'", closest: '', invisible: false },
  ])('$shown is a warning naming it', ({ name, shown, closest, invisible }) => {
    const table = gridTable('file.csv', [['measure', 'area', 'period', 'value', name]]);
    expect(unknownColumnProblems(table, KNOWN)).toEqual([
      {
        severity: 'warning',
        rule: 'unknown_column',
        row: 1,
        column: name,
        message: `file.csv: the header's column ${shown} is not one this file's layout reads, so its cells are not read.${closest}${invisible ? ' It holds a character that does not show, named here in <>.' : ''} The columns read are measure, area, period, value, numerator, denominator, status and note; rename the column, or delete it if it is not needed.`,
      },
    ]);
  });

  it('reads known columns whatever their case and surrounding spaces, and leaves blank names alone', () => {
    const table = gridTable('file.csv', [[' Measure', 'AREA ', 'period', 'Value', '']]);
    expect(unknownColumnProblems(table, KNOWN)).toEqual([]);
  });
});
