/*
 * One pass over a part of a workbook, before read-excel-file reads it, for what the library does not
 * say: how far the sheet reaches, the longest run of text (which the library re-reads chunk by
 * chunk), and the cells it gives back as empty although they are not: Excel error cells (#DIV/0!,
 * #N/A) and formulas with no saved result. A byte loop, not a regular expression, so 64 MB is
 * scanned in well under a second without copying it.
 */

const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;
const SLASH = 0x2f;
const SPACE = 0x20;
const QUOTE = 0x22;
const EQUALS = 0x3d;
const LETTER = { c: 0x63, f: 0x66, i: 0x69, o: 0x6f, r: 0x72, s: 0x73, t: 0x74, v: 0x76, w: 0x77 };

/** A cell the library reads as empty although it holds something: an error, or a formula never calculated. */
export interface UnreadCell {
  /** Zero-based, as the library's rows are. */
  row: number;
  column: number;
  /** The error Excel shows (#DIV/0!), or null for a formula with no saved result. */
  error: string | null;
}

export interface XmlScan {
  /** The longest run of characters between two tags, and the cell it is in (null: outside any cell). */
  longestRun: number;
  runCell: string | null;
  /** The last row and column (one-based) that hold a cell. */
  rows: number;
  columns: number;
  unreadCells: UnreadCell[];
}

/** A zero-based column as its letters: 0 is A, 16383 is XFD. */
export function columnName(index: number): string {
  let letters = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * The value of a one-letter attribute (r="XFD20000", t="e") of the tag between `from` and `to`, read
 * from the bytes: a regular expression per tag made the scan of 200,000 cells take seconds.
 */
function attribute(xml: Uint8Array, from: number, to: number, name: number): string | null {
  for (let index = from; index + 3 < to; index += 1) {
    if (xml[index] !== SPACE || xml[index + 1] !== name || xml[index + 2] !== EQUALS || xml[index + 3] !== QUOTE) {
      continue;
    }
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

/** Whether the tag at `index` is `<name ` or `<name>` or `<name/>` (`name` as bytes). */
function isTag(xml: Uint8Array, index: number, name: readonly number[]): boolean {
  for (let at = 0; at < name.length; at += 1) if (xml[index + 1 + at] !== name[at]) return false;
  const after = xml[index + 1 + name.length];
  return after === SPACE || after === GREATER_THAN || after === SLASH;
}

const ROW = [LETTER.r, LETTER.o, LETTER.w];
const CELL = [LETTER.c];
const CELL_END = [SLASH, LETTER.c];
const FORMULA = [LETTER.f];
const VALUE = [LETTER.v];
const INLINE_STRING = [LETTER.i, LETTER.s];

const decoder = new TextDecoder();

/** The most unread cells listed: past this the file is not a sheet of figures with a few bad cells. */
const MAX_UNREAD_CELLS = 1000;

/** Scans a sheet or the shared text (docs above). */
export function scanXml(xml: Uint8Array): XmlScan {
  const scan: XmlScan = { longestRun: 0, runCell: null, rows: 0, columns: 0, unreadCells: [] };
  let run = 0;
  let cell: string | null = null;
  let row = 0;
  let column = 0;
  // The cell being read: its type, whether it has a formula, and its value's text (null: none yet).
  let isError = false;
  let hasFormula = false;
  let value: string | null = null;
  let valueStart = -1;
  const endCell = () => {
    if (cell !== null && scan.unreadCells.length < MAX_UNREAD_CELLS) {
      if (isError) scan.unreadCells.push({ row: row - 1, column: column - 1, error: value ?? '#VALUE!' });
      else if (hasFormula && value === null) scan.unreadCells.push({ row: row - 1, column: column - 1, error: null });
    }
    cell = null;
  };
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
    if (valueStart >= 0) {
      value = decoder.decode(xml.subarray(valueStart, Math.min(index, valueStart + 40)));
      valueStart = -1;
    }
    const end = xml.indexOf(GREATER_THAN, index);
    if (end < 0) break;
    const selfClosing = xml[end - 1] === SLASH;
    if (isTag(xml, index, ROW)) {
      // <row r="12">: a row without r follows the one before it, as Excel reads it.
      row = Number(attribute(xml, index, end, LETTER.r) ?? row + 1);
      column = 0;
      scan.rows = Math.max(scan.rows, row);
    } else if (isTag(xml, index, CELL)) {
      const address = referenceOf(attribute(xml, index, end, LETTER.r));
      [row, column] = address ?? [row, column + 1];
      cell = `${columnName(column - 1)}${row}`;
      scan.rows = Math.max(scan.rows, row);
      scan.columns = Math.max(scan.columns, column);
      isError = attribute(xml, index, end, LETTER.t) === 'e';
      hasFormula = false;
      value = null;
      if (selfClosing) endCell();
    } else if (cell !== null && isTag(xml, index, CELL_END)) {
      endCell();
    } else if (cell !== null && isTag(xml, index, FORMULA)) {
      hasFormula = true;
    } else if (cell !== null && (isTag(xml, index, VALUE) || isTag(xml, index, INLINE_STRING))) {
      value = '';
      if (!selfClosing) valueStart = end + 1;
    }
    index = end;
  }
  if (run > scan.longestRun) {
    scan.longestRun = run;
    scan.runCell = cell;
  }
  return scan;
}
