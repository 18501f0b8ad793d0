import type { Observation } from '../../observations/observation';
import { readCell } from '../cell';
import type { Problem, SourceRecord, SourceTable } from '../result';
import type { Columns } from './dfe-columns';
import type { DfeMeasureMapping } from './dfe-measure-map';

/** The publisher every figure read from a DfE file is credited to, so it shows as DfE open data and yields to the council's own figures. */
export const DFE_PUBLISHER = 'DfE';

/**
 * A DfE cell of just 'u' (low reliability) has no number for the status to qualify. It is read as
 * "not available", with this note, rather than as a low-reliability figure without a figure, which
 * the data contract refuses (an observations file with `u` and no number is an error): so every
 * figure read here could be saved and read back as an observations file.
 */
export const LOW_RELIABILITY_WITHOUT_FIGURE_NOTE =
  'DfE marked this figure u (low reliability) and published no number.';

export type DfeFigure = Pick<Observation, 'value' | 'status' | 'note'>;

/** The figure's note and the period's, either or both of which may be blank, as one note. */
export function joinNotes(figureNote: string, periodNote: string): string {
  if (figureNote === '') return periodNote;
  return periodNote === '' ? figureNote : `${figureNote} ${periodNote}`;
}

/** Scaling by a unit_scale other than 1 is rounded to 12 significant figures so 0.125 × 100 is 12.5, not 12.500000000000002. */
function scaled(value: number, scale: number): number {
  return scale === 1 ? value : Number((value * scale).toPrecision(12));
}

/**
 * The figure in a row's indicator cell, or null (with a problem) when there is none to keep. Cells
 * are read by readCell, so DfE's symbols (c, x, z, low, k, u) become statuses and never numbers.
 */
export function readDfeFigure(
  table: SourceTable,
  columns: Columns,
  record: SourceRecord,
  mapping: DfeMeasureMapping,
  problems: Problem[],
): DfeFigure | null {
  const column = columns.nameOf(mapping.indicator);
  const text = columns.text(record, mapping.indicator);
  const reading = readCell(text);
  switch (reading.kind) {
    case 'number':
      return { value: scaled(reading.value, mapping.unitScale), status: 'final', note: '' };
    case 'status':
      if (reading.status === 'low_reliability')
        return { value: null, status: 'not_available', note: LOW_RELIABILITY_WITHOUT_FIGURE_NOTE };
      return { value: null, status: reading.status, note: '' };
    case 'blank':
      problems.push({
        severity: 'warning',
        rule: 'missing_value',
        row: record.row,
        column,
        message: `${table.fileName} row ${record.row}, column ${column}: the cell is blank. DfE files put a symbol (x, z, c) where there is no figure, so this one is left out rather than guessed.`,
      });
      return null;
    case 'invalid':
      problems.push({
        severity: 'error',
        rule: 'invalid_value',
        row: record.row,
        column,
        message: `${table.fileName} row ${record.row}, column ${column}: ${reading.reason}. A DfE figure is a number (1,234 or 12.5) or one of the symbols c, x, z, low, k, u.`,
      });
      return null;
  }
}
