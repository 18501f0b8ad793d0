import { describe, expect, it } from 'vitest';
import { csvTable, located, readRepoCsv, readRepoText, realContext } from '../../../../test/unit/tables';
import {
  LOW_RELIABILITY_WITHOUT_FIGURE_NOTE,
  detectDfeFile,
  readDfeFile,
  readDfeMeasureMap,
  type DfeMeasureMap,
} from './dfe-file';
import type { Observation } from '../../observations/observation';
import type { SourceTable } from '../result';
import type { Status } from '../../observations/status';

const context = realContext();
const mapFile = readDfeMeasureMap(readRepoCsv('data/dfe-measure-map.csv').value);
const map = mapFile.value;

const ENGLAND = 'E92000001';
const NORTH_EAST = 'E12000001';
const STOCKTON = 'E06000004';

const FIXTURES = [
  'cla_number_and_rate_per_10k_children.csv',
  'la_cla_placement_stability.csv',
  'la_care_leavers_activity.csv',
  'la_care_leavers_accommodation_suitability.csv',
  'b1_children_in_need_2013_to_2024.csv',
  'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv',
  'd3_cpps_subsequent_plan_2013_to_2025.csv',
  'csww_indicators_2017_to_2025.csv',
  'la_cla_swcount.csv',
] as const;
type Fixture = (typeof FIXTURES)[number];

function importFixture(file: Fixture) {
  const csv = readRepoCsv(`test/fixtures/dfe/${file}`);
  return { csv, table: csv.value, read: readDfeFile(csv.value, map, context) };
}
const imported = new Map(FIXTURES.map((file) => [file, importFixture(file)]));
function fixture(file: Fixture) {
  const found = imported.get(file);
  if (!found) throw new Error(`no fixture ${file}`);
  return found;
}

/** The cell an observation came from, read straight from the extract by its row and the map's indicator column. */
function rawCell(table: SourceTable, observation: Observation): string {
  const mapping = map.mappings.find(
    (candidate) =>
      candidate.measureId === observation.measureId &&
      candidate.headerSignature.every((column) => table.header.some((name) => name.toLowerCase() === column)),
  );
  const record = table.records.find((candidate) => candidate.row === observation.source.row);
  const column = table.header.find((name) => name.toLowerCase() === mapping?.indicator);
  if (!record || column === undefined)
    throw new Error(`no raw cell for ${observation.measureId} row ${observation.source.row}`);
  return record.cells[column] ?? '';
}

/** The spreadsheet row of a raw line of an extract (the header is row 1). */
function rowOf(file: Fixture, line: string): number {
  const index = readRepoText(`test/fixtures/dfe/${file}`).split('\n').indexOf(line);
  if (index === -1) throw new Error(`${file} has no line ${line}`);
  return index + 1;
}

const SYMBOL_STATUS: Readonly<Record<string, Status>> = {
  c: 'suppressed',
  x: 'not_available',
  z: 'not_applicable',
  low: 'low',
  k: 'low',
  u: 'not_available',
};

describe('the measure map in data/dfe-measure-map.csv', () => {
  it('reads without problems', () => {
    expect(mapFile.problems).toEqual([]);
    expect(map.mappings.length).toBeGreaterThanOrEqual(16);
  });

  it.each([
    'cla_rate',
    'cla_starts_rate',
    'cla_ceased_rate',
    'cla_3plus_placements',
    'cla_long_term_stability',
    'care_leavers_17_18_eet',
    'care_leavers_19_21_eet',
    'care_leavers_17_18_suitable_accommodation',
    'care_leavers_19_21_suitable_accommodation',
    'cin_rate',
    'rereferrals_12m',
    'cpp_repeat',
    'sw_caseload',
    'sw_turnover',
    'sw_agency_rate',
    'sw_vacancy_rate',
    'cla_3plus_social_workers',
  ])('maps %s, a measure of the catalogue', (measureId) => {
    expect(map.mappings.some((mapping) => mapping.measureId === measureId)).toBe(true);
    expect(context.measures.has(measureId)).toBe(true);
  });
});

