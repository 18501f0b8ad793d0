import { describe, expect, test } from 'vitest';
import { axisDomain, axisTicks } from './axis';

describe('axisDomain', () => {
  test.each([
    { values: [82.9, 90, 93.5, 67, 108], fromZero: false, domain: [60, 110] },
    { values: [82.9, 90, 93.5, 67, 108], fromZero: true, domain: [0, 125] },
    { values: [7.6, 10.7], fromZero: false, domain: [7, 11] },
    { values: [50, 50], fromZero: false, domain: [40, 60] },
    { values: [-2, 3], fromZero: false, domain: [-2, 3] },
    { values: [], fromZero: false, domain: [0, 1] },
  ])('fits $values (from zero: $fromZero) to $domain', ({ values, fromZero, domain }) => {
    expect(axisDomain(values, fromZero)).toEqual(domain);
  });
});

describe('axisTicks', () => {
  test.each([
    { domain: [60, 110] as [number, number], ticks: [60, 70, 80, 90, 100, 110] },
    { domain: [0, 125] as [number, number], ticks: [0, 25, 50, 75, 100, 125] },
    { domain: [7, 11] as [number, number], ticks: [7, 8, 9, 10, 11] },
    { domain: [0, 1] as [number, number], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] },
  ])('puts ticks on round steps across $domain', ({ domain, ticks }) => {
    expect(axisTicks(domain)).toEqual(ticks);
  });
});
