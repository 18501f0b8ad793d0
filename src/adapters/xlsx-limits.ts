import { unzipSync } from 'fflate';
import type { Problem } from '../domain/readers/result';
import { megabytes } from './decode';

/**
 * The most spreadsheet XML a workbook may unpack to. A 60 MB upload of figures is well under this
 * (Excel's XML is about 5 to 10 times its zip); a file of a few kilobytes that unpacks to gigabytes
 * is not a workbook anyone typed.
 */
export const MAX_XLSX_XML_BYTES = 64 * 1024 * 1024;
/** The most columns read: the widest scorecard layout has a few dozen. */
export const MAX_SHEET_COLUMNS = 200;
/** The most cells (rows × columns) of the first sheet read; a 60 MB CSV of figures has fewer. */
export const MAX_SHEET_CELLS = 3_000_000;
/** The longest text Excel lets a cell hold; a longer run between tags is not a workbook Excel wrote. */
export const MAX_TEXT_RUN = 32_767;

const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;

function count(value: number): string {
  return value.toLocaleString('en-GB');
}

/** A zero-based column as its letters: 0 is A, 16383 is XFD. */
function columnName(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/** The parts read-excel-file unpacks (every .xml and .xml.rels), so the sizes counted are the ones it reads. */
function isXmlPart(name: string): boolean {
  return name.endsWith('.xml') || name.endsWith('.xml.rels');
}

interface SheetScan {
  /** The longest run of characters between two tags, and the cell it is in (null: outside any cell). */
  longestRun: number;
  runCell: string | null;
  /** One past the last row and column that hold a cell. */
  rows: number;
  columns: number;
}

const QUOTE = 0x22;

/**
 * The r attribute of the tag between `from` and `to` (r="XFD20000"), read from the bytes: a
 * regular expression per tag made the scan of 200,000 cells take seconds.
 */
function referenceAttribute(xml: Uint8Array, from: number, to: number): string | null {
  for (let index = from; index + 3 < to; index += 1) {
    if (xml[index] !== 0x20 || xml[index + 1] !== 0x72 || xml[index + 2] !== 0x3d || xml[index + 3] !== QUOTE) continue;
    let text = '';
    for (let at = index + 4; at < to && xml[at] !== QUOTE && text.length < 12; at += 1) {
      text += String.fromCharCode(xml[at] ?? 0);
    }
    return text;
  }
  return null;
}

/** "XFD20000" as one-based [row, column]. */
function referenceOf(reference: string | null): [row: number, column: number] | null {
  const match = /^([A-Z]{1,3})(\d{1,7})$/.exec(reference ?? '');
  if (!match) return null;
  let column = 0;
  for (const letter of match[1] ?? '') column = column * 26 + (letter.charCodeAt(0) - 64);
  return [Number(match[2]), column];
}

/**
 * One pass over a part's bytes: the longest text between tags (in characters: UTF-8 continuation
 * bytes are not counted) and, for a sheet, the furthest row and column that hold a cell. A byte loop,
 * not a regular expression, so 64 MB is scanned in well under a second with no copies.
 */
function scanXml(xml: Uint8Array): SheetScan {
  const scan: SheetScan = { longestRun: 0, runCell: null, rows: 0, columns: 0 };
  let run = 0;
  let cell: string | null = null;
  let row = 0;
  let column = 0;
  for (let index = 0; index < xml.length; index += 1) {
    const byte = xml[index] ?? 0;
    if (byte !== LESS_THAN) {
      if ((byte & 0xc0) !== 0x80) run += 1;
      continue;
    }
    if (run > scan.longestRun) {
      scan.longestRun = run;
      scan.runCell = cell;
    }
    run = 0;
    const end = xml.indexOf(GREATER_THAN, index);
    if (end < 0) break;
    const first = xml[index + 1];
    const second = xml[index + 2];
    const isName = (byte: number | undefined) => byte === 0x20 || byte === GREATER_THAN || byte === 0x2f;
    if (first === 0x72 && second === 0x6f && xml[index + 3] === 0x77 && isName(xml[index + 4])) {
      // <row r="12">: a row without r follows the one before it, as Excel reads it.
      row = Number(referenceAttribute(xml, index, end) ?? row + 1);
      column = 0;
      scan.rows = Math.max(scan.rows, row);
    } else if (first === 0x63 && isName(second)) {
      const address = referenceOf(referenceAttribute(xml, index, end));
      [row, column] = address ?? [row, column + 1];
      cell = `${columnName(column - 1)}${row}`;
      scan.rows = Math.max(scan.rows, row);
      scan.columns = Math.max(scan.columns, column);
      if (xml[end - 1] === 0x2f) cell = null;
    } else if (first === 0x2f && second === 0x63 && xml[index + 3] === GREATER_THAN) {
      cell = null;
    }
    index = end;
  }
  if (run > scan.longestRun) {
    scan.longestRun = run;
    scan.runCell = cell;
  }
  return scan;
}

function problem(rule: Problem['rule'], message: string): Problem[] {
  return [{ severity: 'error', rule, message }];
}

const RESAVE = 'Open it in Excel and save it again, or save the sheet as "CSV UTF-8" and upload that.';

/**
 * Refuses a workbook that unpacks to more than MAX_XLSX_XML_BYTES of XML, from the sizes in its zip
 * directory alone, before anything is unpacked. fflate unpacks each part into a buffer of the size the
 * directory gives, so a part that claims less than it holds is cut short, never larger. Empty when
 * within the limit or when the zip cannot be read (the reader then says it is damaged).
 */
export function unpackedSizeProblems(bytes: Uint8Array, fileName: string): Problem[] {
  let unpacked = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (isXmlPart(file.name)) unpacked += file.originalSize;
        return false;
      },
    });
  } catch {
    return [];
  }
  if (unpacked <= MAX_XLSX_XML_BYTES) return [];
  return problem(
    'xlsx_too_large',
    `${fileName} unpacks to ${megabytes(unpacked)} MB of spreadsheet XML; the most read is ${megabytes(MAX_XLSX_XML_BYTES)} MB. Save the sheet as "CSV UTF-8", or split it by year, and upload that.`,
  );
}

