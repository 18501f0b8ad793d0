import { describe, expect, it } from 'vitest';
import { warningsAbout } from './warning-kinds';

describe('a kind of warning in words, to acknowledge it on its own', () => {
  it.each([
    { rule: 'large_change', count: 785, text: '785 warnings about large changes since the last figure' },
    { rule: 'value_disagrees_with_counts', count: 1, text: '1 warning about percentages that are not their counts' },
    { rule: 'numerator_over_denominator', count: 2, text: '2 warnings about counts larger than their totals' },
    { rule: 'unknown_area', count: 3, text: '3 warnings about the rule unknown_area' },
  ] as const)('$rule', ({ rule, count, text }) => {
    expect(warningsAbout(rule, count)).toBe(text);
  });
});
