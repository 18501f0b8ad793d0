import { quoted } from '../text/quote';
import type { Problem } from './result';

/** A heading as readers match it: case, spacing and curly quotes as spreadsheets change them do not count. */
export function headingKey(text: string): string {
  return text
    .trim()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Where each heading of a header row is, by headingKey; the first of two alike wins. */
export function headingPositions(cells: readonly string[]): Map<string, number> {
  const position = new Map<string, number>();
  cells.forEach((name, index) => {
    if (!position.has(headingKey(name))) position.set(headingKey(name), index);
  });
  return position;
}

/** A missing_column error for each required heading the header row lacks; `fix` says which sheet to use. */
export function missingHeadings(
  file: string,
  headerRow: number,
  position: ReadonlyMap<string, number>,
  required: readonly string[],
  fix: string,
): Problem[] {
  return required
    .filter((column) => !position.has(headingKey(column)))
    .map((column) => ({
      severity: 'error',
      rule: 'missing_column',
      row: headerRow,
      column,
      message: `${file} row ${headerRow}: the header has no ${quoted(column)} column. ${fix}`,
    }));
}
