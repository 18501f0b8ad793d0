import type { NeighbourBasis, StatNeighbourMethod } from '../comparison/neighbours';

/** How a statistical-neighbour comparator was arrived at, in words shown beside it and in a computed figure's note. */

const METHOD_WORDS: Readonly<Record<StatNeighbourMethod, string>> = { mean: 'Mean', median: 'Median' };

/** "Supplied in the data", or "Mean of 9 of the 10 statistical neighbours' figures (DfE model 2021)". */
export function describeNeighbourBasis(basis: NeighbourBasis): string {
  if (basis.kind === 'supplied') return 'Supplied in the data';
  return `${METHOD_WORDS[basis.method]} of ${basis.used} of the ${basis.of} statistical neighbours' figures (DfE model ${basis.model})`;
}
