import { describe, expect, it } from 'vitest';
import type { Polarity } from '../catalogue/measure';
import { quartileBand, rankAreas, type RankedArea } from './rank';

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
