import { describe, expect, it } from 'vitest';
import { AreaDirectory } from '../../areas/area-directory';
import type { PopulationTable } from '../../ssda903/population';
import {
  DURHAM,
  ENGLAND,
  ENGLAND_CODE,
  HARTLEPOOL,
  NORTH_EAST,
  NORTH_EAST_CODE,
  STOCKTON,
} from '../../../../test/unit/builders/areas';
import { measure } from '../../../../test/unit/builders/measure';
import { outturnSheet, type OutturnRow } from '../../../../test/unit/builders/outturn';
import type { SourceTable } from '../result';
import { outturnTable, outturnYear } from './outturn-sheet';
import type { DfeImportContext } from '../dfe/dfe-file';
import { SPENDING_MEASURE, readOutturnSpending } from './outturn-spending';

const areas = new AreaDirectory([ENGLAND, NORTH_EAST, DURHAM, STOCKTON, HARTLEPOOL]);
const measures = new Map(
  [
    measure('percent', { id: SPENDING_MEASURE.share, polarity: 'no_polarity' }),
    measure('pounds_per_child', { id: SPENDING_MEASURE.perChild, polarity: 'no_polarity', decimalPlaces: 0 }),
    measure('percent', { id: SPENDING_MEASURE.notLookedAfter, polarity: 'no_polarity' }),
  ].map((each) => [each.id, each]),
);
// ONS mid-2024 estimates of children aged 0 to 17: the denominators of 2024/25 (the year to 31 March 2025).
const population: PopulationTable = {
  byArea: new Map([
    [STOCKTON.code, new Map([[2024, 50_000]])],
    [DURHAM.code, new Map([[2024, 100_000]])],
    [HARTLEPOOL.code, new Map([[2024, 20_000]])],
    [ENGLAND_CODE, new Map([[2024, 1_000_000]])],
  ]),
};
const context = { areas, measures, population };

// RSX: children's social care, then total service expenditure; RO3: children looked after, then
// the children's social care total. £ thousand, as the sheets write them.
const RSX_ROWS: OutturnRow[] = [
  { code: 'E07000223', name: 'Adur', class: 'SD', amounts: ['0', '12,345'] },
  { code: STOCKTON.code, name: 'Stockton-on-Tees UA', class: 'UA', amounts: ['80,000', '400,000'] },
  { code: DURHAM.code, name: 'Durham UA', class: 'UA', amounts: ['150,000', '1,200,000'] },
  { code: HARTLEPOOL.code, name: 'Hartlepool UA', class: 'UA', notes: 'M', amounts: ['[x]', '[x]'] },
  { code: 'E23000001', name: 'Police', class: 'O', amounts: ['0', '999'] },
  { code: ENGLAND_CODE, name: 'ENGLAND', class: 'Eng', amounts: ['1,000,000', '10,000,000'] },
];
const RO3_ROWS: OutturnRow[] = [
  { code: STOCKTON.code, name: 'Stockton-on-Tees UA', class: 'UA', amounts: ['60,000', '80,000'] },
  { code: DURHAM.code, name: 'Durham UA', class: 'UA', amounts: ['90,000', '150,000'] },
  { code: HARTLEPOOL.code, name: 'Hartlepool UA', class: 'UA', notes: 'M', amounts: ['[x]', '[x]'] },
  { code: ENGLAND_CODE, name: 'ENGLAND', class: 'Eng', amounts: ['400,000', '1,000,000'] },
];

const table = (rows: SourceTable | null): SourceTable => {
  if (!rows) throw new Error('the builder made no outturn table');
  return rows;
};
const rsx = table(outturnTable(outturnSheet('RSX', RSX_ROWS)));
const ro3 = table(outturnTable(outturnSheet('RO3', RO3_ROWS)));
const fromRsx = readOutturnSpending(rsx, context);
const fromRo3 = readOutturnSpending(ro3, context);
const figures = [...fromRsx.value.observations, ...fromRo3.value.observations];
const figureOf = (measureId: string, areaCode: string) =>
  figures.find((observation) => observation.measureId === measureId && observation.areaCode === areaCode);

describe('outturnTable: the data table below an outturn sheet’s title lines', () => {
  it('takes the header from row 7 and keeps every later row, numbered as the sheet numbers it', () => {
    expect(rsx.header.slice(0, 3)).toEqual(['E-code', 'ONS Code', 'Local authority']);
    expect(rsx.records.map((record) => record.row)).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(rsx.records[1]?.cells['ONS Code']).toBe(STOCKTON.code);
  });

  it('is null for a sheet whose top rows have no outturn header', () => {
    const rows = outturnSheet('RSX', RSX_ROWS);
    expect(outturnTable({ ...rows, rows: rows.rows.map((row) => ({ ...row, cells: row.cells.slice(1) })) })).toBeNull();
  });

  it.each([
    { title: 'Worksheet 2: Revenue Outturn (RO) 2024-25: RSX data', fileName: 'rsx.csv', year: '2024/25' },
    { title: 'Revenue outturn', fileName: 'RSX_LA_Data_202324.csv', year: '2023/24' },
    { title: 'Revenue outturn', fileName: 'RSX_LA_Data_2023-24.csv', year: '2023/24' },
    { title: 'Revenue outturn 2024-26', fileName: 'rsx.csv', year: null },
  ])('reads the year of "$title" named $fileName as $year', ({ title, fileName, year }) => {
    const found = outturnTable(outturnSheet('RSX', RSX_ROWS, { title, fileName }));
    expect(found && outturnYear(found)?.label).toBe(year ?? undefined);
  });
});

