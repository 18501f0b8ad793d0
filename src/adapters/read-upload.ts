import type { ParseResult, Problem, SourceTable } from '../domain/readers/result';
import { readCsvTable } from './csv';
import { decodeText, emptyFileProblems, uploadSizeProblems } from './decode';
import { readXlsxTable } from './xlsx';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLD_OFFICE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

// Problems that mean the file as a whole could not be read as a table: reading its rows would only
// add "missing column" noise below the real reason.
const WHOLE_FILE_RULES = new Set([
  'wrong_delimiter',
  'empty_file',
  'unreadable_xlsx',
  'xlsx_too_large',
  'sheet_too_large',
]);

function refused(problems: Problem[]): ParseResult<SourceTable | null> {
  return { value: null, problems };
}

/**
 * Reads an uploaded file, CSV or .xlsx, into a table for readImport. The one entry the upload
 * worker and the command line share, so both accept and refuse exactly the same files. The value is
 * null when the file cannot be read as a table at all (too large, empty, not text, an old .xls, a
 * damaged workbook, the wrong delimiter), with the reason in `problems`; otherwise the table comes
 * with any problems found while splitting it into rows. Never throws.
 */
export async function readUpload(bytes: Uint8Array, fileName: string): Promise<ParseResult<SourceTable | null>> {
  const tooLarge = uploadSizeProblems(bytes.length, fileName);
  if (tooLarge.length > 0) return refused(tooLarge);
  if (bytes.length === 0) return refused(emptyFileProblems(fileName));
  if (/\.xls$/i.test(fileName) || startsWith(bytes, OLD_OFFICE_SIGNATURE)) {
    return refused([
      {
        severity: 'error',
        rule: 'old_excel_file',
        message: `${fileName} is an old Excel 97-2003 workbook (.xls), which this page does not read. Open it in Excel and save it as "Excel Workbook (.xlsx)" or "CSV UTF-8".`,
      },
    ]);
  }
  if (startsWith(bytes, ZIP_SIGNATURE) || /\.xlsx$/i.test(fileName)) {
    const read = await readXlsxTable(bytes, fileName);
    return read.problems.some((problem) => WHOLE_FILE_RULES.has(problem.rule)) ? refused(read.problems) : read;
  }
  const decoded = decodeText(bytes, fileName);
  if (decoded.value === null) return refused(decoded.problems);
  const read = readCsvTable(fileName, decoded.value);
  return read.problems.some((problem) => WHOLE_FILE_RULES.has(problem.rule)) ? refused(read.problems) : read;
}
