/**
 * The shipped sample's scorecard: County Durham's Performance Management Framework at 2021/22 Q2
 * as data/ gives it, checked against the seed's own scorecard (seed 002). A test of data/ as shipped:
 * the rules of the scorecard are tested on built figures in src/domain/scorecard/scorecard.test.ts.
 */
import { describe, expect, it, test } from 'vitest';
import { loadSampleDataset } from './sample-dataset';
import type { Observation } from '../../src/domain/observations/observation';
import { parsePeriod, type Period } from '../../src/domain/periods/period';
import {
  buildScorecard,
  type ComparatorFigure,
  type ComparatorKind,
  type Scorecard,
  type ScorecardRow,
} from '../../src/domain/scorecard/scorecard';

const { catalogue, areas, index } = loadSampleDataset();

function period(label: string): Period {
  const parsed = parsePeriod(label);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.period;
}

function scorecardAt(label: string, areaCode = 'E06000047'): Scorecard {
  const area = areas.find(areaCode);
  if (!area) throw new Error(`${areaCode} is not in data/areas.csv`);
  return buildScorecard({ catalogue, areas, index, area, period: period(label) });
}

function rowOf(scorecard: Scorecard, measureId: string): ScorecardRow {
  const row = scorecard.sections.flatMap((section) => section.rows).find((found) => found.measure.id === measureId);
  if (!row) throw new Error(`no row for ${measureId}`);
  return row;
}

function comparatorOf(row: ScorecardRow, kind: ComparatorKind): ComparatorFigure {
  const comparator = row.comparators.find((found) => found.kind === kind);
  if (!comparator) throw new Error(`no ${kind} comparator for ${row.measure.id}`);
  return comparator;
}

/** The parts of an observation a panel member reads, or null for an empty cell. */
function figure(found: Observation | null) {
  return (
    found && {
      period: found.period.label,
      value: found.value,
      numerator: found.numerator,
      denominator: found.denominator,
      status: found.status,
    }
  );
}

/** "2021/22 Q2 90" for a figure's period and value, "2021/22 Q2 reported_annually" for a later status. */
function position(row: ScorecardRow) {
  return {
    latest: row.latest && `${row.latest.period.label} ${row.latest.value}`,
    laterStatus: row.laterStatus && `${row.laterStatus.period.label} ${row.laterStatus.status}`,
    previous: row.previous && `${row.previous.period.label} ${row.previous.value}`,
    direction: row.direction,
  };
}

const atQ2 = scorecardAt('2021/22 Q2');

