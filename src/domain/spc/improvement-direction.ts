import type { Polarity } from '../catalogue/measure';

/** Which way a measure improves, in Making Data Count's words; neutral where neither way is better. */
export const IMPROVEMENT_DIRECTIONS = ['increase', 'decrease', 'neutral'] as const;
export type ImprovementDirection = (typeof IMPROVEMENT_DIRECTIONS)[number];

const BY_POLARITY: Readonly<Record<Polarity, ImprovementDirection>> = {
  higher_is_better: 'increase',
  lower_is_better: 'decrease',
  no_polarity: 'neutral',
};

/** The catalogue's polarity as an SPC improvement direction, so a chart reads a measure as the scorecard does. */
export function improvementDirectionOf(polarity: Polarity): ImprovementDirection {
  return BY_POLARITY[polarity];
}
