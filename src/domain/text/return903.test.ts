import { describe, expect, it } from 'vitest';
import { children, ruleList } from './return903';

describe('the SSDA903 engine’s words', () => {
  it.each([
    [0, '0 children'],
    [1, '1 child'],
    [1234, '1,234 children'],
  ])('counts %i children as "%s"', (count, words) => {
    expect(children(count)).toBe(words);
  });

  it.each([
    [[4], 'rule 4'],
    [[11, 6], 'rules 6 and 11'],
    [[9, 1, 2], 'rules 1, 2 and 9'],
  ])('lists the rules %j as "%s", in order', (numbers, words) => {
    expect(ruleList(numbers)).toBe(words);
  });
});
