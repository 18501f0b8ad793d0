import { describe, expect, it } from 'vitest';
import { variationOf } from './variation';

describe('variationOf', () => {
  it.each([
    { latest: 'common_cause', direction: 'increase', variation: 'common_cause' },
    { latest: 'common_cause', direction: 'neutral', variation: 'common_cause' },
    { latest: 'special_cause_improvement', direction: 'increase', variation: 'improvement_high' },
    { latest: 'special_cause_improvement', direction: 'decrease', variation: 'improvement_low' },
    { latest: 'special_cause_concern', direction: 'increase', variation: 'concern_low' },
    { latest: 'special_cause_concern', direction: 'decrease', variation: 'concern_high' },
    { latest: 'special_cause_neutral_high', direction: 'neutral', variation: 'neutral_high' },
    { latest: 'special_cause_neutral_low', direction: 'neutral', variation: 'neutral_low' },
  ] as const)('shows $variation for a latest point of $latest where the improvement is $direction', (row) => {
    expect(variationOf(row.latest, row.direction)).toBe(row.variation);
  });
});
