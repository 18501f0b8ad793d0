/**
 * Builders for small 903 returns written by hand in tests: each table from a few records, with
 * every column of the table present (blank unless given), so a test names only what it is about.
 * All identifiers, dates and postcodes are invented; nothing here is real children's data.
 */
import type { SourceTable } from '../../src/domain/readers/result';
import { parseUkDate, type Day } from '../../src/domain/ssda903/days';
import { prepare903, type PrepareOptions, type Prepared903 } from '../../src/domain/ssda903/compute';
import { readReturn, type Return903 } from '../../src/domain/ssda903/read-tables';
import { tableSpec, type TableName } from '../../src/domain/ssda903/tables';

export type Cells = Readonly<Record<string, string>>;

/** A table with the spec's columns in order; records are numbered from row 2 as in a spreadsheet. */
export function table903(name: TableName, records: readonly Cells[], fileName?: string): SourceTable {
  const spec = tableSpec(name);
  const header = [...spec.columns, ...spec.optional.filter((column) => records.some((record) => column in record))];
  return {
    fileName: fileName ?? spec.usualFileName,
    header,
    records: records.map((record, index) => ({
      row: index + 2,
      cells: Object.fromEntries(header.map((column) => [column, record[column] ?? ''])),
    })),
  };
}

/** An episode: child, start, end (blank while open) and the codes; a foster placement under a care order by default. */
export function episode(child: string, decom: string, dec: string, codes: Cells = {}): Cells {
  const closed = dec !== '';
  return {
    CHILD: child,
    DECOM: decom,
    DEC: dec,
    RNE: 'S',
    LS: 'C2',
    CIN: 'N1',
    PLACE: 'U4',
    PLACE_PROVIDER: 'PR1',
    REC: closed ? 'E4A' : '',
    HOME_POST: 'XX1 1AA',
    PL_POST: 'XX2 2BB',
    ...codes,
  };
}

export function header(child: string, dob: string, cells: Cells = {}): Cells {
  return { CHILD: child, SEX: '1', DOB: dob, ETHNIC: 'WBRI', UPN: 'UN1', ...cells };
}

/** The return the reader makes of the tables; a reading error fails the test. */
export function return903(tables: readonly SourceTable[]): Return903 {
  const read = readReturn(tables.map((table) => ({ table })));
  const errors = read.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((problem) => problem.message).join('\n'));
  return read.value;
}

export function prepared(tables: readonly SourceTable[], options: PrepareOptions = {}): Prepared903 {
  return prepare903(return903(tables), options);
}

/** A dd/mm/yyyy date as a day number; fails the test on a typing slip. */
export function day(text: string): Day {
  const parsed = parseUkDate(text);
  if (parsed === null) throw new Error(`${text} is not a date`);
  return parsed;
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A table as CSV text with CRLF line ends, as Excel saves it. */
export function csvOf(table: SourceTable): string {
  const lines = [
    table.header.map(csvCell).join(','),
    ...table.records.map((record) => table.header.map((column) => csvCell(record.cells[column] ?? '')).join(',')),
  ];
  return lines.map((line) => `${line}\r\n`).join('');
}
