import { describe, expect, it } from 'vitest';
import { TABLE_NAMES, TABLE_SPECS, collectionYearFromFileName, recogniseHeader, tableSpec } from './tables';

describe('903 tables', () => {
  it('has one spec for every table, with pairwise distinct column sets', () => {
    expect(TABLE_SPECS.map((spec) => spec.name)).toEqual([...TABLE_NAMES]);
    const sets = TABLE_SPECS.map((spec) => [...spec.columns].sort().join(','));
    expect(new Set(sets).size).toBe(sets.length);
  });

  it.each(TABLE_SPECS.map((spec) => [spec.title, spec] as const))(
    'recognises %s by its exact header',
    (_title, spec) => {
      const shuffled = [...spec.columns].reverse().map((column) => ` ${column.toLowerCase()} `);
      expect(recogniseHeader(shuffled)).toEqual({ kind: 'table', spec, extraColumns: [] });
    },
  );

  it('tells UASC from Header by DUC, though both have SEX and DOB', () => {
    expect(recogniseHeader(['CHILD', 'SEX', 'DOB', 'DUC'])).toMatchObject({ kind: 'table', spec: { name: 'uasc' } });
  });

  it("accepts an old Header's UASC flag as one of its columns", () => {
    expect(recogniseHeader([...tableSpec('header').columns, 'UASC'])).toMatchObject({
      kind: 'table',
      spec: { name: 'header' },
      extraColumns: [],
    });
  });

  it('reads a header with extra columns as the table, naming the extras', () => {
    expect(recogniseHeader([...tableSpec('episodes').columns, 'TEAM'])).toMatchObject({
      kind: 'table',
      spec: { name: 'episodes' },
      extraColumns: ['TEAM'],
    });
  });

  it('says which columns an almost-complete table lacks', () => {
    const columns = tableSpec('episodes').columns.filter((column) => column !== 'URN' && column !== 'PL_POST');
    expect(recogniseHeader(columns)).toMatchObject({
      kind: 'incomplete',
      spec: { name: 'episodes' },
      missingColumns: ['PL_POST', 'URN'],
    });
  });

  it.each([[['measure', 'area', 'period', 'value']], [['CHILD', 'DOB']], [[]]])('does not recognise %j', (header) => {
    expect(recogniseHeader(header)).toEqual({ kind: 'unknown' });
  });

  it('recognises the postcode lookup', () => {
    expect(recogniseHeader(['Postcode', 'Easting', 'Northing'])).toEqual({ kind: 'postcode_lookup' });
  });

  it.each([
    ['oc2_2021-22.csv', 2022],
    ['903_2021_22_oc3.csv', 2022],
    ['oc2 202122.csv', 2022],
    ['oc2_2022.csv', 2022],
    ['SSDA903_2020-21/oc3.csv', 2021],
    ['oc2.csv', null],
    ['episodes_v2.csv', null],
  ])('reads the collection year of %s as %s', (fileName, year) => {
    expect(collectionYearFromFileName(fileName)).toBe(year);
  });
});
