import { describe, expect, it } from 'vitest';
import { regionPhrase } from './regions';

describe('regionPhrase', () => {
  it.each([
    { name: 'North East', phrase: 'the North East' },
    { name: 'South West', phrase: 'the South West' },
    { name: 'East of England', phrase: 'the East of England' },
    { name: 'West Midlands', phrase: 'the West Midlands' },
    { name: 'London', phrase: 'London' },
    { name: 'Yorkshire and The Humber', phrase: 'Yorkshire and The Humber' },
  ])('writes $name as "$phrase"', ({ name, phrase }) => {
    expect(regionPhrase(name)).toBe(phrase);
  });
});
