/**
 * The National Framework's metrics that DfE's files give in other shapes, read through the shipped
 * measure map from DfE's real extracts (test/fixtures/dfe): the factors at assessment (counts, made
 * rates of the ONS population of children), England's adoption timescale (years:months) and the
 * hospital admissions of OHID's Fingertips download. Each checked for Stockton-on-Tees (England for
 * adoption) at the file's newest year against its raw row, picked by hand.
 */
import { describe, expect, it } from 'vitest';
import { readDfeMeasureMap } from '../../src/domain/readers/dfe/dfe-measure-map';
import { readImport } from '../../src/domain/readers/read-import';
import { readRepoCsv, readRepoText, realContext } from './tables';

const map = readDfeMeasureMap(readRepoCsv('data/dfe-measure-map.csv').value).value;
const context = { ...realContext(), dfeMeasureMap: map, today: '2026-12-01' };
const STOCKTON = 'E06000004';

const reads = new Map<string, ReturnType<typeof read>>();
function read(file: string) {
  const csv = readRepoCsv(`test/fixtures/dfe/${file}`);
  return { csv, read: readImport(csv.value, context) };
}
function fixture(file: string) {
  let found = reads.get(file);
  if (!found) reads.set(file, (found = read(file)));
  return found;
}
function rowOf(file: string, line: string): number {
  const index = readRepoText(`test/fixtures/dfe/${file}`).split('\n').indexOf(line);
  if (index === -1) throw new Error(`${file} has no line ${line}`);
  return index + 1;
}
function figure(file: string, measure: string, area: string, period: string) {
  return fixture(file).read.value.observations.filter(
    (observation) =>
      observation.measureId === measure && observation.areaCode === area && observation.period.label === period,
  );
}

const FACTORS = 'c3_factors_identified_at_end_of_assessment_2018_to_2025.csv';
const STOCKTON_FACTORS =
  '2025,Reporting year,Local authority,E92000001,England,E12000001,North East,808,E06000004,Stockton-on-Tees,Factors identified at the end of assessment,2629,49,489,89,197,678,161,433,1008,149,684,1129,138,207,77,15,102,126,17,117,7,15,129,89,12,113,220,160,571,434,0,73,284,0,49,136,c,17,134,426';

describe('factors identified at the end of assessment, per 10,000 children', () => {
  // The raw row's count in each column, and the rate it makes of Stockton-on-Tees' 45,079 children
  // aged 0 to 17 (ONS mid-2024, the estimate DfE divides the year to 31 March 2025 by), to 1 decimal.
  it.each([
    { measure: 'assessment_factor_domestic_abuse_child_rate', column: 'Domestic_Abuse_child', count: 433, rate: 96.1 },
    {
      measure: 'assessment_factor_domestic_abuse_parent_rate',
      column: 'Domestic_Abuse_parent',
      count: 1008,
      rate: 223.6,
    },
    {
      measure: 'assessment_factor_domestic_abuse_person_rate',
      column: 'Domestic_Abuse_person',
      count: 149,
      rate: 33.1,
    },
    { measure: 'assessment_factor_emotional_abuse_rate', column: 'Emotional_Abuse', count: 434, rate: 96.3 },
    { measure: 'assessment_factor_faith_linked_abuse_rate', column: 'Faith_linked_abuse', count: 17, rate: 3.8 },
    { measure: 'assessment_factor_neglect_rate', column: 'Neglect', count: 571, rate: 126.7 },
    {
      measure: 'assessment_factor_physical_abuse_adult_rate',
      column: 'Physical_Abuse_adult_on_child',
      count: 284,
      rate: 63.0,
    },
    {
      measure: 'assessment_factor_physical_abuse_child_rate',
      column: 'Physical_Abuse_child_on_child',
      count: 73,
      rate: 16.2,
    },
    { measure: 'assessment_factor_physical_abuse_unknown_rate', column: 'Physical_Abuse_unknown', count: 0, rate: 0.0 },
    {
      measure: 'assessment_factor_sexual_abuse_adult_rate',
      column: 'Sexual_Abuse_adult_on_child',
      count: 136,
      rate: 30.2,
    },
    {
      measure: 'assessment_factor_sexual_abuse_child_rate',
      column: 'Sexual_Abuse_child_on_child',
      count: 49,
      rate: 10.9,
    },
    { measure: 'assessment_factor_sexual_abuse_unknown_rate', column: 'Sexual_Abuse_unknown', count: 0, rate: 0.0 },
    {
      measure: 'assessment_factor_criminal_exploitation_rate',
      column: 'Child_criminal_exploitation',
      count: 134,
      rate: 29.7,
    },
    {
      measure: 'assessment_factor_sexual_exploitation_rate',
      column: 'Child_sexual_exploitation',
      count: 89,
      rate: 19.7,
    },
    { measure: 'assessment_factor_gangs_rate', column: 'Gangs', count: 113, rate: 25.1 },
    { measure: 'assessment_factor_going_missing_rate', column: 'Going_missing', count: 129, rate: 28.6 },
    { measure: 'assessment_factor_trafficking_rate', column: 'Trafficking', count: 12, rate: 2.7 },
  ])("gives Stockton-on-Tees' $measure for 2024/25 from the raw row's $column", ({ measure, count, rate }) => {
    const found = figure(FACTORS, measure, STOCKTON, '2024/25');
    expect(
      found.map((observation) => [
        observation.value?.toFixed(1),
        observation.numerator,
        observation.denominator,
        observation.source.row,
        observation.note,
      ]),
    ).toEqual([
      [
        rate.toFixed(1),
        count,
        45079,
        rowOf(FACTORS, STOCKTON_FACTORS),
        'Population: ONS mid-2024 estimate of children aged 0 to 17 (45,079).',
      ],
    ]);
  });

  it("gives England's and the North East's rates from their own rows and populations", () => {
    expect(
      [
        figure(FACTORS, 'assessment_factor_neglect_rate', 'E92000001', '2024/25'),
        figure(FACTORS, 'assessment_factor_neglect_rate', 'E12000001', '2024/25'),
      ].map((found) =>
        found.map((observation) => [observation.numerator, observation.denominator, observation.value?.toFixed(1)]),
      ),
    ).toEqual([[[90370, 12183016, '74.2']], [[5190, 542710, '95.6']]]);
  });
});

