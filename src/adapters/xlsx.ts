import { strFromU8, unzipSync } from 'fflate';
// The universal entry reads an ArrayBuffer with no Web Worker or node: module of its own, so the
// same code runs in the upload worker and in the command line (the /browser entry spawns workers
// through worker-f; the /node entry pulls in node streams).
import { InvalidInputError, readSheet, SheetNotFoundError } from 'read-excel-file/universal';
import type { ParseResult, Problem, SourceRecord, SourceTable } from '../domain/readers/result';
import { duplicateColumnProblems } from '../domain/readers/table';
import { sheetLimitProblems, unpackedSizeProblems } from './xlsx-limits';
import { columnName, scanXml, type UnreadCell } from './xlsx-scan';
import { quoted } from '../domain/text/quote';

/**
 * Excel shows a number with at most 15 significant digits, so a cell typed as 82.9 and stored as
 * 82.900000000000006 reads back as 82.9. Never in exponent form, which the domain does not read.
 */
const PLAIN_DECIMAL = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15 });

// One formatter for every cell: toLocaleString with options builds a new one per call, which made
// a sheet of 200,000 numbers take seconds.
function plainDecimal(value: number): string {
  return PLAIN_DECIMAL.format(value);
}

function isoDate(date: Date): string {
  const iso = date.toISOString();
  // read-excel-file gives dates at UTC midnight; a time of day is kept only when the cell has one.
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

/**
 * A cell as text, the way Excel shows it: numbers without float noise, a percent-formatted cell as
 * its percentage (Excel stores 63.9% as 0.639; it reads as "63.9%", at full precision rather than
 * rounded to the format's decimals), dates as ISO dates, TRUE and FALSE as Excel prints them.
 */
function cellText(value: unknown, percent: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return percent ? `${plainDecimal(value * 100)}%` : plainDecimal(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  // The library gives nothing else (error cells such as #N/A come back empty).
  return '';
}

// ---------------------------------------------------------------------------------------------
// Percent-formatted cells. read-excel-file returns a cell's number but not its number format, so a
// 63.9% cell would arrive as 0.639. The first sheet's cells whose style has a percent format are
// found here from the workbook's own XML: styles.xml lists the formats, the sheet the cells' styles.
// ---------------------------------------------------------------------------------------------

const BUILT_IN_PERCENT_FORMATS = new Set(['9', '10']);

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes)?.[1];
}

/** A format code shows a percentage when it has a % outside quoted text and escapes. */
function isPercentFormat(code: string): boolean {
  return code
    .replace(/&quot;.*?&quot;|".*?"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .includes('%');
}

/** Indexes into cellXfs (the `s` attribute of a cell) whose number format is a percentage. */
function percentStyles(stylesXml: string): Set<string> {
  const percentFormats = new Set(BUILT_IN_PERCENT_FORMATS);
  for (const [, attributes = ''] of stylesXml.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    const id = attribute(attributes, 'numFmtId');
    const code = attribute(attributes, 'formatCode');
    if (id !== undefined && code !== undefined && isPercentFormat(code)) percentFormats.add(id);
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(stylesXml)?.[1] ?? '';
  const styles = new Set<string>();
  [...cellXfs.matchAll(/<xf\b([^>]*?)\/?>/g)].forEach(([, attributes = ''], index) => {
    if (percentFormats.has(attribute(attributes, 'numFmtId') ?? '0')) styles.add(String(index));
  });
  return styles;
}

/** The path of the first sheet, in workbook order, as read-excel-file picks it. */
function firstSheetPath(workbookXml: string, relationshipsXml: string): string | undefined {
  const sheet = /<sheet\b([^>]*)\/?>/.exec(workbookXml)?.[1] ?? '';
  const relationId = /\br:id="([^"]*)"/.exec(sheet)?.[1] ?? attribute(sheet, '[\\w]+:id');
  for (const [, attributes = ''] of relationshipsXml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    if (attribute(attributes, 'Id') !== relationId) continue;
    const target = attribute(attributes, 'Target') ?? '';
    return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  }
  return undefined;
}

/** "B12" as zero-based [row, column]. */
function cellAddress(reference: string): [number, number] | null {
  const match = /^([A-Z]+)(\d+)$/.exec(reference);
  if (!match) return null;
  let column = 0;
  for (const letter of match[1] ?? '') column = column * 26 + (letter.charCodeAt(0) - 64);
  return [Number(match[2]) - 1, column - 1];
}

/** Zero-based "row:column" of every percent-formatted cell of the first sheet. */
function percentCells(styles: Uint8Array | undefined, sheet: Uint8Array | undefined): Set<string> {
  if (!styles || !sheet) return new Set();
  const percent = percentStyles(strFromU8(styles));
  // Most workbooks have no percent format at all: then the sheet's cells are not looked at.
  if (percent.size === 0) return new Set();
  const cells = new Set<string>();
  for (const [, attributes = ''] of strFromU8(sheet).matchAll(/<c\b([^>]*)>/g)) {
    const style = attribute(attributes, 's');
    if (style === undefined || !percent.has(style)) continue;
    const address = cellAddress(attribute(attributes, 'r') ?? '');
    if (address) cells.add(`${address[0]}:${address[1]}`);
  }
  return cells;
}

interface WorkbookParts {
  styles?: Uint8Array;
  sheet?: Uint8Array;
  sharedStrings?: Uint8Array;
}

/**
 * The parts of the workbook read here besides the library: styles, the first sheet and the shared
 * text. Called only once the zip directory's sizes are within the limit, so what it unpacks is
 * bounded. Empty when the zip cannot be read: the library then says why.
 */
