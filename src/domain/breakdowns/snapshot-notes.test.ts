import { describe, expect, it } from 'vitest';
import { period } from '../../../test/unit/builders/observation';
import type { BreakdownCell, BreakdownRow } from './breakdown-table';
import { sharedNotes } from './snapshot-notes';

const cellWith = (note: string): BreakdownCell => ({ count: 1, percent: 50, total: 2, status: 'final', note });
const row = (key: string, cells: (BreakdownCell | null)[]): BreakdownRow => ({
  key,
  label: key,
  partOf: null,
  cells,
  change: null,
});
const SNAPSHOTS = [period('2020/21 Q1'), period('2020/21 Q2')];

describe('notes shared by a snapshot', () => {
  it.each([
    {
      case: 'every cell with the same note gives it once',
      rows: [
        row('a', [cellWith('At 30/06/2020.'), cellWith('')]),
        row('b', [cellWith('At 30/06/2020.'), cellWith('')]),
      ],
      shared: ['At 30/06/2020.', ''],
    },
    {
      case: 'cells that differ share none',
      rows: [row('a', [cellWith('At 30/06/2020.'), cellWith('x')]), row('b', [cellWith('Estimated.'), cellWith('y')])],
      shared: ['', ''],
    },
    {
      case: 'a category with no figure in a snapshot does not stop the others sharing',
      rows: [row('a', [null, cellWith('At 30/09/2020.')]), row('b', [cellWith(''), cellWith('At 30/09/2020.')])],
      shared: ['', 'At 30/09/2020.'],
    },
    { case: 'a snapshot with no figures shares none', rows: [row('a', [null, null])], shared: ['', ''] },
  ])('$case', ({ rows, shared }) => {
    expect(sharedNotes({ snapshots: SNAPSHOTS, rows })).toEqual(shared);
  });
});
