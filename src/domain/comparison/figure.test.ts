import { describe, expect, it } from 'vitest';
import { roundTo } from './figure';

describe('roundTo', () => {
  it.each([
    { value: 63.94, decimalPlaces: 1, rounded: 63.9 },
    { value: 63.95, decimalPlaces: 1, rounded: 64 },
    { value: 430.6, decimalPlaces: 0, rounded: 431 },
    { value: 7, decimalPlaces: 2, rounded: 7 },
  ])('rounds $value to $decimalPlaces places as $rounded', ({ value, decimalPlaces, rounded }) => {
    expect(roundTo(value, decimalPlaces)).toBe(rounded);
  });
});
