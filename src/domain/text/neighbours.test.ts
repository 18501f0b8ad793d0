import { describe, expect, it } from 'vitest';
import { describeNeighbourBasis } from './neighbours';

describe('describeNeighbourBasis', () => {
  it.each([
    { basis: { kind: 'supplied' } as const, words: 'Supplied in the data' },
    {
      basis: { kind: 'computed', used: 9, of: 10, method: 'median', model: '2025' } as const,
      words: "Median of 9 of the 10 statistical neighbours' figures (DfE model 2025)",
    },
  ])('describes a $basis.kind figure as "$words"', ({ basis, words }) => {
    expect(describeNeighbourBasis(basis)).toBe(words);
  });
});