describe('readOutturnSpending: the dashboard’s three spending figures, worked by hand', () => {
  it.each([
    // RSX: children's social care over total service expenditure, × 100.
    { measureId: SPENDING_MEASURE.share, area: 'Stockton-on-Tees', code: STOCKTON.code, value: 20 }, // 80,000 / 400,000
    { measureId: SPENDING_MEASURE.share, area: 'County Durham', code: DURHAM.code, value: 12.5 }, // 150,000 / 1,200,000
    { measureId: SPENDING_MEASURE.share, area: 'England', code: ENGLAND_CODE, value: 10 }, // 1,000,000 / 10,000,000
    { measureId: SPENDING_MEASURE.share, area: 'the North East', code: NORTH_EAST_CODE, value: 14.375 }, // 230,000 / 1,600,000
    // RSX's children's social care (£ thousand × 1,000) over the mid-2024 children aged 0 to 17.
    { measureId: SPENDING_MEASURE.perChild, area: 'Stockton-on-Tees', code: STOCKTON.code, value: 1600 }, // £80m / 50,000
    { measureId: SPENDING_MEASURE.perChild, area: 'County Durham', code: DURHAM.code, value: 1500 }, // £150m / 100,000
    { measureId: SPENDING_MEASURE.perChild, area: 'England', code: ENGLAND_CODE, value: 1000 }, // £1,000m / 1,000,000
    { measureId: SPENDING_MEASURE.perChild, area: 'the North East', code: NORTH_EAST_CODE, value: 1533.33333333 }, // £230m / 150,000
    // RO3: the children's social care total less children looked after, over the total, × 100.
    { measureId: SPENDING_MEASURE.notLookedAfter, area: 'Stockton-on-Tees', code: STOCKTON.code, value: 25 }, // 20,000 / 80,000
    { measureId: SPENDING_MEASURE.notLookedAfter, area: 'County Durham', code: DURHAM.code, value: 40 }, // 60,000 / 150,000
    { measureId: SPENDING_MEASURE.notLookedAfter, area: 'England', code: ENGLAND_CODE, value: 60 }, // 600,000 / 1,000,000
    { measureId: SPENDING_MEASURE.notLookedAfter, area: 'the North East', code: NORTH_EAST_CODE, value: 34.7826086957 }, // 80,000 / 230,000
  ])('$measureId for $area is $value', ({ measureId, code, value }) => {
    const found = figureOf(measureId, code);
    expect([found?.value, found?.status, found?.period.label]).toEqual([value, 'final', '2024/25']);
    // Money is no count of children: it is in the note, never the numerator and denominator.
    expect([found?.numerator, found?.denominator, found?.source.publisher]).toEqual([null, null, 'MHCLG']);
  });

  it.each([
    {
      measureId: SPENDING_MEASURE.share,
      note: '£80.0 million on children’s social care of £400.0 million on all services (total expenditure).',
    },
    {
      measureId: SPENDING_MEASURE.perChild,
      note: '£80.0 million on children’s social care. Population: ONS mid-2024 estimate of children aged 0 to 17 (50,000).',
    },
    {
      measureId: SPENDING_MEASURE.notLookedAfter,
      note: '£20.0 million of £80.0 million on children’s social care was not on children looked after (total expenditure).',
    },
  ])('says what $measureId of Stockton-on-Tees is worked out from', ({ measureId, note }) => {
    expect(figureOf(measureId, STOCKTON.code)?.note).toBe(note);
  });

  it('gives a council whose return MHCLG marks [x] no figure but "not available", and its region says it is left out', () => {
    expect(
      Object.values(SPENDING_MEASURE).map((id) => [
        figureOf(id, HARTLEPOOL.code)?.value,
        figureOf(id, HARTLEPOOL.code)?.status,
      ]),
    ).toEqual([
      [null, 'not_available'],
      [null, 'not_available'],
      [null, 'not_available'],
    ]);
    expect(figureOf(SPENDING_MEASURE.share, NORTH_EAST_CODE)?.note).toBe(
      'The sum of the returns of 2 of the region’s 3 councils: Hartlepool’s return was not received in time for publication. £230.0 million on children’s social care of £1.6 billion on all services (total expenditure).',
    );
    expect(figureOf(SPENDING_MEASURE.perChild, NORTH_EAST_CODE)?.note).toBe(
      'The sum of the returns of 2 of the region’s 3 councils: Hartlepool’s return was not received in time for publication. £230.0 million on children’s social care; 150,000 children aged 0 to 17 in these councils (ONS mid-year estimates).',
    );
    expect(figureOf(SPENDING_MEASURE.share, ENGLAND_CODE)?.note).toMatch(
      /^MHCLG’s England total includes its estimates for Hartlepool, whose return was not received in time for publication\. /,
    );
  });

  it('counts every row once: councils and England used, the other classes and the totals table skipped', () => {
    expect(fromRsx.problems).toEqual([]);
    const { observations, ...counts } = fromRsx.value;
    expect(observations).toHaveLength(10); // 2 measures × (3 councils, England, the North East)
    expect(counts).toEqual({
      usedRows: 4,
      unmatchedRows: 0,
      rejectedRows: 0,
      skipped: [
        { level: 'shire districts (class SD, councils without children’s services)', rows: 1 },
        {
          level:
            'other authorities (class O: police, fire, national parks, combined and waste authorities and the GLA)',
          rows: 1,
        },
        { level: 'the sheet’s totals by class of authority (its second table, and the hidden row under it)', rows: 3 },
      ],
    });
    expect(rsx.records).toHaveLength(4 + 1 + 1 + 3);
  });

  it('reads RO3 for the share not on children looked after only, and RSX for the other two', () => {
    expect(new Set(fromRo3.value.observations.map((observation) => observation.measureId))).toEqual(
      new Set([SPENDING_MEASURE.notLookedAfter]),
    );
    expect(new Set(fromRsx.value.observations.map((observation) => observation.measureId))).toEqual(
      new Set([SPENDING_MEASURE.share, SPENDING_MEASURE.perChild]),
    );
  });
});

