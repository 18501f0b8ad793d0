import { expect, test } from 'vitest';
import { DURHAM, SHEFFIELD, STOCKTON, YORKSHIRE_CODE, areaDirectory } from '../../../test/unit/builders/areas';
import type { Provider } from '../readers/ofsted/providers';
import { provisionComparison } from './provision';
import { provisionTable } from './provision-table';

const setting = (urn: string, overrides: Partial<Provider>): Provider => ({
  urn,
  provisionType: "Children's home",
  sector: 'Private',
  places: 4,
  shortBreakOnly: false,
  latest: { date: '2022-06-15', grade: 'good' },
  ofstedLocalAuthority: 'Durham',
  areaCode: DURHAM.code,
  regionCode: DURHAM.regionCode,
  source: { file: 'f.csv', row: 5 },
  ...overrides,
});

const providers = [
  setting('SC000001', { sector: 'Local Authority', places: 6, latest: { date: '2022-01-01', grade: 'outstanding' } }),
  setting('SC000002', { latest: null }),
  setting('SC000003', {
    areaCode: STOCKTON.code,
    sector: 'Voluntary',
    latest: { date: '2022-01-01', grade: 'inadequate' },
  }),
  setting('SC000004', { areaCode: SHEFFIELD.code, regionCode: YORKSHIRE_CODE }),
  setting('SC000005', {
    provisionType: 'Independent Fostering Agency',
    places: null,
    areaCode: SHEFFIELD.code,
    regionCode: YORKSHIRE_CODE,
  }),
];

test("lists the council's settings beside its region's and England's, every sector any area has, so each column adds up", () => {
  const comparison = provisionComparison(
    { providers, asAt: '2023-03-31', hasJudgements: true, hasUninspected: true },
    areaDirectory(),
    DURHAM,
  );
  const table = provisionTable(comparison);
  expect(table.areas.map((area) => area.name)).toEqual(['County Durham', 'North East', 'England']);
  expect(table.groups.map((group) => [group.heading, group.settings])).toEqual([["Children's homes", ['2', '3', '4']]]);
  expect(table.groups[0]?.lines.map((line) => [line.label, ...line.values])).toEqual([
    ['local authority', '1', '1', '1'],
    ['private', '1', '1', '2'],
    ['voluntary', '0', '1', '1'],
    ['places', '10', '14', '18'],
    ['outstanding', '1', '1', '1'],
    ['good', '0', '0', '1'],
    ['requires improvement to be good', '0', '0', '0'],
    ['inadequate', '0', '1', '1'],
    ['no full inspection judgement yet', '1', '1', '1'],
    ['good or better, of those judged', '100%', '50%', '67%'],
  ]);
  expect(table.elsewhere).toEqual(['Independent Fostering Agency']);
});
