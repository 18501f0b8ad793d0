import { describe, expect, it, test } from 'vitest';
import { readRowsFile } from '../../../../test/unit/ofsted-files';
import { located, realAreaDirectory } from '../../../../test/unit/tables';
import { combineProviderSheets, readProviderSheet, type ProviderSheet } from './providers';

const areas = realAreaDirectory();
const DURHAM = 'E06000047';
const NORTH_EAST = 'E12000001';
const NORTH_WEST = 'E12000002';
const fixture = (name: string) => readRowsFile(`test/fixtures/ofsted-providers/${name}`);
const providerLevel = readProviderSheet(fixture('Provider_level_at_31_Mar_2023.csv'), areas);
const places = readProviderSheet(fixture('Providers+places_at_31_Mar_2023.csv'), areas);
const byUrn = (sheet: ProviderSheet, urn: string) => sheet.providers.find((provider) => provider.urn === urn);
/** The extracts keep the sheets' lines, not their numbers: a setting is found by its URN. */
const rowOf = (sheet: ProviderSheet, urn: string) => byUrn(sheet, urn)?.source.row;

describe("Ofsted's provider-level sheet at 31 March 2023 (extract: Durham and four quirks)", () => {
  test('is read as at 31 March 2023, with judgements, listing inspected settings only', () => {
    expect(providerLevel.value).toMatchObject({ asAt: '2023-03-31', hasJudgements: true, hasUninspected: false });
    expect(providerLevel.value.providers).toHaveLength(57);
    expect(providerLevel.value.providers.filter((provider) => provider.areaCode === DURHAM)).toHaveLength(53);
  });

  test('places Durham on County Durham and the North East, with its judgement and places', () => {
    expect(byUrn(providerLevel.value, '2615326')).toEqual({
      urn: '2615326',
      provisionType: "Children's home",
      sector: 'Private',
      places: 3,
      shortBreakOnly: false,
      latest: { date: '2022-06-15', grade: 'good' },
      ofstedLocalAuthority: 'Durham',
      areaCode: DURHAM,
      regionCode: NORTH_EAST,
      source: { file: 'Provider_level_at_31_Mar_2023.csv', row: 5 },
    });
  });

  it.each([
    { urn: '2523028', field: 'provisionType', value: "Children's home", why: "written Children's Home" },
    { urn: 'SC035969', field: 'shortBreakOnly', value: true, why: 'a short-break-only home' },
    // Cumbria existed on the sheet's day, 31 March 2023 (areas.csv to 2023-03-31).
    { urn: 'SC457254', field: 'areaCode', value: 'E10000006', why: 'in Cumbria' },
    { urn: 'SC457254', field: 'regionCode', value: NORTH_WEST, why: 'in Cumbria' },
    { urn: '2673408', field: 'latest', value: null, why: 'judged at a monitoring visit' },
  ] as const)('$urn ($why): $field is $value', ({ urn, field, value }) => {
    expect(byUrn(providerLevel.value, urn)?.[field]).toEqual(value);
  });

  test('warns of the monitoring visit counted as no judgement, and places Cumbria, a council on that day', () => {
    expect(providerLevel.problems.map(located)).toEqual([
      {
        rule: 'not_a_full_inspection',
        severity: 'warning',
        row: rowOf(providerLevel.value, '2673408'),
        column: 'Latest full inspection event type',
      },
    ]);
  });
});

describe("Ofsted's providers-and-places sheet, and the two combined", () => {
  test('lists settings not yet inspected, without judgements; a row cut short reads blank to its end', () => {
    expect(places.value).toMatchObject({ asAt: '2023-03-31', hasJudgements: false, hasUninspected: true });
    expect(places.value.providers.every((provider) => provider.latest === null)).toBe(true);
    expect(byUrn(places.value, '2678223')).toMatchObject({
      provisionType: 'Residential Special School',
      places: 24,
      shortBreakOnly: false,
    });
  });

  test("gives every Durham setting of the places sheet, with the provider sheet's judgement where it has one", () => {
    const combined = combineProviderSheets([places.value, providerLevel.value]);
    expect(combined.problems).toEqual([]);
    const durham = combined.value.providers.filter((provider) => provider.areaCode === DURHAM);
    expect([durham.length, durham.filter((provider) => provider.latest !== null).length]).toEqual([55, 53]);
    expect(combined.value).toMatchObject({ asAt: '2023-03-31', hasJudgements: true, hasUninspected: true });
  });

  test('refuses sheets of two days', () => {
    const other = readProviderSheet(fixture('sheets_of_different_days.csv'), areas);
    const combined = combineProviderSheets([places.value, other.value]);
    expect(combined.problems.map(located)).toEqual([
      { rule: 'sheets_of_different_days', severity: 'error', row: undefined, column: undefined },
    ]);
  });
});

describe('one fixture per rule in test/fixtures/ofsted-providers/', () => {
  it.each([
    { rule: 'header_not_found', severity: 'error', row: undefined, column: undefined },
    { rule: 'missing_column', severity: 'error', row: 2, column: 'Sector' },
    { rule: 'missing_urn', severity: 'error', row: 4, column: 'URN' },
    { rule: 'duplicate_provider', severity: 'error', row: 5, column: 'URN' },
    { rule: 'invalid_places', severity: 'error', row: 4, column: 'Places' },
    {
      rule: 'unknown_judgement',
      severity: 'error',
      row: 4,
      column: 'Overall experiences and progress of children and young people',
    },
    { rule: 'invalid_date', severity: 'error', row: 4, column: 'Latest full inspection date' },
    { rule: 'not_a_full_inspection', severity: 'warning', row: 4, column: 'Latest full inspection event type' },
    { rule: 'unplaced_local_authority', severity: 'warning', row: 4, column: 'Local authority' },
    { rule: 'unknown_provision_type', severity: 'warning', row: 4, column: 'Provision type' },
    { rule: 'unknown_sector', severity: 'warning', row: 4, column: 'Sector' },
  ])('the $rule fixture', ({ rule, severity, row, column }) => {
    const read = readProviderSheet(fixture(`${rule}.csv`), areas);
    expect(read.problems.map(located)).toEqual([{ rule, severity, row, column }]);
    const kept = read.value.providers.some((provider) => provider.source.row === row);
    // A row with an error is left out; a warning keeps it.
    expect(kept).toBe(severity === 'warning');
  });
});
