import Papa from 'papaparse';
import type { ParseResult, Problem, SourceRows, SourceTable } from '../domain/readers/result';
import { cellsOfLine, plainCsvLines, type PlainLine } from './csv-lines';
import { csvBody, FIGURES_FILE_ADVICE, tableOfLines } from './csv-table';
import { outturnTable } from '../domain/readers/outturn/outturn-sheet';

/**
 * The one CSV parse under both readers: the byte-order mark Excel writes is dropped, an empty file is
 * a problem, and papaparse's own errors (an unclosed quote) become problems with their row. Rows of
 * different lengths are left to the reader: a table refuses them, a sheet with title rows expects them.
 * Blank lines are kept so that every row keeps its spreadsheet row number (row 1 is the first).
 */
function parseCsv(
  fileName: string,
  text: string,
  emptyAdvice: string,
): { rows: PlainLine[]; problems: Problem[] } | { empty: Problem } {
  const body = csvBody(fileName, text, emptyAdvice);
  if ('empty' in body) return body;
  const withoutBom = body.text;
  // A plain file is split as papaparse would read it (csv-lines.ts); anything else papaparse reads.
  const plain = plainCsvLines(withoutBom);
  if (plain) return { rows: plain, problems: [] };
  const parsed = Papa.parse<string[]>(withoutBom, { delimiter: ',', skipEmptyLines: false });
  const problems: Problem[] = [];
  for (const error of parsed.errors) {
    if (error.code === 'TooFewFields' || error.code === 'TooManyFields') continue;
    const row = error.row === undefined ? undefined : error.row + 1;
    problems.push({
      severity: 'error',
      rule: 'unreadable_csv',
      ...(row === undefined ? {} : { row }),
      message: `${fileName}${row === undefined ? '' : ` row ${row}`}: ${error.message}. Check the quotes around that cell.`,
    });
  }
  return { rows: parsed.data, problems };
}

/**
 * Reads comma-separated text into header and records for the domain's readers. Never throws: a file
 * that cannot be read as CSV comes back with no records and a problem saying what to do.
 */
export function readCsvText(fileName: string, text: string): ParseResult<SourceTable> {
  const parsed = parseCsv(fileName, text, FIGURES_FILE_ADVICE);
  if ('empty' in parsed) return { value: { fileName, header: [], records: [] }, problems: [parsed.empty] };
  return tableOfLines(fileName, parsed.rows, parsed.problems);
}

/**
 * Every non-blank row of comma-separated text as its cells, numbered as a spreadsheet numbers them,
 * for files whose header is not on row 1 (Ofsted's sheets open with a title and a description).
 * Finding the header is the domain's job. Never throws, like readCsvText.
 */
export function readCsvRows(fileName: string, text: string): ParseResult<SourceRows> {
  const parsed = parseCsv(fileName, text, 'Choose the CSV file saved from the spreadsheet.');
  if ('empty' in parsed) return { value: { fileName, rows: [] }, problems: [parsed.empty] };
  return { value: rowsOfLines(fileName, parsed.rows), problems: parsed.problems };
}

function rowsOfLines(fileName: string, lines: readonly PlainLine[]): SourceRows {
  // Rows of different lengths are normal here: the title rows have one cell.
  const rows = lines
    .map((line, index) => ({ row: index + 1, cells: cellsOfLine(line).map((text) => text.trim()) }))
    .filter(({ cells }) => cells.some((text) => text !== ''));
  return { fileName, rows };
}

/**
 * A CSV upload as a table: readCsvText, except that a sheet saved with its title rows above the table
 * (MHCLG's revenue outturn) has a one-cell first row, and its table is then found by its header
 * (outturn-sheet.ts). The text is parsed once either way.
 */
export function readCsvTable(fileName: string, text: string): ParseResult<SourceTable> {
  const parsed = parseCsv(fileName, text, FIGURES_FILE_ADVICE);
  if ('empty' in parsed) return { value: { fileName, header: [], records: [] }, problems: [parsed.empty] };
  if (parsed.rows.length > 1 && cellsOfLine(parsed.rows[0] ?? '').length === 1) {
    const table = outturnTable(rowsOfLines(fileName, parsed.rows));
    if (table) return { value: table, problems: parsed.problems };
  }
  return tableOfLines(fileName, parsed.rows, parsed.problems);
}
