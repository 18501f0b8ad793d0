import { describe, expect, it } from 'vitest';
import { append } from './append';
import { largest, smallest } from './extent';

const MILLION = Array.from({ length: 1_000_000 }, (_, index) => index);

describe('append', () => {
  it('adds a million items to a list without overflowing the call stack', () => {
    const target = [-1];
    expect(append(target, MILLION)).toBe(target);
    expect(target).toHaveLength(1_000_001);
    expect(target.at(-1)).toBe(999_999);
  });
});

describe('largest and smallest', () => {
  it.each([
    { values: [3, -2, 7], largest: 7, smallest: -2 },
    { values: [], largest: -Infinity, smallest: Infinity },
    { values: MILLION, largest: 999_999, smallest: 0 },
  ])('of $values.length values', ({ values, largest: high, smallest: low }) => {
    expect(largest(values)).toBe(high);
    expect(smallest(values)).toBe(low);
  });

  it('start from the floor or ceiling given, as Math.max(0, ...values) does', () => {
    expect(largest([-5, -3], 0)).toBe(0);
    expect(smallest([5, 3], 0)).toBe(0);
  });
});
