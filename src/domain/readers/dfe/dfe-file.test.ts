import { describe, expect, it } from 'vitest';
import {
  ENGLAND_CODE as ENGLAND,
  NORTH_EAST_CODE as NORTH_EAST,
  STOCKTON as STOCKTON_AREA,
} from '../../../../test/unit/builders/areas';
import { observationContext } from '../../../../test/unit/builders/catalogue';
import { CLA_RATE, THREE_PLUS_PLACEMENTS } from '../../../../test/unit/builders/measure';
import { csvTable, located } from '../../../../test/unit/tables';
import { readDfeFile } from './dfe-file';
import { readDfeMeasureMap, type DfeMeasureMap } from './dfe-measure-map';

const STOCKTON = STOCKTON_AREA.code;
const context = observationContext([CLA_RATE, THREE_PLUS_PLACEMENTS]);
/** Two lines of data/dfe-measure-map.csv as written there: a rate, and a percentage with a Total row. */
const map = readDfeMeasureMap(
  csvTable('dfe-measure-map.csv', [
    'measure,header_signature,indicator,filters,numerator,denominator,unit_scale,reporting_year,note',
    'cla_rate,population_type;rate_per_10000,rate_per_10000,population_type=Children looked after on 31 March each year,children_count,,1,year_to_31_march,',
    'cla_3plus_placements,cla_group;placement_stability;children_percent,children_percent,cla_group=CLA on 31 March;placement_stability=With 3 or more placements during the year,children_count,children_count@placement_stability=Total children,1,year_to_31_march,',
  ]),
).value;

