/**
 * The shipped measure map (data/dfe-measure-map.csv) on DfE's real extracts (test/fixtures/dfe, see
 * PROVENANCE.md), with the shipped catalogue and areas: every row counted, and figures checked
 * against raw lines picked by hand. A test of data/ as shipped; the reader's rules are tested on
 * small files written in src/domain/readers/dfe/dfe-file.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { detectDfeFile } from '../../src/domain/readers/dfe/dfe-columns';
import { readDfeFile } from '../../src/domain/readers/dfe/dfe-file';
import { LOW_RELIABILITY_WITHOUT_FIGURE_NOTE } from '../../src/domain/readers/dfe/dfe-figure';
import { readDfeMeasureMap } from '../../src/domain/readers/dfe/dfe-measure-map';
import { readRepoCsv, readRepoText, realContext } from './tables';

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
  'la_conviction_health_outcome_cla.csv',
  'la_cla_during_year_new_placements.csv',
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

/** The spreadsheet row of a raw line of an extract (the header is row 1). */
function rowOf(file: Fixture, line: string): number {
  const index = readRepoText(`test/fixtures/dfe/${file}`).split('\n').indexOf(line);
  if (index === -1) throw new Error(`${file} has no line ${line}`);
  return index + 1;
}

describe('the shipped measure map, data/dfe-measure-map.csv', () => {
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

describe('the shipped measure map on the real extracts in test/fixtures/dfe', () => {
  it.each(FIXTURES)('reads %s with no error and no CSV problem', (file) => {
    const { csv, read } = fixture(file);
    expect(csv.problems).toEqual([]);
    expect(read.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  // The measure map says which files give councils' counts exactly (exact_counts); on every real
  // extract each council's percentage is then its numerator over its denominator, to DfE's rounding:
  // a warning here would mean a map line reads the wrong count rows.
  it.each(FIXTURES)("finds every council's percentage agrees with its counts in %s", (file) => {
    const rules = fixture(file).read.problems.map((problem) => problem.rule);
    expect(
      rules.filter((rule) => rule === 'value_disagrees_with_counts' || rule === 'numerator_over_denominator'),
    ).toEqual([]);
  });

  // Each row is counted once. In the CLA rates extract, for instance, 390 rows = 26 areas x 3
  // populations x 5 years: 375 used (England, North East, 22 current LAs and Cumbria, abolished in
  // 2023, whose rows are its own), 15 Inner London rows skipped.
  it.each<{ file: Fixture; used: number; unmatched: number; rejected: number; skipped: number }>([
    { file: 'cla_number_and_rate_per_10k_children.csv', used: 375, unmatched: 0, rejected: 0, skipped: 15 },
    { file: 'la_cla_placement_stability.csv', used: 250, unmatched: 500, rejected: 0, skipped: 30 },
    { file: 'la_care_leavers_activity.csv', used: 1000, unmatched: 2000, rejected: 0, skipped: 120 },
    { file: 'la_care_leavers_accommodation_suitability.csv', used: 250, unmatched: 750, rejected: 0, skipped: 40 },
    { file: 'b1_children_in_need_2013_to_2024.csv', used: 299, unmatched: 0, rejected: 0, skipped: 12 },
    {
      file: 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv',
      used: 323,
      unmatched: 0,
      rejected: 0,
      skipped: 13,
    },
    { file: 'd3_cpps_subsequent_plan_2013_to_2025.csv', used: 323, unmatched: 0, rejected: 0, skipped: 13 },
    { file: 'csww_indicators_2017_to_2025.csv', used: 226, unmatched: 0, rejected: 0, skipped: 9 },
    { file: 'la_cla_swcount.csv', used: 24, unmatched: 24, rejected: 0, skipped: 2 },
    { file: 'la_conviction_health_outcome_cla.csv', used: 1000, unmatched: 1250, rejected: 0, skipped: 90 },
    { file: 'la_cla_during_year_new_placements.csv', used: 125, unmatched: 2250, rejected: 0, skipped: 95 },
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

  // Counted in the raw files: the Regional rows with region_code E13000001.
  it.each<{ file: Fixture; rows: number }>([
    { file: 'cla_number_and_rate_per_10k_children.csv', rows: 15 },
    { file: 'la_cla_placement_stability.csv', rows: 30 },
    { file: 'la_care_leavers_activity.csv', rows: 120 },
    { file: 'la_care_leavers_accommodation_suitability.csv', rows: 40 },
    { file: 'b1_children_in_need_2013_to_2024.csv', rows: 12 },
    { file: 'c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv', rows: 13 },
    { file: 'd3_cpps_subsequent_plan_2013_to_2025.csv', rows: 13 },
    { file: 'csww_indicators_2017_to_2025.csv', rows: 9 },
    { file: 'la_cla_swcount.csv', rows: 2 },
    { file: 'la_conviction_health_outcome_cla.csv', rows: 90 },
    { file: 'la_cla_during_year_new_placements.csv', rows: 95 },
  ])('skips and counts the $rows Inner London sub-region rows of $file', ({ file, rows }) => {
    expect(fixture(file).read.value.skipped).toEqual([{ level: 'Regional: Inner London (a sub-region)', rows }]);
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

  it.each(cases)('gives $measure for $area up to $period', ({ measure, area, period }) => {
    const latest = allObservations
      .filter(({ observation }) => observation.measureId === measure && observation.areaCode === area)
      .map(({ observation }) => observation)
      .sort((a, b) => (a.period.end < b.period.end ? 1 : -1))[0];
    expect(latest?.period.label).toBe(period);
  });

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

  // County Durham's 2020/21 rows (time_period 2021), read by hand from the raw files: the measures
  // issue 12 adds to the map, each with its numerator and denominator.
  it.each<{ file: Fixture; measure: string; value: number; numerator: number | null; denominator: number | null }>([
    {
      file: 'la_care_leavers_activity.csv',
      measure: 'care_leavers_17_18_higher_education',
      value: 0,
      numerator: 0,
      denominator: 78,
    },
    {
      file: 'la_care_leavers_activity.csv',
      measure: 'care_leavers_19_21_higher_education',
      value: 6,
      numerator: 11,
      denominator: 197,
    },
    {
      file: 'la_care_leavers_activity.csv',
      measure: 'care_leavers_17_18_neet',
      value: 22,
      numerator: 17,
      denominator: 78,
    },
    {
      file: 'la_care_leavers_activity.csv',
      measure: 'care_leavers_19_21_neet',
      value: 38,
      numerator: 74,
      denominator: 197,
    },
    {
      file: 'la_care_leavers_activity.csv',
      measure: 'care_leavers_17_18_not_known',
      value: 3,
      numerator: 2,
      denominator: 78,
    },
    {
      file: 'la_care_leavers_activity.csv',
      measure: 'care_leavers_19_21_not_known',
      value: 7,
      numerator: 13,
      denominator: 197,
    },
    {
      file: 'la_conviction_health_outcome_cla.csv',
      measure: 'cla_health_assessments',
      value: 91,
      numerator: 621,
      denominator: 679,
    },
    {
      file: 'la_conviction_health_outcome_cla.csv',
      measure: 'cla_dental_checks',
      value: 41,
      numerator: 276,
      denominator: 679,
    },
    {
      file: 'la_conviction_health_outcome_cla.csv',
      measure: 'cla_immunisations',
      value: 90,
      numerator: 610,
      denominator: 679,
    },
    {
      file: 'la_conviction_health_outcome_cla.csv',
      measure: 'cla_development_assessments',
      value: 83,
      numerator: 92,
      denominator: 111,
    },
    {
      file: 'la_conviction_health_outcome_cla.csv',
      measure: 'cla_convictions_percent',
      value: 3,
      numerator: 11,
      denominator: 399,
    },
    {
      file: 'la_conviction_health_outcome_cla.csv',
      measure: 'cla_substance_misuse',
      value: 0,
      numerator: 0,
      denominator: 679,
    },
    {
      file: 'la_conviction_health_outcome_cla.csv',
      measure: 'cla_sdq_score',
      value: 13.5,
      numerator: null,
      denominator: null,
    },
    {
      file: 'la_conviction_health_outcome_cla.csv',
      measure: 'cla_sdq_completion',
      value: 99,
      numerator: 509,
      denominator: 516,
    },
    {
      file: 'la_cla_during_year_new_placements.csv',
      measure: 'cla_new_placements_over_20_miles',
      value: 11,
      numerator: 107,
      denominator: 1009,
    },
  ])(
    'gives County Durham $measure for 2020/21: $value ($numerator of $denominator)',
    ({ file, measure, value, numerator, denominator }) => {
      const found = fixture(file).read.value.observations.find(
        (observation) =>
          observation.areaCode === 'E06000047' &&
          observation.measureId === measure &&
          observation.period.label === '2020/21',
      );
      expect(found).toMatchObject({ value, numerator, denominator, status: 'final' });
    },
  );

  // Cumbria's rows, as the raw file has them: its figures are its own, for the years it existed.
  it.each([
    { period: '2020/21', value: 81, numerator: 736 },
    { period: '2022/23', value: 82, numerator: 740 },
  ])(
    'keeps Cumbria (E10000006, abolished 2023) with its CLA rate for $period: $value',
    ({ period, value, numerator }) => {
      const cumbria = fixture('cla_number_and_rate_per_10k_children.csv').read.value.observations.find(
        (observation) =>
          observation.areaCode === 'E10000006' &&
          observation.measureId === 'cla_rate' &&
          observation.period.label === period,
      );
      expect(cumbria).toMatchObject({ value, numerator });
    },
  );

  // Rows 24, 50, 76, 103 and 130 of the extract: the Northamptonshire Children's Trust's one workforce
  // return for both councils, as DfE publishes it.
  it.each(['E06000061', 'E06000062'])(
    'gives %s the joint return of North and West Northamptonshire, saying so',
    (code) => {
      const joint = fixture('csww_indicators_2017_to_2025.csv').read.value.observations.filter(
        (observation) => observation.areaCode === code && observation.measureId === 'sw_caseload',
      );
      expect(joint.map((observation) => observation.source.row).sort((a, b) => a - b)).toEqual([24, 50, 76, 103, 130]);
      expect(joint[0]?.note).toContain(
        'A joint return: DfE publishes one figure for North Northamptonshire and West Northamptonshire together',
      );
    },
  );

  it.each(FIXTURES)('recognises %s as a DfE file', (file) => {
    expect(detectDfeFile(fixture(file).table.header)).toBe(true);
  });
});