describe('the adoption timescale, England only', () => {
  it('reads 00:10 (years:months) as 10 months for 2024/25, from the Total row of stage 2', () => {
    const file = 'national_cla_adopted_average_time_between_adoption_process_stages.csv';
    const line =
      '2025,Reporting year,National,E92000001,England,Age on starting final period of care,2. Average time between decision that child should be placed for adoption and matching of child and adopters,Total,00:10';
    const found = figure(file, 'adoption_decision_to_match_months', 'E92000001', '2024/25');
    expect(found.map((observation) => [observation.value, observation.source.row])).toEqual([[10, rowOf(file, line)]]);
  });
});

describe('hospital admissions for injuries (Fingertips)', () => {
  it.each([
    { file: 'la_hospital_admissions_2324.csv', area: STOCKTON, value: 79.99117, count: 290, population: 36254 },
    { file: 'region_hospital_admissions_2324.csv', area: STOCKTON, value: 79.99117, count: 290, population: 36254 },
    {
      file: 'region_hospital_admissions_2324.csv',
      area: 'E12000001',
      value: 109.82399,
      count: 4855,
      population: 442071,
    },
    { file: 'la_hospital_admissions_2324.csv', area: 'E92000001', value: 72.71223, count: 72293, population: 9942344 },
  ])('gives $area for 2023/24 from the persons row of $file', ({ file, area, value, count, population }) => {
    const found = figure(file, 'hospital_admissions_injuries_0_14_rate', area, '2023/24');
    expect(found.map((observation) => [observation.value, observation.numerator, observation.denominator])).toEqual([
      [value, count, population],
    ]);
  });
});

describe('the new extracts', () => {
  it.each([
    FACTORS,
    'national_cla_adopted_average_time_between_adoption_process_stages.csv',
    'la_hospital_admissions_2324.csv',
    'region_hospital_admissions_2324.csv',
  ])('reads %s with no error and counts every row: used + unmatched + rejected + skipped', (file) => {
    const { csv, read: found } = fixture(file);
    expect(found.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const counts = found.value.openDataRows;
    const skipped = counts?.skipped.reduce((sum, level) => sum + level.rows, 0) ?? 0;
    expect((counts?.usedRows ?? 0) + (counts?.unmatchedRows ?? 0) + (counts?.rejectedRows ?? 0) + skipped).toBe(
      csv.value.records.length,
    );
    expect(counts?.usedRows).toBeGreaterThan(0);
  });
});