/**
 * Refuses a first sheet wider than MAX_SHEET_COLUMNS or larger than MAX_SHEET_CELLS (a stray cell at
 * XFD20000 makes a grid of 300 million), or a run of text longer than a cell can hold in the sheet or
 * its shared text: read-excel-file re-reads such a run chunk by chunk, so 20 MB of whitespace after
 * </sheetData> took it a minute and gigabytes. One scan of each part, before the library reads it.
 */
export function sheetLimitProblems(
  fileName: string,
  sheet: Uint8Array | undefined,
  sharedStrings: Uint8Array | undefined,
): Problem[] {
  if (sharedStrings) {
    const { longestRun } = scanXml(sharedStrings);
    if (longestRun > MAX_TEXT_RUN) {
      return problem(
        'unreadable_xlsx',
        `${fileName} cannot be read: its shared text has a run of ${count(longestRun)} characters, and a cell holds at most ${count(MAX_TEXT_RUN)}. ${RESAVE}`,
      );
    }
  }
  if (!sheet) return [];
  const scan = scanXml(sheet);
  if (scan.longestRun > MAX_TEXT_RUN) {
    const where = scan.runCell === null ? 'outside any cell' : `in cell ${scan.runCell}`;
    return problem(
      'unreadable_xlsx',
      `${fileName} cannot be read: its first sheet has a run of ${count(scan.longestRun)} characters ${where}, and a cell holds at most ${count(MAX_TEXT_RUN)}. ${RESAVE}`,
    );
  }
  if (scan.columns > MAX_SHEET_COLUMNS) {
    return problem(
      'sheet_too_large',
      `${fileName} is too large to read: its first sheet reaches column ${columnName(scan.columns - 1)} (${count(scan.columns)} columns); the most read is ${count(MAX_SHEET_COLUMNS)}. Delete the columns to the right of the figures (or clear a stray cell there), save and upload it again.`,
    );
  }
  const cells = scan.rows * scan.columns;
  if (cells > MAX_SHEET_CELLS) {
    return problem(
      'sheet_too_large',
      `${fileName} is too large to read: its first sheet spans ${count(scan.rows)} rows by ${count(scan.columns)} columns (${count(cells)} cells); the most read is ${count(MAX_SHEET_CELLS)} cells. Delete the rows below the figures (or clear a stray cell there), or split the sheet by year, and upload it again.`,
    );
  }
  return [];
}
