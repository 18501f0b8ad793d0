import { describe, expect, it } from 'vitest';
import { describeNeighbourBasis } from './neighbours';

describe('describeNeighbourBasis', () => {
  it.each([
    { basis: { kind: 'supplied' } as const, words: 'From the council’s own scorecard' },
    {
      basis: { kind: 'computed', used: 10, of: 10, method: 'mean', model: '2021' } as const,
      words: 'Mean of the 10 most similar councils (DfE’s 2021 model)',
    },
    {
      basis: { kind: 'computed', used: 9, of: 10, method: 'median', model: '2025' } as const,
      words: 'Median of 9 of the 10 most similar councils (DfE’s 2025 model)',
    },
  ])('describes a $basis.kind figure as "$words"', ({ basis, words }) => {
    expect(describeNeighbourBasis(basis)).toBe(words);
  });
});
