import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIMILAR_RELATIVE_TOLERANCE,
  directionOfTravel,
  ordinal,
  quartileBand,
  rankAreas,
  roundTo,
  rateAgainst,
  type RankedArea,
} from './comparison';
import type { Polarity } from './measure';

interface RankCase {
  polarity: Polarity;
  entries: { areaCode: string; value: number | null }[];
  ranked: RankedArea[];
}

describe('rateAgainst', () => {
  it.each([
    { polarity: 'higher_is_better', value: 70, comparatorValue: 60, tolerance: 2, rating: 'better' },
    { polarity: 'higher_is_better', value: 50, comparatorValue: 60, tolerance: 2, rating: 'worse' },
    { polarity: 'higher_is_better', value: 62, comparatorValue: 60, tolerance: 2, rating: 'similar' },
    { polarity: 'higher_is_better', value: 58, comparatorValue: 60, tolerance: 2, rating: 'similar' },
    { polarity: 'higher_is_better', value: 62.1, comparatorValue: 60, tolerance: 2, rating: 'better' },
    { polarity: 'higher_is_better', value: 57.9, comparatorValue: 60, tolerance: 2, rating: 'worse' },
    { polarity: 'higher_is_better', value: 63.3, comparatorValue: 60.3, tolerance: 3, rating: 'similar' },
    { polarity: 'higher_is_better', value: 60, comparatorValue: 60, tolerance: 0, rating: 'similar' },
    { polarity: 'higher_is_better', value: 60.1, comparatorValue: 60, tolerance: 0, rating: 'better' },
    { polarity: 'lower_is_better', value: 300, comparatorValue: 400, tolerance: 20, rating: 'better' },
    { polarity: 'lower_is_better', value: 500, comparatorValue: 400, tolerance: 20, rating: 'worse' },
    { polarity: 'lower_is_better', value: 420, comparatorValue: 400, tolerance: 20, rating: 'similar' },
    { polarity: 'lower_is_better', value: 380, comparatorValue: 400, tolerance: 20, rating: 'similar' },
    { polarity: 'lower_is_better', value: 420.5, comparatorValue: 400, tolerance: 20, rating: 'worse' },
    { polarity: 'lower_is_better', value: 379.5, comparatorValue: 400, tolerance: 20, rating: 'better' },
    { polarity: 'no_polarity', value: 70, comparatorValue: 60, tolerance: 2, rating: 'not_rated' },
    { polarity: 'no_polarity', value: 60, comparatorValue: 60, tolerance: null, rating: 'not_rated' },
  ] as const)(
    'rates $value against $comparatorValue within $tolerance for $polarity as $rating',
    ({ polarity, value, comparatorValue, tolerance, rating }) => {
      expect(rateAgainst({ polarity, value, comparatorValue, tolerance })).toBe(rating);
    },
  );

  it.each([
    { polarity: 'higher_is_better', value: 63, comparatorValue: 60, rating: 'similar' },
    { polarity: 'higher_is_better', value: 57, comparatorValue: 60, rating: 'similar' },
    { polarity: 'higher_is_better', value: 63.1, comparatorValue: 60, rating: 'better' },
    { polarity: 'higher_is_better', value: 56.9, comparatorValue: 60, rating: 'worse' },
    { polarity: 'lower_is_better', value: 420, comparatorValue: 400, rating: 'similar' },
    { polarity: 'lower_is_better', value: 380, comparatorValue: 400, rating: 'similar' },
    { polarity: 'lower_is_better', value: 421, comparatorValue: 400, rating: 'worse' },
    { polarity: 'lower_is_better', value: 379, comparatorValue: 400, rating: 'better' },
    { polarity: 'higher_is_better', value: -10.5, comparatorValue: -10, rating: 'similar' },
    { polarity: 'higher_is_better', value: -10.6, comparatorValue: -10, rating: 'worse' },
    { polarity: 'lower_is_better', value: 0, comparatorValue: 0, rating: 'similar' },
    { polarity: 'lower_is_better', value: 0.1, comparatorValue: 0, rating: 'worse' },
  ] as const)(
    'rates $value against $comparatorValue for $polarity as $rating by the default 5% of the comparator',
    ({ polarity, value, comparatorValue, rating }) => {
      expect(rateAgainst({ polarity, value, comparatorValue, tolerance: null })).toBe(rating);
    },
  );

  it.each([
    { polarity: 'higher_is_better', value: null, comparatorValue: 60, tolerance: 2 },
    { polarity: 'higher_is_better', value: 60, comparatorValue: null, tolerance: null },
    { polarity: 'lower_is_better', value: null, comparatorValue: null, tolerance: 2 },
    { polarity: 'lower_is_better', value: Number.NaN, comparatorValue: 60, tolerance: 2 },
  ] as const)(
    'does not rate $value against $comparatorValue for $polarity',
    ({ polarity, value, comparatorValue, tolerance }) => {
      expect(rateAgainst({ polarity, value, comparatorValue, tolerance })).toBe('not_rated');
    },
  );

  it('uses 5% as the default relative tolerance', () => {
    expect(DEFAULT_SIMILAR_RELATIVE_TOLERANCE).toBe(0.05);
  });
});

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