describe('readDfeFile', () => {
  const HEADER =
    'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,population_type,children_count,rate_per_10000';
  const LOOKED_AFTER = 'Children looked after on 31 March each year';

  interface RowOptions {
    rate?: string;
    count?: string;
    level?: string;
    year?: string;
    identifier?: string;
    code?: string;
    oldCode?: string;
    region?: string;
    population?: string;
  }
  function row({
    rate = '125',
    count = '564',
    level = 'Local authority',
    year = '2025',
    identifier = 'Reporting year',
    code = STOCKTON,
    oldCode = '808',
    region = NORTH_EAST,
    population = LOOKED_AFTER,
  }: RowOptions = {}): string {
    return [
      year,
      identifier,
      level,
      ENGLAND,
      'England',
      region,
      'North East',
      oldCode,
      code,
      'Stockton-on-Tees',
      population,
      `"${count}"`,
      `"${rate}"`,
    ].join(',');
  }
  function read(lines: readonly string[], header = HEADER, measureMap: DfeMeasureMap = map) {
    return readDfeFile(csvTable('dfe.csv', [header, ...lines]), measureMap, context);
  }

  it.each([
    { cell: 'c', status: 'suppressed' },
    { cell: 'x', status: 'not_available' },
    { cell: 'z', status: 'not_applicable' },
    { cell: 'low', status: 'low' },
    { cell: 'k', status: 'low' },
    { cell: 'LOW', status: 'low' },
    { cell: 'u', status: 'not_available' },
  ])("reads the symbol '$cell' as $status, without a number or counts", ({ cell, status }) => {
    const result = read([row({ rate: cell })]);
    expect(result.problems).toEqual([]);
    expect(result.value.observations).toMatchObject([{ value: null, numerator: null, denominator: null, status }]);
  });

  it.each([
    { cell: '12.5', value: 12.5 },
    { cell: '1,234', value: 1234 },
    { cell: '0', value: 0 },
    { cell: ' 67 ', value: 67 },
  ])("reads '$cell' as $value", ({ cell, value }) => {
    expect(read([row({ rate: cell })]).value.observations).toMatchObject([{ value, status: 'final' }]);
  });

  it('reads a count of 1,234 behind the figure, and no count when the count cell is a symbol', () => {
    expect(read([row({ count: '1,234' })]).value.observations).toMatchObject([{ numerator: 1234 }]);
    expect(read([row({ count: 'c' })]).value.observations).toMatchObject([{ value: 125, numerator: null }]);
  });

  it('finds columns by name whatever their order, case or a leftover byte-order mark', () => {
    const names = HEADER.split(',');
    const order = [...names.keys()].reverse();
    const shuffled = (line: string) => {
      const cells = csvTable('x.csv', [HEADER, line]).records[0]?.cells ?? {};
      return order.map((index) => `"${cells[names[index] ?? ''] ?? ''}"`).join(',');
    };
    const header = order
      .map((index) => (index === 0 ? '\uFEFFTime_Period' : (names[index] ?? '').toUpperCase()))
      .join(',');
    const plain = read([row(), row({ level: 'National', rate: '67' })]).value.observations;
    const reordered = read([shuffled(row()), shuffled(row({ level: 'National', rate: '67' }))], header).value
      .observations;
    expect(
      reordered.map(({ areaCode, value, numerator, period }) => ({ areaCode, value, numerator, period: period.label })),
    ).toEqual(
      plain.map(({ areaCode, value, numerator, period }) => ({ areaCode, value, numerator, period: period.label })),
    );
    expect(plain.map((observation) => observation.areaCode)).toEqual([STOCKTON, ENGLAND]);
  });

  it('skips and counts levels the scorecard does not show, and London sub-regions', () => {
    const result = read([
      row(),
      row({ level: 'Local authority district' }),
      row({ level: 'Local authority district' }),
      row({ level: 'Parliamentary constituency' }),
      row({ level: '' }),
      row({ level: 'Regional', region: 'E13000002' }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.value.skipped).toEqual([
      { level: 'Local authority district', rows: 2 },
      { level: 'Parliamentary constituency', rows: 1 },
      { level: '(no geographic level)', rows: 1 },
      { level: 'Regional: North East (a sub-region)', rows: 1 },
    ]);
    expect(result.value.usedRows).toBe(1);
  });

  it('counts rows of breakdowns no mapping uses as unmatched, not as problems', () => {
    const result = read([row(), row({ population: 'Children looked after who were UASC' })]);
    expect(result.problems).toEqual([]);
    expect(result.value).toMatchObject({ usedRows: 1, unmatchedRows: 1, rejectedRows: 0 });
  });

  it.each([
    { by: 'its current code', code: STOCKTON, oldCode: '', areaCode: STOCKTON },
    { by: 'a former code from areas.csv', code: 'E08000016', oldCode: '', areaCode: 'E08000038' },
    { by: 'its LA number when the code is not known', code: 'E06099999', oldCode: '808', areaCode: STOCKTON },
  ])('places a Local authority row by $by', ({ code, oldCode, areaCode }) => {
    const result = read([row({ code, oldCode })]);
    expect(result.problems).toEqual([]);
    expect(result.value.observations.map((observation) => observation.areaCode)).toEqual([areaCode]);
  });

  it('places National on England, Regional on the region and Local authority on the LA', () => {
    const result = read([row({ level: 'National' }), row({ level: 'Regional' }), row()]);
    expect(result.value.observations.map((observation) => observation.areaCode)).toEqual([
      ENGLAND,
      NORTH_EAST,
      STOCKTON,
    ]);
  });

  it.each([
    {
      options: { code: 'E10000006', oldCode: '909' },
      rule: 'unknown_local_authority',
      column: 'new_la_code',
      says: "'E10000006' (Stockton-on-Tees, old LA code 909) is not a current local authority",
    },
    {
      options: { level: 'Regional', region: 'E12000099' },
      rule: 'unknown_area',
      column: 'region_code',
      says: "'E12000099' (North East) is not one of the nine English regions",
    },
  ])('warns about $rule, rejects the row and reads on', ({ options, rule, column, says }) => {
    const result = read([row(options), row()]);
    expect(result.problems.map(located)).toEqual([{ rule, severity: 'warning', row: 2, column }]);
    expect(result.problems[0]?.message).toContain(`dfe.csv row 2, column ${column}: ${says}`);
    expect(result.value).toMatchObject({ usedRows: 1, rejectedRows: 1 });
  });

  it('reports an unplaceable period once, at its first row, with how many rows have it', () => {
    const result = read([
      row({ identifier: 'Calendar year' }),
      row({ identifier: 'Calendar year', code: 'E06000047', oldCode: '840' }),
      row(),
    ]);
    expect(result.problems.map(located)).toEqual([
      { rule: 'invalid_period', severity: 'error', row: 2, column: 'time_identifier' },
    ]);
    expect(result.problems[0]?.message).toContain(
      "dfe.csv rows 2 and 3, column time_identifier: 2025 'Calendar year': a calendar year",
    );
    expect(result.value).toMatchObject({ usedRows: 1, rejectedRows: 2 });
  });

  it.each([
    { level: 'Local authorty', near: 'Local authority' },
    { level: 'Natonal', near: 'National' },
  ])('skips and counts a row whose level is a misspelt $near, with a warning naming it', ({ level, near }) => {
    const result = read([row(), row({ level }), row({ level, code: 'E06000047', oldCode: '840' })]);
    expect(result.problems.map(located)).toEqual([
      { rule: 'unknown_geographic_level', severity: 'warning', row: 3, column: 'geographic_level' },
    ]);
    expect(result.problems[0]?.message).toBe(
      `dfe.csv rows 3 and 4, column geographic_level: '${level}' is not a geographic level DfE writes, so the row is skipped. Did you mean '${near}'? Correct the level to read its figures.`,
    );
    expect(result.value).toMatchObject({ usedRows: 1, skipped: [{ level, rows: 2 }] });
  });

  it('skips and counts a level the scorecard does not compare with, without a warning', () => {
    const result = read([row(), row({ level: 'Local authority district' })]);
    expect(result.problems).toEqual([]);
    expect(result.value).toMatchObject({ usedRows: 1, skipped: [{ level: 'Local authority district', rows: 1 }] });
  });

  it('blames time_period, as the file names it, for a year written wrong', () => {
    const result = read([row({ year: '2024/25' }), row({ year: '2024/25', code: 'E06000047', oldCode: '840' })]);
    expect(result.problems.map(located)).toEqual([
      { rule: 'invalid_period', severity: 'error', row: 2, column: 'time_period' },
    ]);
    expect(result.problems[0]?.message).toBe(
      "dfe.csv rows 2 and 3, column time_period: 2024/25 'Reporting year': a reporting year is a four-digit year such as 2021.",
    );
  });

  it.each([
    { rate: '', rule: 'missing_value', severity: 'warning', says: 'the cell is blank' },
    { rate: 'n.a.', rule: 'invalid_value', severity: 'error', says: "'n.a.' is not a number" },
    { rate: '1,5', rule: 'invalid_value', severity: 'error', says: "'1,5' is not a number" },
  ])("refuses the value '$rate' ($rule) and counts the row as rejected", ({ rate, rule, severity, says }) => {
    const result = read([row({ rate })]);
    expect(result.problems.map(located)).toEqual([{ rule, severity, row: 2, column: 'rate_per_10000' }]);
    expect(result.problems[0]?.message).toContain(says);
    expect(result.value).toMatchObject({ observations: [], usedRows: 0, rejectedRows: 1 });
  });

  it('ignores an exact repeat with a warning and refuses a different figure for the same area and year', () => {
    const result = read([row(), row(), row({ rate: '126' })]);
    expect(result.problems.map(located)).toEqual([
      { rule: 'duplicate_row', severity: 'warning', row: 3, column: 'rate_per_10000' },
      { rule: 'conflicting_values', severity: 'error', row: 4, column: 'rate_per_10000' },
    ]);
    expect(result.value.observations).toHaveLength(1);
  });

  it('refuses a file without the EES columns, naming each missing one', () => {
    const result = read(['2025,Reporting year,England'], 'time_period,time_identifier,country');
    expect(result.problems.map((problem) => problem.column)).toEqual([
      'geographic_level',
      'country_code',
      'country_name',
    ]);
    expect(result.value.observations).toEqual([]);
  });

  it('warns that a DfE file no mapping applies to gives nothing, and counts its rows as unmatched', () => {
    const result = read(
      ['2024,Reporting year,National,E92000001,England,Children aged 0 to 17 years,12183016'],
      'time_period,time_identifier,geographic_level,country_code,country_name,age_group,population_estimate',
    );
    expect(result.problems.map(located)).toEqual([
      { rule: 'no_dfe_mapping', severity: 'warning', row: 1, column: undefined },
    ]);
    expect(result.value.unmatchedRows).toBe(1);
  });

  it('refuses, once, a mapping whose measure is not in the catalogue', () => {
    const unknown = readDfeMeasureMap(
      csvTable('map.csv', [
        'measure,header_signature,indicator,filters',
        `cla_rates,rate_per_10000,rate_per_10000,population_type=${LOOKED_AFTER}`,
      ]),
    ).value;
    const result = read([row(), row()], HEADER, unknown);
    expect(result.problems.map((problem) => problem.rule)).toEqual(['unknown_measure', 'no_dfe_mapping']);
    expect(result.problems[0]?.message).toContain("map.csv row 2: 'cla_rates' is not a measure in the catalogue");
  });

  it('refuses a mapping whose signature matches but whose other columns the file lacks', () => {
    const partial = readDfeMeasureMap(
      csvTable('map.csv', [
        'measure,header_signature,indicator,filters,numerator',
        `cla_rate,rate_per_10000,rate_per_10000,population_type=${LOOKED_AFTER},child_count`,
      ]),
    ).value;
    const result = read([row()], HEADER, partial);
    expect(result.problems.map(located)).toContainEqual({
      rule: 'missing_column',
      severity: 'error',
      row: 1,
      column: undefined,
    });
    expect(result.problems[0]?.message).toContain('but not child_count');
  });

  it('scales a proportion to a percentage by unit_scale without floating-point dust', () => {
    const scaled = readDfeMeasureMap(
      csvTable('map.csv', [
        'measure,header_signature,indicator,filters,unit_scale',
        `cla_rate,rate_per_10000,rate_per_10000,population_type=${LOOKED_AFTER},100`,
      ]),
    ).value;
    expect(read([row({ rate: '0.125' })], HEADER, scaled).value.observations).toMatchObject([{ value: 12.5 }]);
  });

  it('warns about a percentage outside 0 to 100', () => {
    const header =
      'time_period,time_identifier,geographic_level,country_code,country_name,cla_group,placement_stability,children_count,children_percent';
    const result = read(
      [
        '2025,Reporting year,National,E92000001,England,CLA on 31 March,With 3 or more placements during the year,8500,1040',
      ],
      header,
    );
    expect(result.problems.map(located)).toEqual([
      { rule: 'percent_out_of_range', severity: 'warning', row: 2, column: 'children_percent' },
    ]);
  });

  it('places an academic year on the financial year of the same name and notes it on the figure', () => {
    const result = read([row({ year: '202324', identifier: 'Academic year' })]);
    expect(result.value.observations).toMatchObject([
      {
        period: { label: '2023/24' },
        note: 'Academic year 2023/24 (September 2023 to August 2024), shown as financial year 2023/24.',
      },
    ]);
  });
});
