import { financialYear, type Period } from '../../periods/period';
import type { SourceRecord, SourceRows, SourceTable } from '../result';
import { headingKey } from '../sheet-header';

/*
 * MHCLG's revenue outturn sheets (RO3: social care and public health; RSX: the service expenditure
 * summary), saved as CSV from the published workbook's data sheet, open with a title and a few lines
 * about the sheet before the table's header (row 7 in 2024-25). The table is found by its header,
 * wherever it starts, rather than by its row number, which changes from year to year.
 */

/** The headings the data table of every outturn sheet opens with, by headingKey. */
const OPENING_HEADINGS = ['e-code', 'ons code', 'local authority'];

/** The sheets open with six lines above the header; a few more allow for a longer preamble. */
const HEADER_SEARCH_ROWS = 20;

/** Whether a row is an outturn sheet's header: E-code, ONS Code and Local authority first, and a Class column. */
export function isOutturnHeader(cells: readonly string[]): boolean {
  return (
    OPENING_HEADINGS.every((heading, index) => headingKey(cells[index] ?? '') === heading) &&
    cells.some((cell) => headingKey(cell) === 'class')
  );
}

function byHeading(header: readonly string[], cells: readonly string[]): Record<string, string> {
  const keyed: Record<string, string> = {};
  header.forEach((name, column) => {
    keyed[name] = cells[column] ?? '';
  });
  return keyed;
}

/**
 * The outturn table of a sheet read as plain rows: its header row (the first of the top rows that is
 * an outturn header), every later row as a record keyed by that header, and the lines above it as the
 * preamble. Null when no top row is such a header: the file is not an outturn sheet.
 */
export function outturnTable(rows: SourceRows): SourceTable | null {
  const at = rows.rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => isOutturnHeader(row.cells));
  const headerRow = rows.rows[at];
  if (at < 0 || !headerRow) return null;
  const header = headerRow.cells;
  const records = rows.rows
    .slice(at + 1)
    .map((row): SourceRecord => ({ row: row.row, cells: byHeading(header, row.cells) }));
  const preamble = rows.rows.slice(0, at).map((row) => row.cells.filter((cell) => cell !== '').join(' '));
  return { fileName: rows.fileName, header, records, preamble };
}

const YEAR_IN_TITLE = /\b(\d{4})-(\d{2})\b/;
const YEAR_IN_FILE_NAME = /(?:^|\D)(\d{4})-?(\d{2})(?:\D|$)/;

function yearOf(text: string, pattern: RegExp): Period | null {
  const match = pattern.exec(text);
  if (!match) return null;
  const first = Number(match[1]);
  return Number(match[2]) === (first + 1) % 100 ? financialYear(first) : null;
}

/**
 * The financial year a sheet's figures are for: the year its title names ("Revenue Outturn (RO)
 * 2024-25"), or failing that its file name's (RO3_LA_Data_202425.csv). Null when neither says.
 */
export function outturnYear(table: SourceTable): Period | null {
  for (const line of table.preamble ?? []) {
    const year = yearOf(line, YEAR_IN_TITLE);
    if (year) return year;
  }
  return yearOf(table.fileName, YEAR_IN_FILE_NAME);
}
