import { describe, expect, it } from 'vitest';
import { inChildWords, wordList } from './child-words';

const LIST = wordList([
  { words: 'children looked after (CLA)', childWords: 'children in care' },
  { words: 'children looked after', childWords: 'children in care' },
  { words: 'CLA', childWords: 'children in care' },
  { words: 'placement changes', childWords: 'moves' },
  { words: 'placements', childWords: 'homes' },
  { words: 'placement', childWords: 'home' },
  { words: 'foster carers', childWords: 'foster carers' },
  { words: 'carers', childWords: 'people who care for you' },
]);

describe('inChildWords', () => {
  it.each([
    {
      text: 'Rate of children looked after (CLA) per 10,000 children aged under 18',
      words: 'Rate of children in care per 10,000 children aged under 18',
    },
    {
      text: 'Percentage of CLA with 3 or more placements',
      words: 'Percentage of children in care with 3 or more homes',
    },
    { text: 'CLA who have had a dental check', words: 'Children in care who have had a dental check' },
    { text: 'Placement changes in the year', words: 'Moves in the year' },
    { text: 'living in the same placement for 2 years', words: 'living in the same home for 2 years' },
    {
      text: 'approved foster carers and other carers',
      words: 'approved foster carers and other people who care for you',
    },
    { text: 'replacement windows', words: 'replacement windows' },
  ])('writes "$text" as "$words"', ({ text, words }) => {
    expect(inChildWords(text, LIST)).toBe(words);
  });

  it('leaves every text as it is with an empty list', () => {
    expect(inChildWords('CLA placement', wordList([]))).toBe('CLA placement');
  });
});
