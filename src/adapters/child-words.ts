/**
 * The Children in Care Council's word list (data/child-friendly-words.csv), built into the app so
 * the child-friendly view works offline and without a second fetch. It is small; a change to the
 * file takes effect with the next build.
 */
import wordsCsv from '../../data/child-friendly-words.csv?raw';
import { readWordList } from '../domain/readers/word-list';
import { wordList, type WordList } from '../domain/text/child-words';
import type { Problem } from '../domain/readers/result';
import { readCsvText } from './csv';

let list: { value: WordList; problems: Problem[] } | null = null;

/** The list ready to apply, read once; with a problem in the file, the rows that could be read. */
export function childWordList(): { value: WordList; problems: Problem[] } {
  if (!list) {
    const table = readCsvText('child-friendly-words.csv', wordsCsv);
    const read = readWordList(table.value);
    list = { value: wordList(read.value), problems: [...table.problems, ...read.problems] };
  }
  return list;
}
