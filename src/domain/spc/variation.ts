import type { PointType } from './classify';
import type { ImprovementDirection } from './improvement-direction';

/** Making Data Count's variation icons: what the latest point says about the process. */
export const VARIATIONS = [
  'common_cause',
  'improvement_high',
  'improvement_low',
  'concern_high',
  'concern_low',
  'neutral_high',
  'neutral_low',
] as const;
export type Variation = (typeof VARIATIONS)[number];

/**
 * The variation icon for the latest point's class: improvement or concern, with high or low from
 * the direction (improvement on a measure where a decrease is better is low), as NHSRplotthedots
 * chooses its icon.
 */
export function variationOf(latest: PointType, direction: ImprovementDirection): Variation {
  const better = direction === 'decrease' ? 'low' : 'high';
  const worse = direction === 'decrease' ? 'high' : 'low';
  switch (latest) {
    case 'common_cause':
      return 'common_cause';
    case 'special_cause_improvement':
      return `improvement_${better}`;
    case 'special_cause_concern':
      return `concern_${worse}`;
    case 'special_cause_neutral_high':
      return 'neutral_high';
    case 'special_cause_neutral_low':
      return 'neutral_low';
  }
}
