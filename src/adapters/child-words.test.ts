import { describe, expect, it } from 'vitest';
import { inChildWords } from '../domain/text/child-words';
import { childWordList } from './child-words';

describe('childWordList', () => {
  it('reads the shipped list, as built into the app, without a problem', () => {
    const { value, problems } = childWordList();
    expect(problems).toEqual([]);
    expect(inChildWords('Percentage of CLA with 3 or more placements during the year', value)).toBe(
      'Percentage of children in care with 3 or more moves during the year',
    );
  });
});
