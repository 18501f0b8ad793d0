import { describe, expect, it } from 'vitest';
import { spacedLabels } from './spaced-labels';

describe('spacedLabels', () => {
  it.each([
    { name: 'prints every label that has room', xs: [0, 100, 200], width: 100, shown: [0, 1, 2] },
    {
      name: 'leaves out labels that would run into the next, counting back from the newest',
      xs: [0, 10, 50, 90, 100],
      width: 100,
      shown: [0, 4],
    },
    {
      name: 'always prints the oldest, the one nearest it making room',
      xs: [0, 60, 120, 180],
      width: 100,
      shown: [0, 3],
    },
    { name: 'prints nothing for no labels', xs: [], width: 100, shown: [] },
  ])('$name', ({ xs, width, shown }) => {
    expect(spacedLabels(xs, width)).toEqual(shown);
  });
});