describe('rankAreas', () => {
  const entries = [
    { areaCode: 'E06000004', value: 50 },
    { areaCode: 'E06000001', value: 70 },
    { areaCode: 'E06000005', value: null },
    { areaCode: 'E06000003', value: 60 },
    { areaCode: 'E06000002', value: 60 },
  ];

  it.each([
    {
      polarity: 'higher_is_better',
      ranked: [
        { areaCode: 'E06000001', value: 70, rank: 1, of: 4, band: 'A' },
        { areaCode: 'E06000002', value: 60, rank: 2, of: 4, band: 'B' },
        { areaCode: 'E06000003', value: 60, rank: 2, of: 4, band: 'B' },
        { areaCode: 'E06000004', value: 50, rank: 4, of: 4, band: 'D' },
      ],
    },
    {
      polarity: 'lower_is_better',
      ranked: [
        { areaCode: 'E06000004', value: 50, rank: 1, of: 4, band: 'A' },
        { areaCode: 'E06000002', value: 60, rank: 2, of: 4, band: 'B' },
        { areaCode: 'E06000003', value: 60, rank: 2, of: 4, band: 'B' },
        { areaCode: 'E06000001', value: 70, rank: 4, of: 4, band: 'D' },
      ],
    },
    {
      polarity: 'no_polarity',
      ranked: [
        { areaCode: 'E06000004', value: 50, rank: 1, of: 4, band: 'A' },
        { areaCode: 'E06000002', value: 60, rank: 2, of: 4, band: 'B' },
        { areaCode: 'E06000003', value: 60, rank: 2, of: 4, band: 'B' },
        { areaCode: 'E06000001', value: 70, rank: 4, of: 4, band: 'D' },
      ],
    },
  ] as const)('ranks areas best first for $polarity, sharing ties and skipping blanks', ({ polarity, ranked }) => {
    expect(rankAreas(entries, polarity)).toEqual(ranked);
  });

  it.each<RankCase>([
    {
      polarity: 'higher_is_better',
      entries: [
        { areaCode: 'E10000002', value: 5 },
        { areaCode: 'E10000001', value: 5 },
        { areaCode: 'E10000003', value: 5 },
      ],
      ranked: [
        { areaCode: 'E10000001', value: 5, rank: 1, of: 3, band: 'A' },
        { areaCode: 'E10000002', value: 5, rank: 1, of: 3, band: 'A' },
        { areaCode: 'E10000003', value: 5, rank: 1, of: 3, band: 'A' },
      ],
    },
    {
      polarity: 'lower_is_better',
      entries: [
        { areaCode: 'E10000001', value: null },
        { areaCode: 'E10000002', value: null },
      ],
      ranked: [],
    },
    { polarity: 'higher_is_better', entries: [], ranked: [] },
  ])('ranks $entries.length areas for $polarity into $ranked.length ranks', ({ polarity, entries: given, ranked }) => {
    expect(rankAreas(given, polarity)).toEqual(ranked);
  });

  it('keeps only the ranking fields of richer entries', () => {
    const richer = [{ areaCode: 'E09000001', areaName: 'City of London', value: 12 }];
    expect(rankAreas(richer, 'higher_is_better')).toEqual([
      { areaCode: 'E09000001', value: 12, rank: 1, of: 1, band: 'A' },
    ]);
  });
});

describe('quartileBand', () => {
  it.each([
    { rank: 1, of: 12, band: 'A' },
    { rank: 3, of: 12, band: 'A' },
    { rank: 4, of: 12, band: 'B' },
    { rank: 6, of: 12, band: 'B' },
    { rank: 7, of: 12, band: 'C' },
    { rank: 9, of: 12, band: 'C' },
    { rank: 10, of: 12, band: 'D' },
    { rank: 12, of: 12, band: 'D' },
    { rank: 1, of: 153, band: 'A' },
    { rank: 39, of: 153, band: 'A' },
    { rank: 40, of: 153, band: 'B' },
    { rank: 77, of: 153, band: 'B' },
    { rank: 78, of: 153, band: 'C' },
    { rank: 115, of: 153, band: 'C' },
    { rank: 116, of: 153, band: 'D' },
    { rank: 153, of: 153, band: 'D' },
    { rank: 1, of: 1, band: 'A' },
    { rank: 0, of: 12, band: 'A' },
    { rank: 13, of: 12, band: 'D' },
    { rank: 1, of: 0, band: 'A' },
  ])('puts rank $rank of $of in band $band', ({ rank, of, band }) => {
    expect(quartileBand(rank, of)).toBe(band);
  });
});

describe('ordinal', () => {
  it.each([
    { n: 1, text: '1st' },
    { n: 2, text: '2nd' },
    { n: 3, text: '3rd' },
    { n: 4, text: '4th' },
    { n: 10, text: '10th' },
    { n: 11, text: '11th' },
    { n: 12, text: '12th' },
    { n: 13, text: '13th' },
    { n: 21, text: '21st' },
    { n: 22, text: '22nd' },
    { n: 23, text: '23rd' },
    { n: 101, text: '101st' },
    { n: 111, text: '111th' },
    { n: 112, text: '112th' },
    { n: 153, text: '153rd' },
  ])('writes $n as $text', ({ n, text }) => {
    expect(ordinal(n)).toBe(text);
  });
});

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
