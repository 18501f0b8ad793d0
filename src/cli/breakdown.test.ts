import { describe, expect, it } from 'vitest';
import { repoPath } from '../../test/unit/tables';
import { run } from '../../test/unit/cli';

interface Printed {
  area: string;
  breakdowns: {
    id: string;
    snapshots: string[];
    categories: {
      key: string;
      figures: { count: number | null; percent: number | null }[];
      change: { count: number | null; percent: number | null } | null;
    }[];
    comparators: {
      area: string;
      period: string;
      figures: { key: string; count: number | null; percent: number | null }[];
    }[];
  }[];
}

describe('scorecard breakdown', () => {
  it("prints the sample's placement mix as JSON: every snapshot, and the change on June 2019", async () => {
    const { code, out } = await run('breakdown', '--area', 'E06000047', '--json');
    expect(code).toBe(0);
    const printed = JSON.parse(out.join('\n')) as Printed;
    const mix = printed.breakdowns.find((breakdown) => breakdown.id === 'cla_placement_types');
    expect(mix?.snapshots).toEqual(['2019-06-04', '2020-03-11', '2021-09-27']);
    const foster = mix?.categories.find((category) => category.key === 'in_house_foster_care');
    expect(foster?.figures.map(({ count, percent }) => [count, percent])).toEqual([
      [422, 45],
      [430, 48],
      [388, 43],
    ]);
    expect(foster?.change).toEqual({ count: -34, percent: -8.1 });
  });

  it("prints Stockton-on-Tees' care leavers' accommodation for 2024/25 beside the North East and England, as DfE publishes them", async () => {
    const { code, out } = await run(
      'breakdown',
      repoPath('test/fixtures/dfe/la_care_leavers_accommodation_suitability.csv'),
      '--area',
      'E06000004',
      '--period',
      '2024/25',
      '--json',
    );
    expect(code).toBe(0);
    const printed = JSON.parse(out.join('\n')) as Printed;
    const young = printed.breakdowns.find((breakdown) => breakdown.id === 'care_leavers_17_18_accommodation');
    // Raw lines: 2025,...,Stockton-on-Tees,E06000004,17 to 18 years,Accommodation considered suitable,70,80 (and 8,9; 9,10).
    expect(young?.snapshots.at(-1)).toBe('2024/25');
    expect(
      young?.categories.map((category) => [
        category.key,
        category.figures.at(-1)?.count,
        category.figures.at(-1)?.percent,
      ]),
    ).toEqual([
      ['suitable', 70, 80],
      ['unsuitable', 8, 9],
      ['no_information', 9, 10],
    ]);
    expect(
      young?.comparators.map((mix) => [
        mix.area,
        mix.period,
        mix.figures.map(({ count, percent }) => [count, percent]),
      ]),
    ).toEqual([
      [
        'E92000001',
        '2024/25',
        [
          [13380, 91],
          [500, 3],
          [870, 6],
        ],
      ],
      [
        'E12000001',
        '2024/25',
        [
          [750, 91],
          [30, 3],
          [50, 6],
        ],
      ],
    ]);
  });

  it.each([
    { file: 'unknown_breakdown_category.csv', says: "'Kinship care' is not a category of cla_placement_types" },
    { file: 'repeated_breakdown_category.csv', says: 'is given again (first on row 2)' },
  ])('refuses $file with its named error and prints no breakdown', async ({ file, says }) => {
    const { code, out, err } = await run(
      'breakdown',
      repoPath(`test/fixtures/upload/breakdowns/${file}`),
      '--area',
      'E06000047',
      '--json',
    );
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain(says);
  });

  it('asks for --area', async () => {
    const { code, err } = await run('breakdown');
    expect(code).toBe(2);
    expect(err.join('\n')).toContain('Say which local authority with --area CODE');
  });
});
