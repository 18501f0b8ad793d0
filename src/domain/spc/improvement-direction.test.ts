import { describe, expect, it } from 'vitest';
import { improvementDirectionOf } from './improvement-direction';

describe('improvementDirectionOf', () => {
  it.each([
    { polarity: 'higher_is_better', direction: 'increase' },
    { polarity: 'lower_is_better', direction: 'decrease' },
    { polarity: 'no_polarity', direction: 'neutral' },
  ] as const)('reads a measure where $polarity as $direction', ({ polarity, direction }) => {
    expect(improvementDirectionOf(polarity)).toBe(direction);
  });
});
