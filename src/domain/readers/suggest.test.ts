import { describe, expect, it, test } from 'vitest';
import { closestMatches, editDistance } from './suggest';

const MEASURE_IDS = [
  'cla_rate',
  'cla_uasc_percent',
  'cla_missing_percent',
  'cla_3plus_placements',
  'adoption_a1_days',
  'adoption_a2_days',
  'care_leavers_17_18_eet',
];

describe('editDistance', () => {
  it.each([
    { a: '', b: '', distance: 0 },
    { a: 'cla_rate', b: 'cla_rate', distance: 0 },
    { a: 'cla_rat', b: 'cla_rate', distance: 1 },
    { a: 'cla_rate', b: 'cla_rat', distance: 1 },
    { a: 'cla_rte', b: 'cla_rate', distance: 1 },
    { a: 'cla_rase', b: 'cla_rate', distance: 1 },
    { a: 'adoption_a1_days', b: 'adoption_a2_days', distance: 1 },
    { a: 'kitten', b: 'sitting', distance: 3 },
    { a: 'flaw', b: 'lawn', distance: 2 },
    { a: 'abc', b: '', distance: 3 },
    { a: '', b: 'abc', distance: 3 },
    { a: 'CLA', b: 'cla', distance: 3 },
  ])("counts $distance edits from '$a' to '$b'", ({ a, b, distance }) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe('closestMatches', () => {
  it.each([
    { text: 'cla_rat', matches: ['cla_rate'] },
    { text: 'CLA_RATE', matches: ['cla_rate'] },
    { text: 'cla_missing_pct', matches: ['cla_missing_percent'] },
    { text: 'adoption_a3_days', matches: ['adoption_a1_days', 'adoption_a2_days'] },
    { text: 'care_leavers_17_18_et', matches: ['care_leavers_17_18_eet'] },
    { text: 'number_of_social_workers', matches: [] },
    { text: 'zzz', matches: [] },
  ])("suggests $matches for '$text'", ({ text, matches }) => {
    expect(closestMatches(text, MEASURE_IDS)).toEqual(matches);
  });

  it.each([
    { text: 'ab', candidate: 'xy', matches: ['xy'] },
    { text: 'abc', candidate: 'xyz', matches: [] },
    { text: 'cla_xxxx', candidate: 'cla_rate', matches: ['cla_rate'] },
    { text: 'clxxxxxx', candidate: 'cla_rate', matches: [] },
  ])(
    "suggests '$candidate' for '$text' only within two edits or 40% of the candidate's length",
    ({ text, candidate, matches }) => {
      expect(closestMatches(text, [candidate])).toEqual(matches);
    },
  );

  test('puts the closest first, then alphabetical among equals', () => {
    expect(closestMatches('cla_rates', ['cla_ratios', 'cla_rate', 'cla_rates_x'])).toEqual([
      'cla_rate',
      'cla_rates_x',
      'cla_ratios',
    ]);
  });

  test('returns at most three suggestions by default', () => {
    expect(closestMatches('a', ['e', 'd', 'c', 'b'])).toEqual(['b', 'c', 'd']);
  });

  test('returns at most the limit it is given', () => {
    expect(closestMatches('a', ['e', 'd', 'c', 'b'], 1)).toEqual(['b']);
  });

  test('suggests nothing when there are no candidates', () => {
    expect(closestMatches('cla_rate', [])).toEqual([]);
  });
});
