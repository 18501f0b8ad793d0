import type { NeighbourBasis, StatNeighbourMethod } from '../comparison/neighbours';

/** How a statistical-neighbour comparator was arrived at, in words shown beside it and in a computed figure's note. */

const METHOD_WORDS: Readonly<Record<StatNeighbourMethod, string>> = { mean: 'Mean', median: 'Median' };

/**
 * How a neighbours' figure was got, in words a councillor reads without a glossary: "Mean of the 10
 * most similar councils (DfE’s 2021 model)", "Median of 9 of the 10 most similar councils (…)", or
 * "From the council’s own scorecard".
 */
export function describeNeighbourBasis(basis: NeighbourBasis): string {
  if (basis.kind === 'supplied') return 'From the council’s own scorecard';
  const used = basis.used === basis.of ? '' : `${basis.used} of `;
  return `${METHOD_WORDS[basis.method]} of ${used}the ${basis.of} most similar councils (DfE’s ${basis.model} model)`;
}
