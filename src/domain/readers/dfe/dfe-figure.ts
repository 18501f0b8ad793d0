import type { Observation } from '../../observations/observation';
import { readCell } from '../cell';
import { quoted } from '../../text/quote';
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

/** DfE writes some averages of time as years and months, "01:02" for 1 year 2 months: read as 14 months. */
export function yearsAndMonths(text: string): number | null {
  const match = /^(\d{1,3}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const months = Number(match[2]);
  return months < 12 ? Number(match[1]) * 12 + months : null;
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
  if (mapping.valueFormat === 'years_months') {
    const months = yearsAndMonths(text);
    if (months !== null) return { value: scaled(months, mapping.unitScale), status: 'final', note: '' };
  }
  const reading = readCell(text);
  switch (reading.kind) {
    case 'number': {
      // A count per population is scaled after it is divided (dfe-population.ts).
      const value = scaled(reading.value, mapping.perPopulation ? 1 : mapping.unitScale);
      // 100 − 41.3 is 58.7, not 58.699999999999996.
      if (mapping.valueFormat === 'percent_complement')
        return { value: Number((100 - value).toPrecision(12)), status: 'final', note: '' };
      return { value, status: 'final', note: '' };
    }
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
        message:
          mapping.valueFormat === 'years_months'
            ? `${table.fileName} row ${record.row}, column ${column}: ${quoted(text)} is not years and months. This column gives a time as years:months, such as 01:02 for 1 year 2 months, or one of the symbols c, x, z, low, k, u.`
            : `${table.fileName} row ${record.row}, column ${column}: ${reading.reason}. A DfE figure is a number (1,234 or 12.5) or one of the symbols c, x, z, low, k, u.`,
      });
      return null;
  }
}