describe('readDfeMeasureMap: one broken line per rule', () => {
  const HEADER = 'measure,header_signature,indicator,filters,numerator,denominator,unit_scale,reporting_year,note';
  it.each([
    {
      line: 'Cla Rate,rate_per_10000,rate_per_10000,,,,,,',
      rule: 'invalid_id',
      column: 'measure',
      says: "'Cla Rate' is not a measure id",
    },
    {
      line: 'cla_rate,,rate_per_10000,,,,,,',
      rule: 'missing_signature',
      column: 'header_signature',
      says: 'give the columns (separated by ;)',
    },
    {
      line: 'cla_rate,rate_per_10000,,,,,,,',
      rule: 'missing_indicator',
      column: 'indicator',
      says: 'give the column that holds the figure',
    },
    {
      line: 'cla_rate,rate_per_10000,rate_per_10000,population_type,,,,,',
      rule: 'invalid_filter',
      column: 'filters',
      says: "'population_type' is not a filter: write column=value",
    },
    {
      line: 'cla_rate,rate_per_10000,rate_per_10000,a=1;A=2,,,,,',
      rule: 'invalid_filter',
      column: 'filters',
      says: 'the column a is filtered twice',
    },
    {
      line: 'cla_rate,rate_per_10000,rate_per_10000,a=1,children_count@b=Total,,,,',
      rule: 'invalid_count_source',
      column: 'numerator',
      says: "changes b, which is not one of the mapping's filters (a)",
    },
    {
      line: 'cla_rate,rate_per_10000,rate_per_10000,,,@a=1,,,',
      rule: 'invalid_count_source',
      column: 'denominator',
      says: "'@a=1' names no column",
    },
    {
      line: 'cla_rate,rate_per_10000,rate_per_10000,,,,0,,',
      rule: 'invalid_unit_scale',
      column: 'unit_scale',
      says: "'0' is not a scale",
    },
    {
      line: 'cla_rate,rate_per_10000,rate_per_10000,,,,,calendar,',
      rule: 'invalid_reporting_year',
      column: 'reporting_year',
      says: "'calendar' is not a reporting year: use year_to_31_march or at_30_september",
    },
  ])('refuses $rule in column $column', ({ line, rule, column, says }) => {
    const read = readDfeMeasureMap(csvTable('map.csv', [HEADER, line]));
    expect(read.value.mappings).toEqual([]);
    expect(read.problems.map(located)).toEqual([{ rule, severity: 'error', row: 2, column }]);
    expect(read.problems[0]?.message).toContain(`map.csv row 2, column ${column}: `);
    expect(read.problems[0]?.message).toContain(says);
  });

  it('refuses a line that repeats another, naming the first', () => {
    const line = 'cla_rate,population_type;rate_per_10000,rate_per_10000,population_type=A,,,,,';
    const read = readDfeMeasureMap(
      csvTable('map.csv', [
        HEADER,
        line,
        line.replace('population_type;rate_per_10000', 'RATE_PER_10000; population_type'),
      ]),
    );
    expect(read.value.mappings).toHaveLength(1);
    expect(read.problems.map(located)).toEqual([
      { rule: 'duplicate_mapping', severity: 'error', row: 3, column: 'measure' },
    ]);
    expect(read.problems[0]?.message).toContain('repeats row 2');
  });

  it('reads filters, counts from a Total row, a blank scale as 1 and a blank reporting year as the year to 31 March', () => {
    const read = readDfeMeasureMap(
      csvTable('map.csv', [
        HEADER,
        'cla_3plus_placements,Children_Percent,children_percent," CLA_group = CLA on 31 March ;placement_stability=With 3 or more placements",children_count,children_count@placement_stability=Total children,,,why',
      ]),
    );
    expect(read.problems).toEqual([]);
    expect(read.value.mappings).toEqual([
      {
        measureId: 'cla_3plus_placements',
        headerSignature: ['children_percent'],
        indicator: 'children_percent',
        filters: [
          { column: 'cla_group', value: 'CLA on 31 March' },
          { column: 'placement_stability', value: 'With 3 or more placements' },
        ],
        numerator: { column: 'children_count', sibling: null },
        denominator: { column: 'children_count', sibling: { column: 'placement_stability', value: 'Total children' } },
        unitScale: 1,
        reportingYear: 'year_to_31_march',
        note: 'why',
        row: 2,
      },
    ]);
  });
});

