import Papa from 'papaparse';
import type { ParseResult, Problem, SourceRecord, SourceRows, SourceTable } from '../domain/readers/result';
import { duplicateColumnProblems } from '../domain/readers/table';
import { append } from '../domain/lists/append';
import { cellsOfLine, occurrences, plainCsvLines, type PlainLine } from './csv-lines';
import { outturnTable } from '../domain/readers/outturn/outturn-sheet';

const OTHER_DELIMITERS: ReadonlyArray<[string, string]> = [
  [';', 'semicolons'],
  ['\t', 'tabs'],
  ['|', 'vertical bars'],
];

/**
 * A row's cells keyed by the header's names. Built by assignment in header order rather than with
 * Object.fromEntries: every record then shares one object shape, and no pair array is made per cell.
 * A column named __proto__ would set the object's prototype by assignment, so such a header keeps
 * Object.fromEntries, which defines it as a cell.
 */
function cellsByName(header: readonly string[]): (cells: readonly string[]) => Record<string, string> {
  if (header.includes('__proto__'))
    return (cells) => Object.fromEntries(header.map((name, column) => [name, cells[column] ?? '']));
  return (cells) => {
    const byName: Record<string, string> = {};
    for (let column = 0; column < header.length; column += 1) byName[header[column] ?? ''] = cells[column] ?? '';
    return byName;
  };
}

/**
 * A CSV row: its cells in column order, cut from its line when a reader asks, and by name only once
 * a reader asks for that. A reader that finds its columns by position (the DfE reader) then keeps no
 * object per cell or per row's names: for a 300,000-row file, 4 million strings and 300,000 objects
 * fewer to build and to keep. The cells in order are not kept, so each read of `values` cuts them again.
 */
class CsvRecord implements SourceRecord {
  #byName: Record<string, string> | undefined;
  readonly #line: PlainLine;
  readonly #toCells: (cells: readonly string[]) => Record<string, string>;

  constructor(
    readonly row: number,
    line: PlainLine,
    toCells: (cells: readonly string[]) => Record<string, string>,
  ) {
    this.#line = line;
    this.#toCells = toCells;
  }

  get values(): readonly string[] {
    return cellsOfLine(this.#line);
  }

  get cells(): Readonly<Record<string, string>> {
    this.#byName ??= this.#toCells(this.values);
    return this.#byName;
  }
}

/** A line of only commas and spaces: an empty spreadsheet row. */
const BLANK_LINE = /^[\s,]*$/;

/** How many cells a line has and whether all are blank, without cutting a plain line into cells. */
function lineShape(line: PlainLine): { count: number; blank: boolean } {
  if (typeof line === 'string') return { count: occurrences(line, ',') + 1, blank: BLANK_LINE.test(line) };
  return { count: line.length, blank: line.every((text) => text.trim() === '') };
}

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
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (withoutBom.trim() === '') {
    return { empty: { severity: 'error', rule: 'empty_file', message: `${fileName} is empty. ${emptyAdvice}` } };
  }
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
  const empty: SourceTable = { fileName, header: [], records: [] };
  const parsed = parseCsv(fileName, text, 'Choose the CSV file that holds the figures.');
  if ('empty' in parsed) return { value: empty, problems: [parsed.empty] };
  const header = cellsOfLine(parsed.rows[0] ?? []).map((name) => name.trim());
  const problems: Problem[] = duplicateColumnProblems(fileName, header);
  if (header.length === 1) {
    const other = OTHER_DELIMITERS.find(([delimiter]) => (header[0] ?? '').includes(delimiter));
    if (other) {
      problems.push({
        severity: 'error',
        rule: 'wrong_delimiter',
        row: 1,
        message: `${fileName} separates its columns with ${other[1]}, not commas. Save it again as "CSV (Comma delimited)".`,
      });
      return { value: { ...empty, header }, problems };
    }
  }
  const records: SourceRecord[] = [];
  const toCells = cellsByName(header);
  for (let index = 1; index < parsed.rows.length; index += 1) {
    const line = parsed.rows[index] ?? '';
    const row = index + 1;
    const { count, blank } = lineShape(line);
    // An empty spreadsheet row is saved as a blank line or as commas alone: skip it, it holds no figure.
    if (blank) continue;
    if (count !== header.length) {
      problems.push({
        severity: 'error',
        rule: 'wrong_cell_count',
        row,
        message: `Row ${row} has ${count} cells but the header has ${header.length} columns. Check for a stray comma or a missing cell.`,
      });
    }
    records.push(new CsvRecord(row, line, toCells));
  }
  append(problems, parsed.problems);
  return { value: { fileName, header, records }, problems };
}

/**
 * Every non-blank row of comma-separated text as its cells, numbered as a spreadsheet numbers them,
 * for files whose header is not on row 1 (Ofsted's sheets open with a title and a description).
 * Finding the header is the domain's job. Never throws, like readCsvText.
 */
export function readCsvRows(fileName: string, text: string): ParseResult<SourceRows> {
  const parsed = parseCsv(fileName, text, 'Choose the CSV file saved from the spreadsheet.');
  if ('empty' in parsed) return { value: { fileName, rows: [] }, problems: [parsed.empty] };
  // Rows of different lengths are normal here: the title rows have one cell.
  const rows = parsed.rows
    .map((line, index) => ({ row: index + 1, cells: cellsOfLine(line).map((text) => text.trim()) }))
    .filter(({ cells }) => cells.some((text) => text !== ''));
  return { value: { fileName, rows }, problems: parsed.problems };
}

/**
 * A CSV upload as a table: readCsvText, except that a sheet saved with its title rows above the table
 * (MHCLG's revenue outturn) has a one-cell first row, and its table is then found by its header
 * (outturn-sheet.ts). No layout has a single column, so no other file is read twice.
 */
export function readCsvTable(fileName: string, text: string): ParseResult<SourceTable> {
  const read = readCsvText(fileName, text);
  if (read.value.header.length !== 1 || read.value.records.length === 0) return read;
  const rows = readCsvRows(fileName, text);
  const table = outturnTable(rows.value);
  return table ? { value: table, problems: rows.problems } : read;
}
