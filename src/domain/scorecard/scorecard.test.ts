import { describe, expect, it, test } from 'vitest';
import { DURHAM, ENGLAND_CODE, HARTLEPOOL, NORTH_EAST_CODE, areaDirectory } from '../../../test/unit/builders/areas';
import { catalogue, keyQuestion } from '../../../test/unit/builders/catalogue';
import { ADOPTION_A1_DAYS, CLA_RATE, THREE_PLUS_PLACEMENTS, measure } from '../../../test/unit/builders/measure';
import { figure, period } from '../../../test/unit/builders/observation';
import { neighbourModel } from '../../../test/unit/builders/dataset';
import type { Framework } from '../catalogue/framework';
import type { Measure } from '../catalogue/measure';
import type { Observation } from '../observations/observation';
import { ObservationIndex } from '../observations/series';
import {
  buildScorecard,
  cellFor,
  scorecardColumns,
  scorecardPeriods,
  type Scorecard,
  type ScorecardRow,
} from './scorecard';

const areas = areaDirectory();

function scorecardOf(
  observations: readonly Observation[],
  at: string,
  measures: readonly Measure[] = [THREE_PLUS_PLACEMENTS],
): Scorecard {
  return buildScorecard({
    catalogue: catalogue(measures),
    areas,
    index: new ObservationIndex(observations),
    area: DURHAM,
    period: period(at),
  });
}

function onlyRow(scorecard: Scorecard): ScorecardRow {
  const [row] = scorecard.sections.flatMap((section) => section.rows);
  if (!row) throw new Error('the scorecard has no row');
  return row;
}

const placements = (label: string, value: number | null, changes: Partial<Observation> = {}) =>
  figure(THREE_PLUS_PLACEMENTS.id, label, value, changes);

describe('scorecardColumns', () => {
  it.each([
    {
      at: '2021/22 Q4',
      headings: ['2018/19', '2019/20', '2020/21', 'Q1 2021/22', 'Q2 2021/22', 'Q3 2021/22', 'Q4 2021/22'],
    },
    { at: '2021/22 Q2', headings: ['2018/19', '2019/20', '2020/21', 'Q1 2021/22', 'Q2 2021/22'] },
    { at: '2021/22 Q1', headings: ['2018/19', '2019/20', '2020/21', 'Q1 2021/22'] },
    { at: '2020/21', headings: ['2018/19', '2019/20', '2020/21'] },
    { at: '2021/22', headings: ['2019/20', '2020/21', '2021/22'] },
    { at: '2021-09', headings: ['2018/19', '2019/20', '2020/21', 'Q1 2021/22', 'Q2 2021/22'] },
    { at: '2021-08', headings: ['2018/19', '2019/20', '2020/21', 'Q1 2021/22'] },
    { at: '2016-19', headings: ['2016/17 to 2018/19'] },
  ])('shows the columns $headings at $at', ({ at, headings }) => {
    expect(scorecardColumns(period(at)).map((column) => column.heading)).toEqual(headings);
  });
});

describe('cellFor', () => {
  const series = [figure('adoption_a1_days', '2015-18', 430), figure('adoption_a1_days', '2020/21', 443)];

  it.each([
    { column: '2018/19', value: 430, why: 'a three-year figure in the year it was reported' },
    { column: '2020/21', value: 443, why: 'the figure for the year itself' },
    { column: '2019/20', value: null, why: 'nothing for a year with no figure' },
    { column: '2021/22 Q3', value: null, why: 'nothing for a quarter with only a three-year figure' },
  ])('shows $why ($column)', ({ column, value }) => {
    expect(cellFor(series, period(column))?.value ?? null).toBe(value);
  });
});

describe('scorecardPeriods', () => {
  test("offers an area's financial years and quarters, newest first, and nothing for an area without figures", () => {
    const index = new ObservationIndex([
      placements('2019/20', 7.6),
      placements('2021/22 Q1', 10.5),
      placements('2015-18', 7),
      placements('2020/21', 7.7),
    ]);
    expect(scorecardPeriods(index, DURHAM.code).map((found) => found.label)).toEqual([
      '2021/22 Q1',
      '2020/21',
      '2019/20',
    ]);
    expect(scorecardPeriods(index, HARTLEPOOL.code)).toEqual([]);
  });
});

