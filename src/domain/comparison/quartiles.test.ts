import { describe, expect, it } from 'vitest';
import { quartileBandOf, quartilesOf } from './quartiles';

describe('quartilesOf (R type 7, as LAIT)', () => {
  it.each([
    // n = 4: positions 0.75, 1.5 and 2.25 between the sorted figures 1, 2, 3, 4.
    { values: [4, 1, 3, 2], quartiles: { lower: 1.75, median: 2.5, upper: 3.25 } },
    // n = 5: positions 1, 2 and 3 fall on figures.
    { values: [10, 20, 30, 40, 50], quartiles: { lower: 20, median: 30, upper: 40 } },
    // n = 12, whole-number percentages with ties: positions 2.75, 5.5 and 8.25.
    {
      values: [60, 62, 64, 64, 66, 66, 66, 68, 70, 70, 72, 74],
      quartiles: { lower: 64, median: 66, upper: 70 },
    },
    { values: [7], quartiles: { lower: 7, median: 7, upper: 7 } },
  ])('gives the quartiles of $values', ({ values, quartiles }) => {
    expect(quartilesOf(values)).toEqual(quartiles);
  });

  it('gives none for no figures', () => {
    expect(quartilesOf([])).toBeNull();
  });
});

describe('quartileBandOf', () => {
  // The twelve figures above: quartiles 64, 66 and 70.
  const quartiles = { lower: 64, median: 66, upper: 70 };
  it.each([
    { value: 60, lower: 'A', higher: 'D' },
    // On a cut-point a figure takes the quarter below it, whichever direction is better.
    { value: 64, lower: 'A', higher: 'D' },
    { value: 65, lower: 'B', higher: 'C' },
    { value: 66, lower: 'B', higher: 'C' },
    { value: 68, lower: 'C', higher: 'B' },
    { value: 70, lower: 'C', higher: 'B' },
    { value: 71, lower: 'D', higher: 'A' },
  ] as const)(
    'bands $value as $lower where lower is better and $higher where higher is',
    ({ value, lower, higher }) => {
      expect(quartileBandOf(value, quartiles, 'lower_is_better')).toBe(lower);
      expect(quartileBandOf(value, quartiles, 'higher_is_better')).toBe(higher);
    },
  );

  it('gives no band to a measure with no good direction', () => {
    expect(quartileBandOf(60, quartiles, 'no_polarity')).toBeNull();
  });
});
