import { describe, expect, it, test } from 'vitest';
import { readRowsFile } from '../../../test/unit/ofsted-files';
import { located, readRepoText, realAreaDirectory } from '../../../test/unit/tables';
import type { Area } from '../areas/area';
import type { Provider } from '../readers/ofsted/providers';
import { readProviderSheet } from '../readers/ofsted/providers';
import { goodOrBetterOf, provisionComparison, provisionSummary, type ProvisionRow } from './provision';

const areas = realAreaDirectory();
const durham = areas.find('E06000047') as Area;
const manifest = JSON.parse(readRepoText('data/manifest.json')) as { ofstedProviders: string };
const shipped = readProviderSheet(readRowsFile(`data/${manifest.ofstedProviders}`), areas);
const comparison = provisionComparison(shipped.value, areas, durham);
const childrensHomes = (rows: readonly ProvisionRow[]) => rows.find((row) => row.provisionType === "Children's home");

describe("the shipped list of Ofsted's settings (data/ofsted/, at 31 March 2023)", () => {
  test('reads every setting, warning only of the two monitoring visits (Cumbria was a council that day)', () => {
    expect(shipped.value.providers).toHaveLength(3812);
    expect(shipped.problems.map((problem) => located(problem).rule)).toEqual([
      'not_a_full_inspection',
      'not_a_full_inspection',
    ]);
    expect(comparison).toMatchObject({ asAt: '2023-03-31', complete: true });
  });

  test("gives England's children's homes the judgements of Ofsted's own Table 8c (288, 1,962, 506, 63)", () => {
    expect(childrensHomes(comparison.england?.rows ?? [])?.judgements).toEqual({
      outstanding: 288,
      good: 1962,
      requires_improvement: 506,
      inadequate: 63,
    });
  });

  test("gives County Durham's children's homes by sector, with places and judgements", () => {
    const homes = childrensHomes(comparison.localAuthority.rows);
    expect(homes).toMatchObject({ settings: 44, notJudged: 2 });
    expect(homes?.bySector.map(({ sector, settings }) => [sector, settings])).toEqual([
      ['Local Authority', 10],
      ['Private', 32],
      ['Voluntary', 2],
    ]);
    expect(homes && goodOrBetterOf(homes).judged).toBe(42);
    expect(comparison.region?.area.name).toBe('North East');
  });

  test('counts a Cumbrian setting in Cumbria, a council at 31 March 2023, and in the North West', () => {
    const cumbria = shipped.value.providers.filter((provider) => provider.ofstedLocalAuthority === 'Cumbria');
    expect(cumbria.length).toBeGreaterThan(0);
    expect(cumbria.every((provider) => provider.areaCode === 'E10000006' && provider.regionCode === 'E12000002')).toBe(
      true,
    );
  });
});

const setting = (overrides: Partial<Provider>): Provider => ({
  urn: 'SC000001',
  provisionType: "Children's home",
  sector: 'Private',
  places: 4,
  shortBreakOnly: false,
  latest: { date: '2022-06-15', grade: 'good' },
  ofstedLocalAuthority: 'Durham',
  areaCode: durham.code,
  regionCode: durham.regionCode,
  source: { file: 'f.csv', row: 5 },
  ...overrides,
});

describe('provisionSummary', () => {
  test("orders types as Ofsted's tables and sectors local authority, private, voluntary", () => {
    const summary = provisionSummary(
      [
        setting({ provisionType: 'Independent Fostering Agency', places: null }),
        setting({ sector: 'Voluntary' }),
        setting({ sector: 'Local Authority', places: 6 }),
        setting({ latest: null }),
      ],
      durham,
    );
    expect(summary.rows.map((row) => row.provisionType)).toEqual(["Children's home", 'Independent Fostering Agency']);
    expect(summary.rows[0]).toMatchObject({ settings: 3, places: 14, notJudged: 1 });
    expect(summary.rows[0]?.bySector).toEqual([
      { sector: 'Local Authority', settings: 1, places: 6 },
      { sector: 'Private', settings: 1, places: 4 },
      { sector: 'Voluntary', settings: 1, places: 4 },
    ]);
  });

  it.each([
    { places: [null, null], total: null },
    { places: [null, 3], total: 3 },
    { places: [0, 0], total: 0 },
  ])('adds places $places to $total, blank never zero', ({ places, total }) => {
    const summary = provisionSummary(
      places.map((count) => setting({ places: count })),
      durham,
    );
    expect(summary.rows[0]?.places).toBe(total);
  });
});
