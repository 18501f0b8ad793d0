import type { ParseResult, Problem, SourceRecord, SourceTable } from '../domain/readers/result';
import { duplicateColumnProblems } from '../domain/readers/table';
import { append } from '../domain/lists/append';
import { cellsOfLine, occurrences, plainCsvLines, type PlainLine } from './csv-lines';

/*
 * The half of the one CSV parse (csv.ts) that needs no papaparse: a file's lines made a table of
 * header and records, and a plain file (csv-lines.ts) read whole. The published folder's loader reads
 * its files with readPlainCsvText, so papaparse (7 KiB gzipped) is off the first screen and fetched
 * only for a file that is not plain.
 */

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

/** The text without the byte-order mark Excel writes, or the problem of an empty file. */
export function csvBody(fileName: string, text: string, emptyAdvice: string): { text: string } | { empty: Problem } {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (withoutBom.trim() === '') {
    return { empty: { severity: 'error', rule: 'empty_file', message: `${fileName} is empty. ${emptyAdvice}` } };
  }
  return { text: withoutBom };
}

export const FIGURES_FILE_ADVICE = 'Choose the CSV file that holds the figures.';

/**
 * A file's lines as header and records: the header's names trimmed and checked for repeats, a file
 * of one column written with another delimiter refused, blank rows skipped, and a row of another
 * length than the header an error with its row number. `parseProblems` are the parse's own.
 */
export function tableOfLines(
  fileName: string,
  lines: readonly PlainLine[],
  parseProblems: readonly Problem[],
): ParseResult<SourceTable> {
  const empty: SourceTable = { fileName, header: [], records: [] };
  const header = cellsOfLine(lines[0] ?? []).map((name) => name.trim());
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
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
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
  append(problems, parseProblems);
  return { value: { fileName, header, records }, problems };
}

/**
 * readCsvText for a plain file, without papaparse: null when the text is not plain, for the caller
 * to read it with readCsvText (csv.ts), fetched when needed.
 */
export function readPlainCsvText(fileName: string, text: string): ParseResult<SourceTable> | null {
  const body = csvBody(fileName, text, FIGURES_FILE_ADVICE);
  if ('empty' in body) return { value: { fileName, header: [], records: [] }, problems: [body.empty] };
  const lines = plainCsvLines(body.text);
  return lines ? tableOfLines(fileName, lines, []) : null;
}