describe('the shipped sample: County Durham’s scorecard at Q2 2021/22', () => {
  test('shows the three latest financial years then the quarters of 2021/22 so far', () => {
    expect(atQ2.columns.map((column) => column.heading)).toEqual([
      '2018/19',
      '2019/20',
      '2020/21',
      'Q1 2021/22',
      'Q2 2021/22',
    ]);
  });

  test('compares with England, the North East and County Durham’s statistical neighbours', () => {
    expect(atQ2.comparatorAreas.map(({ kind, area }) => [kind, area.code, area.name])).toEqual([
      ['england', 'E92000001', 'England'],
      ['region', 'E12000001', 'North East'],
      ['stat_neighbours', 'SN:E06000047', 'Statistical neighbours of County Durham'],
    ]);
  });

  test('has a section for each of the seven key questions, with no rows where a question has no measures', () => {
    expect(atQ2.sections.map((section) => [section.keyQuestion.id, section.rows.length])).toEqual([
      ['characteristics', 14],
      ['partners', 7],
      ['voice', 1],
      ['aspirations', 0],
      // DfE's new placements over 20 miles, SDQ completion, and care leavers not in education or work or not known.
      ['stability', 15],
      ['health', 10],
      ['care_leavers', 13],
    ]);
  });

  it.each([
    { column: 0, heading: '2018/19', value: 82.9, numerator: 833, status: 'final' },
    { column: 1, heading: '2019/20', value: 90, numerator: 914, status: 'final' },
    { column: 2, heading: '2020/21', value: 93.5, numerator: 949, status: 'provisional' },
    { column: 3, heading: 'Q1 2021/22', value: 92.7, numerator: 937, status: 'final' },
    { column: 4, heading: 'Q2 2021/22', value: 90, numerator: 912, status: 'final' },
  ])(
    'shows the cla_rate cell under $heading as $value ($numerator children), $status',
    ({ column, value, numerator, status }) => {
      expect(rowOf(atQ2, 'cla_rate').cells[column]).toMatchObject({ value, numerator, denominator: null, status });
    },
  );

  it.each([
    { kind: 'england', value: 67 },
    { kind: 'region', value: 108 },
    { kind: 'stat_neighbours', value: 102 },
  ] as const)(
    'shows the $kind cla_rate as $value (2019/20), not rated because the measure has no polarity',
    ({ kind, value }) => {
      expect(comparatorOf(rowOf(atQ2, 'cla_rate'), kind)).toMatchObject({
        observation: { value, period: { label: '2019/20' } },
        rating: 'not_rated',
      });
    },
  );

  test('gives cla_rate the direction "lower" from 92.7 to 90, without calling it better or worse', () => {
    expect(rowOf(atQ2, 'cla_rate').direction).toBe('lower');
  });

  it.each([
    {
      column: 0,
      heading: '2018/19',
      cell: { period: '2015-18', value: 430, numerator: null, denominator: null, status: 'final' },
    },
    {
      column: 1,
      heading: '2019/20',
      cell: { period: '2016-19', value: 428, numerator: null, denominator: null, status: 'final' },
    },
    {
      column: 2,
      heading: '2020/21',
      cell: { period: '2020/21', value: 443, numerator: null, denominator: null, status: 'provisional' },
    },
    {
      column: 3,
      heading: 'Q1 2021/22',
      cell: { period: '2021/22 Q1', value: 442, numerator: null, denominator: null, status: 'final' },
    },
    {
      column: 4,
      heading: 'Q2 2021/22',
      cell: { period: '2021/22 Q2', value: 413, numerator: null, denominator: null, status: 'final' },
    },
  ])('shows adoption_a1_days under $heading as $cell.value ($cell.period)', ({ column, cell }) => {
    expect(figure(rowOf(atQ2, 'adoption_a1_days').cells[column] ?? null)).toEqual(cell);
  });

  it.each([
    {
      column: 0,
      heading: '2018/19',
      cell: { period: '2018/19', value: null, numerator: null, denominator: null, status: 'no_new_data' },
    },
    {
      column: 1,
      heading: '2019/20',
      cell: { period: '2016-19', value: 192, numerator: null, denominator: null, status: 'final' },
    },
  ])(
    'shows adoption_a2_days under $heading as its own $cell.period cell before any three-year figure',
    ({ column, cell }) => {
      expect(figure(rowOf(atQ2, 'adoption_a2_days').cells[column] ?? null)).toEqual(cell);
    },
  );

  it.each([
    {
      column: 0,
      heading: '2018/19',
      cell: { period: '2018/19', value: 0, numerator: null, denominator: null, status: 'final' },
    },
    {
      column: 1,
      heading: '2019/20',
      cell: { period: '2019/20', value: null, numerator: null, denominator: null, status: 'no_new_data' },
    },
    { column: 2, heading: '2020/21', cell: null },
    {
      column: 3,
      heading: 'Q1 2021/22',
      cell: { period: '2021/22 Q1', value: null, numerator: null, denominator: null, status: 'reported_annually' },
    },
  ])('shows cla_permanent_exclusions_percent under $heading as $cell, a blank cell as null', ({ column, cell }) => {
    expect(figure(rowOf(atQ2, 'cla_permanent_exclusions_percent').cells[column] ?? null)).toEqual(cell);
  });

  it.each([
    {
      measure: 'cla_rate',
      latest: '2021/22 Q2 90',
      laterStatus: null,
      previous: '2021/22 Q1 92.7',
      direction: 'lower',
    },
    {
      measure: 'cla_uasc_percent',
      latest: '2021/22 Q2 1',
      laterStatus: null,
      previous: '2021/22 Q1 0.6',
      direction: 'higher',
    },
    {
      measure: 'cla_missing_percent',
      latest: '2020/21 7.3',
      laterStatus: '2021/22 Q2 reported_annually',
      previous: '2019/20 5.5',
      direction: 'higher',
    },
    {
      measure: 'cla_sdq_score',
      latest: '2020/21 13.5',
      laterStatus: '2021/22 Q2 reported_annually',
      previous: '2019/20 13.6',
      direction: 'improving',
    },
    {
      measure: 'cla_permanent_exclusions_percent',
      latest: '2018/19 0',
      laterStatus: '2021/22 Q2 reported_annually',
      previous: null,
      direction: null,
    },
    {
      measure: 'cla_3plus_placements',
      latest: '2021/22 Q2 10',
      laterStatus: null,
      previous: '2021/22 Q1 10.5',
      direction: 'improving',
    },
    {
      measure: 'cla_long_term_stability',
      latest: '2021/22 Q2 72',
      laterStatus: null,
      previous: '2021/22 Q1 64.6',
      direction: 'improving',
    },
    {
      measure: 'adoption_a1_days',
      latest: '2021/22 Q2 413',
      laterStatus: null,
      previous: '2021/22 Q1 442',
      direction: 'improving',
    },
    {
      measure: 'adoption_a2_days',
      latest: '2021/22 Q2 304',
      laterStatus: null,
      previous: '2021/22 Q1 163',
      direction: 'worsening',
    },
    {
      measure: 'cla_dental_checks',
      latest: '2021/22 Q2 65',
      laterStatus: null,
      previous: '2021/22 Q1 53',
      direction: 'improving',
    },
    {
      measure: 'cla_iha_20_days',
      latest: '2021/22 Q2 57',
      laterStatus: null,
      previous: '2021/22 Q1 57',
      direction: 'no_change',
    },
    {
      measure: 'cla_substance_misuse',
      latest: '2019/20 2',
      laterStatus: '2021/22 Q2 reported_annually',
      previous: '2018/19 1.9',
      direction: 'worsening',
    },
    {
      measure: 'care_leavers_17_18_eet',
      latest: '2021/22 Q2 70',
      laterStatus: null,
      previous: '2021/22 Q1 70.6',
      direction: 'worsening',
    },
    {
      measure: 'care_leavers_19_21_eet',
      latest: '2021/22 Q2 60',
      laterStatus: null,
      previous: '2021/22 Q1 58.9',
      direction: 'improving',
    },
    {
      measure: 'cla_age_and_time_in_care',
      latest: null,
      laterStatus: '2020/21 see_chart',
      previous: null,
      direction: null,
    },
  ])(
    'gives $measure latest $latest, later $laterStatus, previous $previous, direction $direction',
    ({ measure, latest, laterStatus, previous, direction }) => {
      expect(position(rowOf(atQ2, measure))).toEqual({ latest, laterStatus, previous, direction });
    },
  );

  // Without counts, each by the margin of its unit: 2 percentage points, 0.5 for the SDQ score, 14 days.
  it.each([
    { measure: 'cla_3plus_placements', ratings: { england: 'similar', region: 'similar', stat_neighbours: 'similar' } },
    {
      measure: 'cla_long_term_stability',
      ratings: { england: 'better', region: 'better', stat_neighbours: 'better' },
    },
    // No good direction in LAIT's data dictionary, so not rated.
    {
      measure: 'cla_missing_percent',
      ratings: { england: 'not_rated', region: 'not_rated', stat_neighbours: 'not_rated' },
    },
    { measure: 'cla_sdq_score', ratings: { england: 'better', region: 'better', stat_neighbours: 'similar' } },
    { measure: 'adoption_a1_days', ratings: { england: 'worse', region: 'not_rated', stat_neighbours: 'not_rated' } },
    { measure: 'adoption_a2_days', ratings: { england: 'worse', region: 'not_rated', stat_neighbours: 'not_rated' } },
    // Adoptions so far this year (24 at Q1, 41 at Q2): a part-year figure beside whole years, so not rated.
    {
      measure: 'cla_adopted_percent',
      ratings: { england: 'not_rated', region: 'not_rated', stat_neighbours: 'not_rated' },
    },
    {
      measure: 'cla_health_assessments',
      ratings: { england: 'similar', region: 'similar', stat_neighbours: 'similar' },
    },
    { measure: 'cla_dental_checks', ratings: { england: 'worse', region: 'worse', stat_neighbours: 'worse' } },
    { measure: 'care_leavers_17_18_eet', ratings: { england: 'better', region: 'better', stat_neighbours: 'similar' } },
    {
      measure: 'care_leavers_17_18_suitable_accommodation',
      ratings: { england: 'better', region: 'similar', stat_neighbours: 'worse' },
    },
    { measure: 'care_leavers_19_21_eet', ratings: { england: 'better', region: 'better', stat_neighbours: 'better' } },
    {
      measure: 'care_leavers_19_21_suitable_accommodation',
      ratings: { england: 'better', region: 'similar', stat_neighbours: 'similar' },
    },
    {
      measure: 'cla_permanent_exclusions_percent',
      ratings: { england: 'similar', region: 'not_rated', stat_neighbours: 'not_rated' },
    },
    {
      measure: 'cla_uasc_percent',
      ratings: { england: 'not_rated', region: 'not_rated', stat_neighbours: 'not_rated' },
    },
  ])('rates $measure against England, the region and statistical neighbours as $ratings', ({ measure, ratings }) => {
    expect(
      Object.fromEntries(rowOf(atQ2, measure).comparators.map((comparator) => [comparator.kind, comparator.rating])),
    ).toEqual(ratings);
  });

  it.each([
    {
      kind: 'england',
      comparator: { period: '2019/20', value: 376, numerator: null, denominator: null, status: 'final' },
    },
    {
      kind: 'region',
      comparator: { period: '2019/20', value: null, numerator: null, denominator: null, status: 'not_available' },
    },
    {
      kind: 'stat_neighbours',
      comparator: { period: '2019/20', value: null, numerator: null, denominator: null, status: 'not_available' },
    },
  ] as const)(
    'shows the $kind figure for adoption_a1_days as $comparator.value $comparator.status',
    ({ kind, comparator }) => {
      expect(figure(comparatorOf(rowOf(atQ2, 'adoption_a1_days'), kind).observation)).toEqual(comparator);
    },
  );

  it.each([
    {
      kind: 'england',
      comparator: { period: '2016/17', value: 0.1, numerator: null, denominator: null, status: 'final' },
    },
    { kind: 'region', comparator: null },
    { kind: 'stat_neighbours', comparator: null },
  ] as const)(
    'shows the $kind figure for cla_permanent_exclusions_percent as $comparator, with its own period',
    ({ kind, comparator }) => {
      expect(figure(comparatorOf(rowOf(atQ2, 'cla_permanent_exclusions_percent'), kind).observation)).toEqual(
        comparator,
      );
    },
  );
});

