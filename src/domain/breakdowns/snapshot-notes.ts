import type { BreakdownTable } from './breakdown-table';

/**
 * Per snapshot of a breakdown table, the note that every figure of it carries ('' when they differ
 * or none has one). A return's figures carry their basis on each cell ("At 30/06/2020. For 111
 * children the files do not reach the start of the period of care…"): said once under the table,
 * a reader is not given the same sentence in every cell of a column.
 */
export function sharedNotes(table: Pick<BreakdownTable, 'snapshots' | 'rows'>): string[] {
  return table.snapshots.map((_, index) => {
    let shared: string | null = null;
    for (const row of table.rows) {
      const cell = row.cells[index];
      if (!cell) continue;
      if (shared === null) shared = cell.note;
      else if (cell.note !== shared) return '';
    }
    return shared ?? '';
  });
}
