import { describe, expect, test } from 'vitest';
import { sparklineSegments } from './sparkline-geometry';

describe('sparklineSegments', () => {
  test.each([
    {
      name: 'spreads a rising series from bottom left to top right',
      values: [1, 2, 3],
      expected: [
        [
          { x: 0, y: 10 },
          { x: 5, y: 5 },
          { x: 10, y: 0 },
        ],
      ],
    },
    {
      name: 'breaks the line at a missing value instead of dropping to zero',
      values: [1, null, 3],
      expected: [[{ x: 0, y: 10 }], [{ x: 10, y: 0 }]],
    },
    {
      name: 'draws a flat series across the middle',
      values: [4, 4],
      expected: [
        [
          { x: 0, y: 5 },
          { x: 10, y: 5 },
        ],
      ],
    },
    { name: 'centres a single value', values: [7], expected: [[{ x: 5, y: 5 }]] },
    { name: 'draws nothing when there is no figure', values: [null, null], expected: [] },
  ])('$name', ({ values, expected }) => {
    expect(sparklineSegments(values, 10, 10, 0)).toEqual(expected);
  });

  test('keeps points inside the padding', () => {
    expect(sparklineSegments([0, 10], 20, 10, 2)).toEqual([
      [
        { x: 2, y: 8 },
        { x: 18, y: 2 },
      ],
    ]);
  });
});
