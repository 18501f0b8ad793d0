import { describe, expect, it } from 'vitest';
import { readRepoCsv, tableFrom } from '../../../test/unit/tables';
import { readWordList } from './word-list';

describe('readWordList', () => {
  it('reads each phrase and the words young people use instead', () => {
    expect(readWordList(tableFrom('words.csv', ['words,child_friendly_words', 'placement,home']))).toEqual({
      value: [{ words: 'placement', childWords: 'home' }],
      problems: [],
    });
  });

  it.each([
    { name: 'a blank replacement', lines: ['placement,'], rule: 'missing_value', row: 2 },
    { name: 'a phrase listed twice', lines: ['placement,home', 'Placement,house'], rule: 'duplicate_row', row: 3 },
    { name: 'a file without both columns', lines: [], rule: 'missing_column', row: 1, header: 'words' },
  ])('refuses $name, saying where', ({ lines, rule, row, header }) => {
    const read = readWordList(tableFrom('words.csv', [header ?? 'words,child_friendly_words', ...lines]));
    expect(read.problems.map((problem) => [problem.rule, problem.row])).toEqual([[rule, row]]);
  });

  it('reads the shipped list without a problem', () => {
    const file = readRepoCsv('data/child-friendly-words.csv');
    const read = readWordList(file.value);
    expect(read.problems).toEqual([]);
    expect(read.value.find((change) => change.words === 'placement')?.childWords).toBe('home');
  });
});