describe('detectDfeFile: the five columns every EES file has', () => {
  it.each([
    { file: 'each real extract', header: fixture('la_care_leavers_activity.csv').table.header, dfe: true },
    {
      file: 'a header still carrying its byte-order mark, in capitals',
      header: ['\uFEFFTIME_PERIOD', 'Time_Identifier', 'geographic_level', 'country_code', 'country_name'],
      dfe: true,
    },
    {
      file: "the analysts' guide example (geographical_level)",
      header: readRepoCsv('test/fixtures/dfe/ees_demo_datafile.csv').value.header,
      dfe: true,
    },
    { file: 'an observations file', header: ['measure', 'area', 'period', 'value'], dfe: false },
    {
      file: 'a file without country_name',
      header: ['time_period', 'time_identifier', 'geographic_level', 'country_code'],
      dfe: false,
    },
    {
      file: 'the statistical-neighbour model',
      header: readRepoCsv('data/stat-neighbours-2021.csv').value.header,
      dfe: false,
    },
  ])('says $dfe for $file', ({ header, dfe }) => {
    expect(detectDfeFile(header)).toBe(dfe);
  });

  it.each(FIXTURES)('recognises %s', (file) => {
    expect(detectDfeFile(fixture(file).table.header)).toBe(true);
  });
});