function workbookParts(bytes: Uint8Array): WorkbookParts {
  try {
    const wanted = new Set(['xl/styles.xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml']);
    const parts = unzipSync(bytes, { filter: (file) => wanted.has(file.name) });
    const workbook = parts['xl/workbook.xml'];
    const relationships = parts['xl/_rels/workbook.xml.rels'];
    const sheetPath =
      workbook && relationships ? firstSheetPath(strFromU8(workbook), strFromU8(relationships)) : undefined;
    const sheet = sheetPath ? unzipSync(bytes, { filter: (file) => file.name === sheetPath })[sheetPath] : undefined;
    return { styles: parts['xl/styles.xml'], sheet, sharedStrings: parts['xl/sharedStrings.xml'] };
  } catch {
    return {};
  }
}

// ---------------------------------------------------------------------------------------------

function unreadable(fileName: string, error: unknown): Problem {
  let reason = 'it is damaged or is not an Excel workbook';
  if (error instanceof InvalidInputError) {
    if (error.code === 'XLS_FILE_NOT_SUPPORTED') reason = 'it is an old Excel 97-2003 workbook (.xls)';
    else if (error.code === 'INVALID_ZIP') reason = 'it is damaged: its ZIP container cannot be opened';
    else if (error.code === 'NO_DATA') reason = 'it is empty';
  } else if (error instanceof SheetNotFoundError) {
    reason = 'it has no worksheet';
  }
  return {
    severity: 'error',
    rule: 'unreadable_xlsx',
    message: `${fileName} cannot be read as an .xlsx workbook: ${reason}. Open it in Excel and save it again as "Excel Workbook (.xlsx)" or "CSV UTF-8".`,
  };
}

/**
 * A cell the library gives back as empty although it is not, named by its row, its column (as the
 * header names it) and its address, so no figure is dropped without a word: an Excel error such as
 * #DIV/0!, or a formula whose result was never saved (a workbook written by a program, not Excel).
 */
function unreadCellProblem(unread: UnreadCell, header: readonly string[]): Problem {
  const row = unread.row + 1;
  const address = `${columnName(unread.column)}${row}`;
  const name = row === 1 ? '' : (header[unread.column] ?? '');
  const where = name === '' ? `Row ${row} (cell ${address})` : `Row ${row}, column ${name} (cell ${address})`;
  const location = { row, ...(name === '' ? {} : { column: name }) };
  if (unread.error !== null) {
    return {
      severity: 'error',
      rule: 'excel_error_cell',
      ...location,
      message: `${where}: Excel shows the error ${quoted(unread.error)} here, so there is nothing to read. Correct the formula or type the figure (or clear the cell if there is none), save and upload it again.`,
    };
  }
  return {
    severity: 'error',
    rule: 'formula_without_value',
    ...location,
    message: `${where}: the cell has a formula whose result was never saved, so there is nothing to read. Open the workbook in Excel, which works it out, save it and upload it again, or type the figure.`,
  };
}

/**
 * Reads the first sheet of an .xlsx workbook into header and records, as the CSV reader does: row 1
 * is the header, records keep their spreadsheet row numbers and empty rows are skipped. Never throws:
 * a workbook that cannot be read, or is over the limits of xlsx-limits.ts, comes back empty with the
 * problem that says why.
 */
export async function readXlsxTable(bytes: Uint8Array, fileName: string): Promise<ParseResult<SourceTable>> {
  const empty: SourceTable = { fileName, header: [], records: [] };
  const tooLarge = unpackedSizeProblems(bytes, fileName);
  if (tooLarge.length > 0) return { value: empty, problems: tooLarge };
  const parts = workbookParts(bytes);
  const sheetScan = parts.sheet ? scanXml(parts.sheet) : null;
  const overLimit = sheetLimitProblems(fileName, sheetScan, parts.sharedStrings ? scanXml(parts.sharedStrings) : null);
  if (overLimit.length > 0) return { value: empty, problems: overLimit };
  let rows: unknown[][];
  try {
    // A copy, so the library gets an ArrayBuffer of exactly the file (a Node Buffer shares a larger pool).
    rows = await readSheet(new Uint8Array(bytes).buffer);
  } catch (error) {
    return { value: empty, problems: [unreadable(fileName, error)] };
  }
  const percent = percentCells(parts.styles, parts.sheet);
  const [headerRow = [], ...dataRows] = rows;
  if (headerRow.length === 0 && dataRows.length === 0) {
    return {
      value: empty,
      problems: [
        {
          severity: 'error',
          rule: 'empty_file',
          message: `${fileName} has nothing in its first sheet. Put the figures on the first sheet, with the header in row 1.`,
        },
      ],
    };
  }
  const header = headerRow.map((value, column) => cellText(value, percent.has(`0:${column}`)));
  const problems: Problem[] = duplicateColumnProblems(fileName, header);
  // Every such cell, in a named column or not: a figure beside the header is still a figure typed.
  for (const unread of sheetScan?.unreadCells ?? []) problems.push(unreadCellProblem(unread, header));
  const records: SourceRecord[] = [];
  const unnamed = header.includes('');
  dataRows.forEach((cells, index) => {
    const texts = header.map((_name, column) => cellText(cells[column], percent.has(`${index + 1}:${column}`)));
    if (texts.every((text) => text === '')) return;
    records.push({
      row: index + 2,
      cells: Object.fromEntries(header.map((name, column) => [name, texts[column] ?? ''])),
      ...(unnamed ? { values: texts } : {}),
    });
  });
  return { value: { fileName, header, records }, problems };
}