describe('buildScorecard', () => {
  test('compares an LA with England, its region and its statistical neighbours', () => {
    expect(scorecardOf([], '2020/21').comparatorAreas.map(({ kind, area }) => [kind, area.code, area.name])).toEqual([
      ['england', ENGLAND_CODE, 'England'],
      ['region', NORTH_EAST_CODE, 'North East'],
      ['stat_neighbours', 'SN:E06000047', 'Statistical neighbours of County Durham'],
    ]);
  });

  test('has a section for each key question in catalogue order, empty where a question has no measures', () => {
    const measures = [
      CLA_RATE,
      THREE_PLUS_PLACEMENTS,
      measure('percent', { id: 'cla_health', keyQuestionId: 'health' }),
    ];
    const scorecard = buildScorecard({
      catalogue: {
        keyQuestions: ['characteristics', 'voice', 'stability', 'health'].map((id) => keyQuestion(id)),
        measures,
      },
      areas,
      index: new ObservationIndex([]),
      area: DURHAM,
      period: period('2020/21'),
    });
    expect(
      scorecard.sections.map((section) => [section.keyQuestion.id, section.rows.map((row) => row.measure.id)]),
    ).toEqual([
      ['characteristics', ['cla_rate']],
      ['voice', []],
      ['stability', ['cla_3plus_placements']],
      ['health', ['cla_health']],
    ]);
  });

  test("groups the same rows by a framework's headings, each under its outcome, leaving out metrics without a measure", () => {
    const framework: Framework = {
      id: 'national',
      title: 'National Framework',
      metrics: [
        { order: 1, group: 'Outcome 1', heading: 'Family stability', measureId: CLA_RATE.id, metric: '', source: '' },
        { order: 2, group: 'Outcome 1', heading: 'Family stability', measureId: null, metric: 'UASC', source: '' },
        {
          order: 3,
          group: 'Outcome 4',
          heading: 'Stability',
          measureId: THREE_PLUS_PLACEMENTS.id,
          metric: '',
          source: '',
        },
        { order: 4, group: 'Enabler', heading: 'Ethnicity', measureId: null, metric: 'Ethnicity', source: '' },
      ],
    };
    const observations = [placements('2020/21', 11), figure(CLA_RATE.id, '2020/21', 90)];
    const grouped = buildScorecard({
      catalogue: catalogue([THREE_PLUS_PLACEMENTS, CLA_RATE, ADOPTION_A1_DAYS]),
      areas,
      index: new ObservationIndex(observations),
      area: DURHAM,
      period: period('2020/21'),
      framework,
    });
    expect(
      grouped.sections.map((section) => [
        section.keyQuestion.id,
        section.group,
        section.keyQuestion.title,
        section.rows.map((row) => row.measure.id),
      ]),
    ).toEqual([
      ['national-1', 'Outcome 1', 'Family stability', [CLA_RATE.id]],
      ['national-2', 'Outcome 4', 'Stability', [THREE_PLUS_PLACEMENTS.id]],
      ['national-3', 'Enabler', 'Ethnicity', []],
    ]);
    const byQuestions = scorecardOf(observations, '2020/21', [THREE_PLUS_PLACEMENTS, CLA_RATE]);
    const row = (card: Scorecard, id: string) =>
      card.sections.flatMap((section) => section.rows).find((found) => found.measure.id === id);
    expect(row(grouped, CLA_RATE.id)).toEqual(row(byQuestions, CLA_RATE.id));
  });

  test('gives each column its cell: a figure, a status without a number, or nothing', () => {
    const row = onlyRow(
      scorecardOf(
        [
          placements('2018/19', 0),
          placements('2019/20', null, { status: 'no_new_data' }),
          placements('2021/22 Q1', null, { status: 'reported_annually' }),
        ],
        '2021/22 Q1',
      ),
    );
    expect(row.cells.map((cell) => cell && [cell.value, cell.status])).toEqual([
      [0, 'final'],
      [null, 'no_new_data'],
      null,
      [null, 'reported_annually'],
    ]);
  });

  it.each([
    {
      name: 'the latest figure and the one before it in the same kind of period',
      figures: [
        placements('2019/20', 7.6),
        placements('2020/21', 7.7),
        placements('2021/22 Q1', 10.5),
        placements('2021/22 Q2', 10),
      ],
      at: '2021/22 Q2',
      position: { latest: '2021/22 Q2 10', laterStatus: null, previous: '2021/22 Q1 10.5', direction: 'improving' },
    },
    {
      name: 'nothing after the period shown',
      figures: [placements('2019/20', 7.6), placements('2020/21', 7.7), placements('2021/22 Q1', 10.5)],
      at: '2020/21',
      position: { latest: '2020/21 7.7', laterStatus: null, previous: '2019/20 7.6', direction: 'worsening' },
    },
    {
      name: 'a later status beside the last real figure, never in its place',
      figures: [
        placements('2019/20', 5.5),
        placements('2020/21', 7.3),
        placements('2021/22 Q2', null, { status: 'reported_annually' }),
      ],
      at: '2021/22 Q2',
      position: {
        latest: '2020/21 7.3',
        laterStatus: '2021/22 Q2 reported_annually',
        previous: '2019/20 5.5',
        direction: 'worsening',
      },
    },
    {
      name: 'no direction for a first quarter with no quarter before it',
      figures: [placements('2020/21', 7.7), placements('2021/22 Q1', 10.5)],
      at: '2021/22 Q1',
      position: { latest: '2021/22 Q1 10.5', laterStatus: null, previous: null, direction: null },
    },
  ])('shows $name', ({ figures, at, position }) => {
    const row = onlyRow(scorecardOf(figures, at));
    expect({
      latest: row.latest && `${row.latest.period.label} ${row.latest.value}`,
      laterStatus: row.laterStatus && `${row.laterStatus.period.label} ${row.laterStatus.status}`,
      previous: row.previous && `${row.previous.period.label} ${row.previous.value}`,
      direction: row.direction,
    }).toEqual(position);
  });

  test('gives a measure without polarity a direction but no judgement, and rates it against nobody', () => {
    const row = onlyRow(
      scorecardOf(
        [
          figure('cla_rate', '2021/22 Q1', 92.7),
          figure('cla_rate', '2021/22 Q2', 90),
          figure('cla_rate', '2021/22 Q2', 67, { areaCode: ENGLAND_CODE }),
        ],
        '2021/22 Q2',
        [CLA_RATE],
      ),
    );
    expect([row.direction, row.comparators.map((comparator) => comparator.rating)]).toEqual([
      'lower',
      ['not_rated', 'not_rated', 'not_rated'],
    ]);
  });

  test("rates the LA's latest figure against each comparator's latest figure, each at its own period", () => {
    const row = onlyRow(
      scorecardOf(
        [
          placements('2021/22 Q2', 10),
          placements('2019/20', 13, { areaCode: ENGLAND_CODE }),
          placements('2020/21', 10, { areaCode: NORTH_EAST_CODE }),
          placements('2020/21', 7, { areaCode: 'SN:E06000047' }),
        ],
        '2021/22 Q2',
      ),
    );
    expect(
      row.comparators.map((comparator) => [comparator.kind, comparator.observation?.period.label, comparator.rating]),
    ).toEqual([
      ['england', '2019/20', 'better'],
      ['region', '2020/21', 'similar'],
      ['stat_neighbours', '2020/21', 'worse'],
    ]);
  });

  test('shows a status-only comparator as its figure, not rated', () => {
    const row = onlyRow(
      scorecardOf(
        [
          figure(ADOPTION_A1_DAYS.id, '2021/22 Q2', 413),
          figure(ADOPTION_A1_DAYS.id, '2019/20', null, { areaCode: NORTH_EAST_CODE, status: 'not_available' }),
        ],
        '2021/22 Q2',
        [ADOPTION_A1_DAYS],
      ),
    );
    const region = row.comparators.find((comparator) => comparator.kind === 'region');
    expect([region?.observation?.status, region?.rating]).toEqual(['not_available', 'not_rated']);
  });

  test('rates on the figures as published, rounded to the measure’s decimal places', () => {
    const row = onlyRow(
      scorecardOf(
        [placements('2020/21', 10.04), placements('2020/21', 10.0449, { areaCode: ENGLAND_CODE })],
        '2020/21',
        [{ ...THREE_PLUS_PLACEMENTS, similarTolerance: 0 }],
      ),
    );
    expect(row.comparators[0]?.rating).toBe('similar');
  });

  test('rates by the 95% interval when the counts are known, and says so', () => {
    const row = onlyRow(
      scorecardOf(
        [
          placements('2020/21', 15, { numerator: 6, denominator: 40 }),
          placements('2020/21', 13, { areaCode: ENGLAND_CODE }),
        ],
        '2020/21',
      ),
    );
    expect([row.comparators[0]?.rating, row.comparators[0]?.ratedBy.kind]).toEqual(['similar', 'interval']);
  });

  const TEN = ['N1', 'N2', 'N3', 'N4', 'N5', 'N6', 'N7', 'N8', 'N9', 'N10'];
  it.each([
    { have: 4, rating: 'not_rated', ratedBy: 'not_rated' },
    { have: 5, rating: 'worse', ratedBy: 'tolerance' },
  ])('rates a neighbours’ average of $have of the 10 as $rating', ({ have, rating, ratedBy }) => {
    const scorecard = buildScorecard({
      catalogue: catalogue([THREE_PLUS_PLACEMENTS]),
      areas,
      index: new ObservationIndex([
        placements('2020/21', 20),
        ...TEN.slice(0, have).map((code) => placements('2020/21', 10, { areaCode: code })),
      ]),
      area: DURHAM,
      period: period('2020/21'),
      neighbours: { model: neighbourModel('2021', { [DURHAM.code]: TEN }), method: 'mean' },
    });
    const neighbours = onlyRow(scorecard).comparators.find((comparator) => comparator.kind === 'stat_neighbours');
    expect([neighbours?.observation?.value, neighbours?.rating, neighbours?.ratedBy.kind]).toEqual([
      10,
      rating,
      ratedBy,
    ]);
  });
});