describe('the shipped sample: County Durham’s scorecard at earlier periods', () => {
  test('shows 2018/19 to 2020/21 only at 2020/21', () => {
    expect(scorecardAt('2020/21').columns.map((column) => column.heading)).toEqual(['2018/19', '2019/20', '2020/21']);
  });

  test('shows Q1 but not Q2 at Q1 2021/22', () => {
    expect(scorecardAt('2021/22 Q1').columns.map((column) => column.heading)).toEqual([
      '2018/19',
      '2019/20',
      '2020/21',
      'Q1 2021/22',
    ]);
  });

  it.each([
    {
      at: '2020/21',
      measure: 'cla_rate',
      latest: '2020/21 93.5',
      laterStatus: null,
      previous: '2019/20 90',
      direction: 'higher',
    },
    {
      at: '2020/21',
      measure: 'cla_missing_percent',
      latest: '2020/21 7.3',
      laterStatus: null,
      previous: '2019/20 5.5',
      direction: 'higher',
    },
    {
      at: '2020/21',
      measure: 'cla_3plus_placements',
      latest: '2020/21 7.7',
      laterStatus: null,
      previous: '2019/20 7.6',
      direction: 'worsening',
    },
    {
      at: '2021/22 Q1',
      measure: 'cla_rate',
      latest: '2021/22 Q1 92.7',
      laterStatus: null,
      previous: null,
      direction: null,
    },
    {
      at: '2021/22 Q1',
      measure: 'cla_missing_percent',
      latest: '2020/21 7.3',
      laterStatus: '2021/22 Q1 reported_annually',
      previous: '2019/20 5.5',
      direction: 'higher',
    },
  ])(
    'gives $measure at $at latest $latest, later $laterStatus, previous $previous, direction $direction',
    ({ at, measure, latest, laterStatus, previous, direction }) => {
      expect(position(rowOf(scorecardAt(at), measure))).toEqual({ latest, laterStatus, previous, direction });
    },
  );

  test('shows the cla_rate cells of 2018/19 to 2020/21 at 2020/21', () => {
    expect(rowOf(scorecardAt('2020/21'), 'cla_rate').cells.map((cell) => cell?.value)).toEqual([82.9, 90, 93.5]);
  });
});
