import { describe, expect, it } from 'vitest';
import type { Polarity } from '../catalogue/measure';
import { rankAreas, type RankedArea } from './rank';

interface RankCase {
  polarity: Polarity;
  entries: { areaCode: string; value: number | null }[];
  ranked: RankedArea[];
}

describe('rankAreas', () => {
  const entries = [
    { areaCode: 'E06000004', value: 50 },
    { areaCode: 'E06000001', value: 70 },
    { areaCode: 'E06000005', value: null },
    { areaCode: 'E06000003', value: 60 },
    { areaCode: 'E06000002', value: 60 },
  ];

  // Bands by LAIT's quartiles of 50, 60, 60 and 70 (R type 7): 57.5, 60 and 62.5; 60 is on the
  // median, so it takes the quarter below it: C where higher is better, B where lower is better.
  it.each([
    {
      polarity: 'higher_is_better',
      ranked: [
        { areaCode: 'E06000001', value: 70, rank: 1, of: 4, band: 'A' },
        { areaCode: 'E06000002', value: 60, rank: 2, of: 4, band: 'C' },
        { areaCode: 'E06000003', value: 60, rank: 2, of: 4, band: 'C' },
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
        { areaCode: 'E06000004', value: 50, rank: 1, of: 4, band: null },
        { areaCode: 'E06000002', value: 60, rank: 2, of: 4, band: null },
        { areaCode: 'E06000003', value: 60, rank: 2, of: 4, band: null },
        { areaCode: 'E06000001', value: 70, rank: 4, of: 4, band: null },
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
        // Every quartile is 5, and 5 is on the lower one: the first quarter, D where higher is better (as LAIT).
        { areaCode: 'E10000001', value: 5, rank: 1, of: 3, band: 'D' },
        { areaCode: 'E10000002', value: 5, rank: 1, of: 3, band: 'D' },
        { areaCode: 'E10000003', value: 5, rank: 1, of: 3, band: 'D' },
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
      { areaCode: 'E09000001', value: 12, rank: 1, of: 1, band: 'D' },
    ]);
  });
});