describe('readOutturnSpending: problems, each said where it is, and nothing thrown', () => {
  const read = (
    rows: OutturnRow[],
    options: Parameters<typeof outturnSheet>[2] = {},
    given: DfeImportContext = context,
  ) => readOutturnSpending(table(outturnTable(outturnSheet('RSX', rows, options))), given);
  const stockton = (amounts: readonly [string, string]): OutturnRow[] => [
    { code: STOCKTON.code, name: 'Stockton-on-Tees UA', class: 'UA', amounts },
  ];

  it.each([
    {
      case: 'a council code areas.csv does not know',
      rows: [{ code: 'E06009999', name: 'Nowhere', class: 'UA', amounts: ['1', '2'] }] as OutturnRow[],
      problem: { severity: 'warning', rule: 'unknown_local_authority', row: 8, column: 'ONS Code' },
    },
    {
      case: 'an amount that is not a number',
      rows: stockton(['eighty', '400,000']),
      problem: {
        severity: 'error',
        rule: 'invalid_value',
        row: 8,
        column: 'Children Social Care - Total Expenditure (C3 = C1 + C2)',
      },
    },
    {
      case: 'a blank amount',
      rows: stockton(['80,000', '']),
      problem: {
        severity: 'warning',
        rule: 'missing_value',
        row: 8,
        column: 'Total Service Expenditure - Total Expenditure (C3 = C1 + C2)',
      },
    },
    {
      case: 'a total of nothing to take a share of',
      rows: stockton(['0', '0']),
      problem: {
        severity: 'warning',
        rule: 'invalid_value',
        row: 8,
        column: 'Total Service Expenditure - Total Expenditure (C3 = C1 + C2)',
      },
    },
  ])('reports $case, and counts the row', ({ rows, problem }) => {
    const found = read(rows);
    expect(found.problems.map(({ severity, rule, row, column }) => ({ severity, rule, row, column }))).toContainEqual(
      problem,
    );
    const { usedRows, rejectedRows, skipped } = found.value;
    const skippedRows = skipped.reduce((sum, level) => sum + level.rows, 0);
    expect(usedRows + rejectedRows + skippedRows).toBe(rows.length + 3);
  });

  it('refuses a sheet that names no year, in its title or its file name', () => {
    const found = read(RSX_ROWS, { title: 'Revenue outturn', fileName: 'spending.csv' });
    expect(found.problems.map(({ severity, rule }) => ({ severity, rule }))).toEqual([
      { severity: 'error', rule: 'invalid_period' },
    ]);
    expect(found.value.observations).toEqual([]);
  });

  it('asks for the population table before working out spending per child, and still gives the share', () => {
    const found = read(RSX_ROWS, {}, { areas, measures, population: null });
    expect(found.problems.map(({ severity, rule }) => ({ severity, rule }))).toEqual([
      { severity: 'error', rule: 'missing_population' },
    ]);
    expect(new Set(found.value.observations.map((observation) => observation.measureId))).toEqual(
      new Set([SPENDING_MEASURE.share]),
    );
  });

  it('says when the catalogue lacks a spending measure', () => {
    const found = read(RSX_ROWS, {}, { areas, measures: new Map(), population });
    expect(found.problems.map(({ rule }) => rule)).toEqual(['unknown_measure', 'unknown_measure', 'no_dfe_mapping']);
  });
});
