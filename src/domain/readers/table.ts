import { hasInvisible, quoted } from '../text/quote';
import { listOf } from '../text/lists';
import type { Problem, SourceRecord, SourceTable } from './result';
import { closestMatches } from './suggest';

/**
 * Checks that a file's header has the columns a reader needs. Header names are matched ignoring
 * case and surrounding spaces because spreadsheets often change both.
 */
export function missingColumns(table: SourceTable, required: readonly string[]): Problem[] {
  const present = new Set(table.header.map((name) => name.trim().toLowerCase()));
  return required
    .filter((column) => !present.has(column))
    .map((column) => ({
      severity: 'error' as const,
      rule: 'missing_column',
      row: 1,
      column,
      message: `${table.fileName}: the header has no ${quoted(column)} column. The first row must name the columns ${required.join(', ')}.`,
    }));
}

/** A cell by its lower-case column name, whatever case the header used. */
export function cell(record: SourceRecord, column: string): string {
  const exact = record.cells[column];
  if (exact !== undefined) return exact.trim();
  for (const [name, text] of Object.entries(record.cells)) {
    if (name.trim().toLowerCase() === column) return text.trim();
  }
  return '';
}

export function emptyFileProblem(table: SourceTable): Problem[] {
  return table.records.length === 0
    ? [
        {
          severity: 'error',
          rule: 'empty_file',
          message: `${table.fileName} has a header but no rows. Add at least one row below the header.`,
        },
      ]
    : [];
}

/** A header that names a column twice: which cell would a reader take? Refused in every file format. */
export function duplicateColumnProblems(fileName: string, header: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    const key = name.toLowerCase();
    if (name !== '' && seen.has(key)) {
      problems.push({
        severity: 'error',
        rule: 'duplicate_column',
        row: 1,
        column: name,
        message: `${fileName}: the header names the column ${quoted(name)} twice. Rename or remove one of them.`,
      });
    }
    seen.add(key);
  }
  return problems;
}

/**
 * A header column the layout does not read: its cells would be dropped without a word, so it is a
 * warning naming it, with the column it is closest to. A misspelt `numerater` or a `denominator`
 * with a zero-width space in it (copied from a web page) looks right in Excel but is not read.
 * Matched as `cell` matches, ignoring case and surrounding spaces; blank names are not reported.
 */
export function unknownColumnProblems(table: SourceTable, known: readonly string[]): Problem[] {
  const knownNames = new Set(known);
  const problems: Problem[] = [];
  for (const name of table.header) {
    const key = name.trim().toLowerCase();
    if (key === '' || knownNames.has(key)) continue;
    const [closest] = closestMatches(key.replace(/[^\p{L}\p{N}_ ]/gu, ''), known, 1);
    const invisible = hasInvisible(name) ? ' It holds a character that does not show, named here in <>.' : '';
    const suggestion = closest === undefined ? '' : ` Did you mean ${quoted(closest)}?`;
    problems.push({
      severity: 'warning',
      rule: 'unknown_column',
      row: 1,
      column: name,
      message: `${table.fileName}: the header's column ${quoted(name)} is not one this file's layout reads, so its cells are not read.${suggestion}${invisible} The columns read are ${listOf(known)}; rename the column, or delete it if it is not needed.`,
    });
  }
  return problems;
}

/** An error in one cell of a file, saying the file, row and column before what is wrong and what to write. */
export function cellError(
  table: SourceTable,
  record: SourceRecord,
  column: string,
  rule: Problem['rule'],
  message: string,
): Problem {
  return {
    severity: 'error',
    rule,
    row: record.row,
    column,
    message: `${table.fileName} row ${record.row}, column ${column}: ${message}`,
  };
}
