/**
 * The Children in Care Council's word list (data/child-friendly-words.csv), built into the app so
 * the child-friendly view works offline and without a second fetch. It is small; a change to the
 * file takes effect with the next build.
 */
import wordsCsv from '../../data/child-friendly-words.csv?raw';
import { readWordList } from '../domain/readers/word-list';
import { wordList, type WordList } from '../domain/text/child-words';
import type { Problem } from '../domain/readers/result';
import { readPlainCsvText } from './csv-table';

let list: { value: WordList; problems: Problem[] } | null = null;

/** The list ready to apply, read once; with a problem in the file, the rows that could be read. */
export function childWordList(): { value: WordList; problems: Problem[] } {
  if (!list) {
    // The list is a file of this repository, saved plain (a test checks), so the first screen reads it without papaparse.
    const table = readPlainCsvText('child-friendly-words.csv', wordsCsv) ?? {
      value: { fileName: 'child-friendly-words.csv', header: [], records: [] },
      problems: [
        {
          severity: 'error' as const,
          rule: 'unreadable_csv' as const,
          message:
            'child-friendly-words.csv has a line break or quote inside a cell, which the app reads only in uploads. Save it again with each word on one line.',
        },
      ],
    };
    const read = readWordList(table.value);
    list = { value: wordList(read.value), problems: [...table.problems, ...read.problems] };
  }
  return list;
}
