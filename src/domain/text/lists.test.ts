import { describe, expect, it } from 'vitest';
import { listInWords } from './lists';

describe('listInWords', () => {
  it.each([
    { parts: [], words: '' },
    { parts: ['7 improved'], words: '7 improved' },
    { parts: ['7 improved', '1 declined'], words: '7 improved and 1 declined' },
    { parts: ['7 improved', '2 sustained', '1 declined'], words: '7 improved, 2 sustained and 1 declined' },
  ])('writes $parts as "$words"', ({ parts, words }) => {
    expect(listInWords(parts)).toBe(words);
  });
});