describe('readDfeFile on the real extracts in test/fixtures/dfe', () => {
  it.each(FIXTURES)('reads %s with no error and no CSV problem', (file) => {
    const { csv, read } = fixture(file);
    expect(csv.problems).toEqual([]);
    expect(read.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  // Each row is counted once. In the CLA rates extract, for instance, 390 rows = 26 areas x 3
  // populations x 5 years: 360 used (England, North East and 22 current LAs), 15 Inner London rows
  // skipped, 15 Cumbria rows rejected with a warning.
  it.each<{ file: Fixture; used: number; unmatched: number; rejected: number; skipped: number }>([
    { file: 'cla_number_and_rate_per_10k_children.csv', used: 360, unmatched: 0, rejected: 15, skipped: 15 },
    { file: 'la_cla_placement_stability.csv', used: 240, unmatched: 500, rejected: 10, skipped: 30 },
    { file: 'la_care_leavers_activity.csv', used: 240, unmatched: 2750, rejected: 10, skipped: 120 },
    { file: 'la_care_leavers_accommodation_suitability.csv', used: 240, unmatched: 750, rejected: 10, skipped: 40 },
    { file: 'b1_children_in_need_2013_to_2024.csv', used: 288, unmatched: 0, rejected: 11, skipped: 12 },
    {
      file: 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv',
      used: 312,
      unmatched: 0,
      rejected: 11,
      skipped: 13,
    },
    { file: 'd3_cpps_subsequent_plan_2013_to_2025.csv', used: 312, unmatched: 0, rejected: 11, skipped: 13 },
    { file: 'csww_indicators_2017_to_2025.csv', used: 215, unmatched: 0, rejected: 11, skipped: 9 },
    { file: 'la_cla_swcount.csv', used: 24, unmatched: 24, rejected: 0, skipped: 2 },
  ])(
    'counts every row of $file: rows = used + unmatched + rejected + skipped',
    ({ file, used, unmatched, rejected, skipped }) => {
      const { table, read } = fixture(file);
      const skippedRows = read.value.skipped.reduce((sum, level) => sum + level.rows, 0);
      expect({
        used: read.value.usedRows,
        unmatched: read.value.unmatchedRows,
        rejected: read.value.rejectedRows,
        skipped: skippedRows,
      }).toEqual({ used, unmatched, rejected, skipped });
      expect(used + unmatched + rejected + skipped).toBe(table.records.length);
    },
  );

  it.each(FIXTURES)('skips and counts the Inner London sub-region rows of %s', (file) => {
    const { table, read } = fixture(file);
    const innerLondon = table.records.filter(
      (record) => record.cells.region_code === 'E13000001' && record.cells.geographic_level === 'Regional',
    ).length;
    expect(innerLondon).toBeGreaterThan(0);
    expect(read.value.skipped).toEqual([{ level: 'Regional: Inner London (a sub-region)', rows: innerLondon }]);
  });

  it.each(FIXTURES)('gives each row that was used at least one observation from it (%s)', (file) => {
    const { read } = fixture(file);
    expect(new Set(read.value.observations.map((observation) => observation.source.row)).size).toBe(
      read.value.usedRows,
    );
  });

  const LATEST: ReadonlyArray<{ measure: string; period: string }> = [
    { measure: 'cla_rate', period: '2024/25' },
    { measure: 'cla_starts_rate', period: '2024/25' },
    { measure: 'cla_ceased_rate', period: '2024/25' },
    { measure: 'cla_3plus_placements', period: '2024/25' },
    { measure: 'cla_long_term_stability', period: '2024/25' },
    { measure: 'care_leavers_17_18_eet', period: '2024/25' },
    { measure: 'care_leavers_19_21_eet', period: '2024/25' },
    { measure: 'care_leavers_17_18_suitable_accommodation', period: '2024/25' },
    { measure: 'care_leavers_19_21_suitable_accommodation', period: '2024/25' },
    { measure: 'cin_rate', period: '2023/24' },
    { measure: 'rereferrals_12m', period: '2024/25' },
    { measure: 'cpp_repeat', period: '2024/25' },
    { measure: 'sw_caseload', period: '2025-09-30' },
    { measure: 'sw_turnover', period: '2025-09-30' },
    { measure: 'sw_agency_rate', period: '2025-09-30' },
    { measure: 'sw_vacancy_rate', period: '2025-09-30' },
    { measure: 'cla_3plus_social_workers', period: '2023/24' },
  ];
  const allObservations = FIXTURES.flatMap((file) =>
    fixture(file).read.value.observations.map((observation) => ({ file, observation })),
  );
  const cases = LATEST.flatMap(({ measure, period }) =>
    [ENGLAND, NORTH_EAST, STOCKTON].map((area) => ({ measure, area, period })),
  );

  it.each(cases)(
    'gives $measure for $area, latest $period, equal to the cell of its row',
    ({ measure, area, period }) => {
      const found = allObservations.filter(
        ({ observation }) => observation.measureId === measure && observation.areaCode === area,
      );
      const latest = found
        .map(({ observation }) => observation)
        .sort((a, b) => (a.period.end < b.period.end ? 1 : -1))[0];
      expect(latest?.period.label).toBe(period);
      const from = found.find(({ observation }) => observation === latest);
      if (!from || !latest) throw new Error('no observation');
      expect(latest.value).toBe(Number(rawCell(fixture(from.file).table, latest)));
      expect(latest.status).toBe('final');
    },
  );

  // Picked by hand: the raw line as it stands in the extract, and the figure it must give.
  it.each<{
    file: Fixture;
    lines: string[];
    measure: string;
    area: string;
    period: string;
    value: number;
    numerator: number | null;
    denominator: number | null;
  }>([
    {
      file: 'cla_number_and_rate_per_10k_children.csv',
      measure: 'cla_starts_rate',
      area: ENGLAND,
      period: '2024/25',
      value: 26,
      numerator: 32270,
      denominator: null,
      lines: [
        '2025,Reporting year,National,E92000001,England,,,,,,Children starting to be looked after each year,12183016,32270,26',
      ],
    },
    {
      file: 'cla_number_and_rate_per_10k_children.csv',
      measure: 'cla_rate',
      area: STOCKTON,
      period: '2023/24',
      value: 131,
      numerator: 581,
      denominator: null,
      lines: [
        '2024,Reporting year,Local authority,E92000001,England,E12000001,North East,808,Stockton-on-Tees,E06000004,Children looked after on 31 March each year,44466,581,131',
      ],
    },
    {
      file: 'la_cla_placement_stability.csv',
      measure: 'cla_3plus_placements',
      area: STOCKTON,
      period: '2024/25',
      value: 11,
      numerator: 63,
      denominator: 564,
      lines: [
        '2025,Reporting year,Local authority,E92000001,England,E12000001,North East,808,Stockton-on-Tees,E06000004,CLA on 31 March,With 3 or more placements during the year,63,11',
        '2025,Reporting year,Local authority,E92000001,England,E12000001,North East,808,Stockton-on-Tees,E06000004,CLA on 31 March,Total children,564,100',
      ],
    },
    {
      file: 'la_cla_placement_stability.csv',
      measure: 'cla_long_term_stability',
      area: ENGLAND,
      period: '2024/25',
      value: 69,
      numerator: 19680,
      denominator: 28710,
      lines: [
        '2025,Reporting year,National,E92000001,England,,,,,,Children looked after continuously for at least 2.5 years on 31 March aged under 16 years,Living with the same carer for at least 2 years,19680,69',
        '2025,Reporting year,National,E92000001,England,,,,,,Children looked after continuously for at least 2.5 years on 31 March aged under 16 years,Total children,28710,100',
      ],
    },
    {
      file: 'la_care_leavers_activity.csv',
      measure: 'care_leavers_19_21_eet',
      area: NORTH_EAST,
      period: '2024/25',
      value: 48,
      numerator: 930,
      denominator: 1920,
      lines: [
        '2025,Reporting year,Regional,E92000001,England,E12000001,North East,,,,19 to 21 years,"Total in education, employment or training",930,48',
        '2025,Reporting year,Regional,E92000001,England,E12000001,North East,,,,19 to 21 years,Total,1920,100',
      ],
    },
    {
      file: 'la_care_leavers_activity.csv',
      measure: 'care_leavers_19_21_eet',
      area: STOCKTON,
      period: '2024/25',
      value: 49,
      numerator: 91,
      denominator: 187,
      lines: [
        '2025,Reporting year,Local authority,E92000001,England,E12000001,North East,808,Stockton-on-Tees,E06000004,19 to 21 years,"Total in education, employment or training",91,49',
        '2025,Reporting year,Local authority,E92000001,England,E12000001,North East,808,Stockton-on-Tees,E06000004,19 to 21 years,Total,187,100',
      ],
    },
    {
      file: 'la_care_leavers_accommodation_suitability.csv',
      measure: 'care_leavers_17_18_suitable_accommodation',
      area: STOCKTON,
      period: '2024/25',
      value: 80,
      numerator: 70,
      denominator: 87,
      lines: [
        '2025,Reporting year,Local authority,E92000001,England,E12000001,North East,808,Stockton-on-Tees,E06000004,17 to 18 years,Accommodation considered suitable,70,80',
        '2025,Reporting year,Local authority,E92000001,England,E12000001,North East,808,Stockton-on-Tees,E06000004,17 to 18 years,Suitability total,87,100',
      ],
    },
    {
      file: 'la_care_leavers_accommodation_suitability.csv',
      measure: 'care_leavers_17_18_suitable_accommodation',
      area: ENGLAND,
      period: '2024/25',
      value: 91,
      numerator: 13380,
      denominator: 14750,
      lines: [
        '2025,Reporting year,National,E92000001,England,,,,,,17 to 18 years,Accommodation considered suitable,13380,91',
        '2025,Reporting year,National,E92000001,England,,,,,,17 to 18 years,Suitability total,14750,100',
      ],
    },
    {
      file: 'b1_children_in_need_2013_to_2024.csv',
      measure: 'cin_rate',
      area: STOCKTON,
      period: '2023/24',
      value: 543.2,
      numerator: 2395,
      denominator: null,
      lines: [
        '2024,Reporting year,Local authority,E92000001,England,E12000001,North East,808,E06000004,Stockton-on-Tees,Children in Need,4124,935.4,3793,860.3,2110,478.6,1961,444.8,1729,392.2,1661,376.8,2395,543.2,48,10.9',
      ],
    },
    {
      file: 'b1_children_in_need_2013_to_2024.csv',
      measure: 'cin_rate',
      area: NORTH_EAST,
      period: '2023/24',
      value: 467.2,
      numerator: 25010,
      denominator: null,
      lines: [
        '2024,Reporting year,Regional,E92000001,England,E12000001,North East,,,,Children in Need,44510,831.7,41450,774.5,22070,412.4,20700,386.8,19510,364.4,18500,345.6,25010,467.2,460,8.7',
      ],
    },
    {
      file: 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv',
      measure: 'rereferrals_12m',
      area: STOCKTON,
      period: '2024/25',
      value: 28.8,
      numerator: 1140,
      denominator: 3959,
      lines: [
        '2025,Reporting year,Local authority,E92000001,England,E12000001,North East,808,E06000004,Stockton-on-Tees,Referrals and Re-referrals,3959,1140,28.8,c,c,2034,51.4,3427,951,27.8',
      ],
    },
    {
      file: 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv',
      measure: 'rereferrals_12m',
      area: ENGLAND,
      period: '2024/25',
      value: 22.6,
      numerator: 142900,
      denominator: 632830,
      lines: [
        '2025,Reporting year,National,E92000001,England,,,,,,Referrals and Re-referrals,632830,142900,22.6,41340,6.5,194620,30.8,557810,116950,21',
      ],
    },
    {
      file: 'd3_cpps_subsequent_plan_2013_to_2025.csv',
      measure: 'cpp_repeat',
      area: ENGLAND,
      period: '2024/25',
      value: 24.5,
      numerator: 15130,
      denominator: 61840,
      lines: [
        '2025,Reporting year,National,E92000001,England,"","",,"","",Child Protection Plans which are a second or subsequent plan,61840,15130,24.5',
      ],
    },
    {
      file: 'd3_cpps_subsequent_plan_2013_to_2025.csv',
      measure: 'cpp_repeat',
      area: NORTH_EAST,
      period: '2024/25',
      value: 27.2,
      numerator: 1240,
      denominator: 4540,
      lines: [
        '2025,Reporting year,Regional,E92000001,England,E12000001,North East,,"","",Child Protection Plans which are a second or subsequent plan,4540,1240,27.2',
      ],
    },
    {
      file: 'csww_indicators_2017_to_2025.csv',
      measure: 'sw_caseload',
      area: STOCKTON,
      period: '2025-09-30',
      value: 17.2,
      numerator: 2313,
      denominator: null,
      lines: [
        '2025,Reporting year,Local authority,E92000001,England,E12000001,North East,808,E06000004,Stockton-on-Tees,196.7,233,43.2,47,27.3,30,13.9,12.9,17,17,8,6.8,16,94.1,16,7.5,100,134.1,2313,17.2,1655,3.3',
      ],
    },
    {
      file: 'csww_indicators_2017_to_2025.csv',
      measure: 'sw_turnover',
      area: ENGLAND,
      period: '2024-09-30',
      value: 13.9,
      numerator: 4728.7,
      denominator: 34328.2,
      lines: [
        '2024,Reporting year,National,E92000001,England,,,,,,34328.2,36402,5613.4,5822,4728.7,5073,13.9,13.9,6520.7,6704,16.2,15.7,5313.2,81.3,7188.6,17.3,76.2,20803.5,320461,15.4,285778.4,3.4',
      ],
    },
    {
      file: 'csww_indicators_2017_to_2025.csv',
      measure: 'sw_vacancy_rate',
      area: NORTH_EAST,
      period: '2025-09-30',
      value: 8.9,
      numerator: 223.9,
      denominator: null,
      lines: [
        '2025,Reporting year,Regional,E92000001,England,E12000001,North East,,,,2299.3,2434,363.2,375,269.9,289,11.7,11.9,206,210,8.2,7.9,158.5,77,223.9,8.9,70.8,1378.9,22736,16.5,22947.5,3.9',
      ],
    },
    {
      file: 'la_cla_swcount.csv',
      measure: 'cla_3plus_social_workers',
      area: STOCKTON,
      period: '2023/24',
      value: 34,
      numerator: 195,
      denominator: 581,
      lines: [
        '2024,Reporting year,Local authority,E92000001,England,E12000001,North East,808,Stockton-on-Tees,E06000004,CLA on 31 March,3 or more social workers during the year,195,34',
        '2024,Reporting year,Local authority,E92000001,England,E12000001,North East,808,Stockton-on-Tees,E06000004,CLA on 31 March,Total children,581,100',
      ],
    },
  ])(
    'reads $measure for $area in $period as $value [$numerator of $denominator] from $file',
    ({ file, lines, measure, area, period, value, numerator, denominator }) => {
      const text = readRepoText(`test/fixtures/dfe/${file}`);
      for (const line of lines) expect(text.split('\n')).toContain(line);
      const found = fixture(file).read.value.observations.filter(
        (observation) =>
          observation.measureId === measure && observation.areaCode === area && observation.period.label === period,
      );
      expect(
        found.map(({ value: v, numerator: n, denominator: d, status }) => ({
          value: v,
          numerator: n,
          denominator: d,
          status,
        })),
      ).toEqual([{ value, numerator, denominator, status: 'final' }]);
    },
  );

  it.each(FIXTURES)('turns every symbol of %s into a status and every number into the same number', (file) => {
    const { table, read } = fixture(file);
    const symbols: Record<string, number> = {};
    for (const observation of read.value.observations) {
      const raw = rawCell(table, observation).trim();
      const symbol = SYMBOL_STATUS[raw];
      if (symbol) {
        symbols[raw] = (symbols[raw] ?? 0) + 1;
        expect({
          raw,
          value: observation.value,
          status: observation.status,
          numerator: observation.numerator,
          denominator: observation.denominator,
        }).toEqual({ raw, value: null, status: symbol, numerator: null, denominator: null });
      } else {
        expect({ raw, value: observation.value, status: observation.status }).toEqual({
          raw,
          value: Number(raw.replaceAll(',', '')),
          status: 'final',
        });
      }
    }
    const statusOnly = read.value.observations.filter((observation) => observation.value === null).length;
    expect(Object.values(symbols).reduce((sum, count) => sum + count, 0)).toBe(statusOnly);
  });

  // Counted from the raw cells, apart from the importer: rows of a known area whose filters match a
  // line of the map, and the symbols in that line's indicator column.
  it.each(FIXTURES)(
    'produces as many status-only figures as the raw extract %s has symbols in mapped cells',
    (file) => {
      const { table, read } = fixture(file);
      const header = new Map(table.header.map((name) => [name.toLowerCase(), name]));
      const mappings = map.mappings.filter((mapping) => mapping.headerSignature.every((column) => header.has(column)));
      let symbols = 0;
      for (const record of table.records) {
        const at = (column: string) => (record.cells[header.get(column) ?? ''] ?? '').trim();
        const level = at('geographic_level');
        const known =
          level === 'National' ||
          (level === 'Regional' && context.areas.find(at('region_code'))?.type === 'region') ||
          (level === 'Local authority' &&
            (context.areas.findLocalAuthority(at('new_la_code')) ??
              context.areas.findLocalAuthority(at('old_la_code'))) !== undefined);
        if (!known) continue;
        for (const mapping of mappings) {
          if (
            mapping.filters.every((filter) => at(filter.column) === filter.value) &&
            at(mapping.indicator) in SYMBOL_STATUS
          )
            symbols += 1;
        }
      }
      expect(read.value.observations.filter((observation) => observation.value === null)).toHaveLength(symbols);
    },
  );

  it('meets every DfE symbol that stands in a mapped cell of the extracts (c, x, z, low, u) and never makes a number of one', () => {
    const seen = new Map<string, Set<Status>>();
    for (const file of FIXTURES) {
      const { table, read } = fixture(file);
      for (const observation of read.value.observations) {
        const raw = rawCell(table, observation).trim();
        if (!(raw in SYMBOL_STATUS)) continue;
        seen.set(raw, (seen.get(raw) ?? new Set()).add(observation.status));
        expect(observation.value).toBeNull();
      }
    }
    expect(Object.fromEntries([...seen].map(([symbol, statuses]) => [symbol, [...statuses]]).sort())).toEqual({
      c: ['suppressed'],
      low: ['low'],
      u: ['not_available'],
      x: ['not_available'],
      z: ['not_applicable'],
    });
  });

  it("reads Sunderland's 2024 turnover, published as a lone 'u', as not available with a note, and its agency rate 'low' as low", () => {
    const row = rowOf(
      'csww_indicators_2017_to_2025.csv',
      '2024,Reporting year,Local authority,E92000001,England,E12000001,North East,394,E08000024,Sunderland,227.4,239,29.3,31,u,28,u,11.7,low,2,low,0.8,low,100,10,4.2,0.4,104.2,1792,17.2,1936.5,3.4',
    );
    const sunderland = fixture('csww_indicators_2017_to_2025.csv').read.value.observations.filter(
      (observation) => observation.source.row === row,
    );
    expect(sunderland.find((observation) => observation.measureId === 'sw_turnover')).toMatchObject({
      areaCode: 'E08000024',
      period: { label: '2024-09-30' },
      value: null,
      status: 'not_available',
      note: LOW_RELIABILITY_WITHOUT_FIGURE_NOTE,
      numerator: null,
    });
    expect(sunderland.find((observation) => observation.measureId === 'sw_agency_rate')).toMatchObject({
      value: null,
      status: 'low',
      note: '',
    });
    expect(sunderland.find((observation) => observation.measureId === 'sw_caseload')).toMatchObject({
      value: 17.2,
      numerator: 1792,
      status: 'final',
    });
  });

  it('joins Barnsley under its pre-2025 code E08000016 (a former code in areas.csv) to the current E08000038', () => {
    const row = rowOf(
      'cla_number_and_rate_per_10k_children.csv',
      '2025,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,370,Barnsley,E08000016,Children looked after on 31 March each year,51799,366,71',
    );
    const barnsley = fixture('cla_number_and_rate_per_10k_children.csv').read.value.observations.filter(
      (observation) => observation.source.row === row,
    );
    expect(
      barnsley.map(({ measureId, areaCode, period, value }) => ({ measureId, areaCode, period: period.label, value })),
    ).toEqual([{ measureId: 'cla_rate', areaCode: 'E08000038', period: '2024/25', value: 71 }]);
  });

  it('reads "Bristol, City of", quoted because of its comma, as Bristol', () => {
    const row = rowOf(
      'cla_number_and_rate_per_10k_children.csv',
      '2025,Reporting year,Local authority,E92000001,England,E12000009,South West,801,"Bristol, City of",E06000023,Children looked after on 31 March each year,92705,753,81',
    );
    const bristol = fixture('cla_number_and_rate_per_10k_children.csv').read.value.observations.find(
      (observation) => observation.source.row === row,
    );
    expect(bristol).toMatchObject({ measureId: 'cla_rate', areaCode: 'E06000023', value: 81, numerator: 753 });
  });

  it("reads the Isles of Scilly's percentages of no children, published as z, as not applicable", () => {
    const row = rowOf(
      'd3_cpps_subsequent_plan_2013_to_2025.csv',
      '2024,Reporting year,Local authority,E92000001,England,E12000009,South West,420,E06000053,Isles of Scilly,Child Protection Plans which are a second or subsequent plan,0,0,z',
    );
    const scilly = fixture('d3_cpps_subsequent_plan_2013_to_2025.csv').read.value.observations.find(
      (observation) => observation.source.row === row,
    );
    expect(scilly).toMatchObject({
      measureId: 'cpp_repeat',
      areaCode: 'E06000053',
      period: { label: '2023/24' },
      value: null,
      status: 'not_applicable',
      numerator: null,
      denominator: null,
    });
  });

  it.each<{ file: Fixture; code: string; name: string }>([
    { file: 'cla_number_and_rate_per_10k_children.csv', code: 'E10000006', name: 'Cumbria' },
    {
      file: 'csww_indicators_2017_to_2025.csv',
      code: 'E06000061 / E06000062',
      name: 'North Northamptonshire / West Northamptonshire',
    },
  ])(
    'warns once, at its first row, that $code ($name) is not a current LA, and rejects all its rows',
    ({ file, code, name }) => {
      const { table, read } = fixture(file);
      const rows = table.records.filter((record) => record.cells.new_la_code === code).map((record) => record.row);
      const warnings = read.problems.filter(
        (problem) => problem.rule === 'unknown_local_authority' && problem.message.includes(`'${code}'`),
      );
      expect(warnings.map(located)).toEqual([
        { rule: 'unknown_local_authority', severity: 'warning', row: rows[0], column: 'new_la_code' },
      ]);
      expect(warnings[0]?.message).toContain(`${file} rows ${rows.slice(0, 5).join(', ')}`);
      expect(warnings[0]?.message).toContain(`(${name}, old LA code`);
      if (rows.length > 5) expect(warnings[0]?.message).toContain(`and ${rows.length - 5} more`);
      expect(read.value.observations.filter((observation) => rows.includes(observation.source.row))).toEqual([]);
    },
  );
});

describe('readDfeFile on small files written here', () => {
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
      "dfe.csv rows 2, 3, column time_identifier: 2025 'Calendar year': a calendar year",
    );
    expect(result.value).toMatchObject({ usedRows: 1, rejectedRows: 2 });
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
