/** Reads the child-friendly word list (data/child-friendly-words.csv): one professional phrase and its replacement a row. */
import type { WordChange } from '../text/child-words';
import type { ParseResult, Problem, SourceTable } from './result';
import { cell, missingColumns } from './table';

export const WORD_LIST_COLUMNS = ['words', 'child_friendly_words'] as const;

export function readWordList(table: SourceTable): ParseResult<WordChange[]> {
  const problems: Problem[] = missingColumns(table, WORD_LIST_COLUMNS);
  if (problems.length > 0) return { value: [], problems };
  const changes: WordChange[] = [];
  const seen = new Map<string, number>();
  for (const record of table.records) {
    const words = cell(record, 'words');
    const childWords = cell(record, 'child_friendly_words');
    if (!words || !childWords) {
      problems.push({
        severity: 'error',
        rule: 'missing_value',
        row: record.row,
        column: words ? 'child_friendly_words' : 'words',
        message: `${table.fileName} row ${record.row}: give both the words and the words young people use instead.`,
      });
      continue;
    }
    const key = words.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push({
        severity: 'error',
        rule: 'duplicate_row',
        row: record.row,
        column: 'words',
        message: `${table.fileName} row ${record.row}: '${words}' is already listed in row ${earlier}. Keep one of the two rows.`,
      });
      continue;
    }
    seen.set(key, record.row);
    changes.push({ words, childWords });
  }
  return { value: changes, problems };
}
