import { unzipSync } from 'fflate';
import type { Problem } from '../domain/readers/result';
import { megabytes } from './decode';
import { columnName, type XmlScan } from './xlsx-scan';
import { grouped } from '../domain/text/figures';

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

function count(value: number): string {
  return grouped(value);
}

/** The parts read-excel-file unpacks (every .xml and .xml.rels), so the sizes counted are the ones it reads. */
function isXmlPart(name: string): boolean {
  return name.endsWith('.xml') || name.endsWith('.xml.rels');
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
export function sheetLimitProblems(fileName: string, sheet: XmlScan | null, sharedStrings: XmlScan | null): Problem[] {
  if (sharedStrings) {
    const { longestRun } = sharedStrings;
    if (longestRun > MAX_TEXT_RUN) {
      return problem(
        'unreadable_xlsx',
        `${fileName} cannot be read: its shared text has a run of ${count(longestRun)} characters, and a cell holds at most ${count(MAX_TEXT_RUN)}. ${RESAVE}`,
      );
    }
  }
  if (!sheet) return [];
  const scan = sheet;
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
