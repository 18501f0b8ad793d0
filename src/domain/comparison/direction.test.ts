import { describe, expect, it } from 'vitest';
import { directionOfTravel } from './direction';

describe('directionOfTravel', () => {
  it.each([
    { polarity: 'higher_is_better', previous: 60, latest: 65, direction: 'improving' },
    { polarity: 'higher_is_better', previous: 65, latest: 60, direction: 'worsening' },
    { polarity: 'higher_is_better', previous: 60, latest: 60, direction: 'no_change' },
    { polarity: 'lower_is_better', previous: 400, latest: 380, direction: 'improving' },
    { polarity: 'lower_is_better', previous: 380, latest: 400, direction: 'worsening' },
    { polarity: 'lower_is_better', previous: 400, latest: 400, direction: 'no_change' },
    { polarity: 'no_polarity', previous: 10, latest: 12, direction: 'higher' },
    { polarity: 'no_polarity', previous: 12, latest: 10, direction: 'lower' },
    { polarity: 'no_polarity', previous: 12, latest: 12, direction: 'no_change' },
    { polarity: 'higher_is_better', previous: 60, latest: 60.01, direction: 'improving' },
  ] as const)(
    'calls a move from $previous to $latest for $polarity $direction',
    ({ polarity, previous, latest, direction }) => {
      expect(directionOfTravel({ polarity, previous, latest })).toBe(direction);
    },
  );

  it.each([
    { polarity: 'higher_is_better', previous: null, latest: 60 },
    { polarity: 'lower_is_better', previous: 60, latest: null },
    { polarity: 'no_polarity', previous: null, latest: null },
  ] as const)('gives no direction from $previous to $latest for $polarity', ({ polarity, previous, latest }) => {
    expect(directionOfTravel({ polarity, previous, latest })).toBeNull();
  });
});
