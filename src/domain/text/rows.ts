import { listOf } from './lists';
import { grouped } from './figures';

/**
 * Rows of a file as a message names them: "row 12", "rows 12 and 40", "rows 4, 36, 37 and 212
 * others". Each row once and in order, whatever order and however often they were found (one row
 * can give several figures with the same fault), and at most `shown` named, so a fault on every
 * row of a large file is still one short line.
 */
export function rowsText(rows: Iterable<number>, shown = 3): string {
  const distinct = [...new Set(rows)].sort((a, b) => a - b);
  if (distinct.length === 1) return `row ${distinct[0] ?? ''}`;
  if (distinct.length <= shown + 1) return `rows ${listOf(distinct.map(String))}`;
  const others = distinct.length - shown;
  return `rows ${distinct.slice(0, shown).join(', ')} and ${grouped(others)} others`;
}
