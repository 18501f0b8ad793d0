import { describe, expect, it, test } from 'vitest';
import type { Observation } from './observation';
import { parsePeriod, type Period } from '../periods/period';
import type { Status } from './status';
import { ObservationIndex, latestPosition, positionAt, type LatestPosition } from './series';
import { indexInSlices } from './sliced-index';

function period(label: string): Period {
  const parsed = parsePeriod(label);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.period;
}

function observation(
  measureId: string,
  areaCode: string,
  label: string,
  value: number | null,
  status: Status = 'final',
): Observation {
  return {
    measureId,
    areaCode,
    period: period(label),
    value,
    numerator: null,
    denominator: null,
    status,
    note: '',
    source: { file: 'series.csv', row: 2 },
  };
}

/** "7.3 2020/21" for a figure, "reported_annually 2021/22 Q2" for a status, null for nothing. */
function summary(found: Observation | null): string | null {
  if (!found) return null;
  return `${found.value ?? found.status} ${found.period.label}`;
}

function summarise(position: LatestPosition): Record<keyof LatestPosition, string | null> {
  return {
    latest: summary(position.latest),
    laterStatus: summary(position.laterStatus),
    previous: summary(position.previous),
  };
}

const DURHAM = 'E06000047';

// Given out of order on purpose: the index puts each series in timeline order.
const index = new ObservationIndex([
  observation('cla_rate', DURHAM, '2021/22 Q2', 90),
  observation('cla_rate', DURHAM, '2018/19', 82.9),
  observation('cla_rate', DURHAM, '2021/22 Q1', 92.7),
  observation('cla_rate', DURHAM, '2020/21', 93.5, 'provisional'),
  observation('cla_rate', DURHAM, '2019/20', 90),
  observation('cla_rate', 'E92000001', '2019/20', 67),
  observation('cla_missing_percent', DURHAM, '2021/22 Q2', null, 'reported_annually'),
  observation('cla_missing_percent', DURHAM, '2021/22 Q1', null, 'reported_annually'),
  observation('cla_missing_percent', DURHAM, '2020/21', 7.3, 'provisional'),
  observation('cla_missing_percent', DURHAM, '2019/20', 5.5),
  observation('cla_missing_percent', DURHAM, '2018/19', 5),
  observation('cla_sdq_score', DURHAM, '2018/19', null, 'no_new_data'),
  observation('cla_sdq_score', DURHAM, '2019/20', 13.6),
  observation('cla_sdq_score', DURHAM, '2020/21', 13.5, 'provisional'),
  observation('cla_sdq_score', DURHAM, '2021/22 Q2', null, 'reported_annually'),
  observation('adoption_a1_days', DURHAM, '2021/22 Q2', 413),
  observation('adoption_a1_days', DURHAM, '2016-19', 428),
  observation('adoption_a1_days', DURHAM, '2021/22 Q1', 442),
  observation('adoption_a1_days', DURHAM, '2015-18', 430),
  observation('adoption_a1_days', DURHAM, '2020/21', 443, 'provisional'),
  observation('cla_3plus_placements', DURHAM, '2020/21', 7.7),
  observation('cla_3plus_placements', DURHAM, '2020/21 Q4', 7.9),
  observation('cla_3plus_placements', DURHAM, '2020/21 Q3', 8.4),
  observation('cla_3plus_placements', DURHAM, '2020/21 Q2', 6.1),
  observation('cla_3plus_placements', DURHAM, '2020/21 Q1', 3.2),
  observation('cla_3plus_placements', DURHAM, '2019/20', 7.6),
  observation('cla_3plus_placements', DURHAM, '2021/22 Q1', 10.5),
  observation('cla_adopted_percent', DURHAM, '2019/20', 16),
  observation('cla_adopted_percent', DURHAM, '2020/21', null, 'reported_annually'),
  observation('cla_adopted_percent', DURHAM, '2021/22 Q1', 23.8),
]);

describe('ObservationIndex', () => {
  it.each([
    { measure: 'cla_rate', periods: ['2018/19', '2019/20', '2020/21', '2021/22 Q1', '2021/22 Q2'] },
    { measure: 'cla_missing_percent', periods: ['2018/19', '2019/20', '2020/21', '2021/22 Q1', '2021/22 Q2'] },
    { measure: 'adoption_a1_days', periods: ['2015-18', '2016-19', '2020/21', '2021/22 Q1', '2021/22 Q2'] },
    {
      measure: 'cla_3plus_placements',
      periods: ['2019/20', '2020/21 Q1', '2020/21 Q2', '2020/21 Q3', '2020/21 Q4', '2020/21', '2021/22 Q1'],
    },
  ])('puts the $measure series in timeline order: $periods', ({ measure, periods }) => {
    expect(index.seriesOf(measure, DURHAM).map((found) => found.period.label)).toEqual(periods);
  });

  test('keeps each area in its own series', () => {
    expect(index.seriesOf('cla_rate', 'E92000001').map(summary)).toEqual(['67 2019/20']);
  });

  it.each([
    { measure: 'cla_rate', area: 'E12000001' },
    { measure: 'cla_unknown', area: DURHAM },
  ])('gives an empty series for $measure in $area, where there are no figures', ({ measure, area }) => {
    expect(index.seriesOf(measure, area)).toEqual([]);
  });

  test('lists every period with a figure or status for an area, oldest first and each once', () => {
    expect(index.periodsOf(DURHAM).map((found) => found.label)).toEqual([
      '2015-18',
      '2018/19',
      '2016-19',
      '2019/20',
      '2020/21 Q1',
      '2020/21 Q2',
      '2020/21 Q3',
      '2020/21 Q4',
      '2020/21',
      '2021/22 Q1',
      '2021/22 Q2',
    ]);
  });

  it.each([
    { measure: 'cla_rate', areas: [DURHAM, 'E92000001'] },
    { measure: 'cla_missing_percent', areas: [DURHAM] },
    { measure: 'cla_unknown', areas: [] },
  ])('names the areas with any observation of $measure: $areas', ({ measure, areas }) => {
    expect([...index.areasWith(measure)].sort()).toEqual(areas);
  });

  test('lists the area codes it holds, sorted', () => {
    expect(index.areaCodes()).toEqual(['E06000047', 'E92000001']);
  });
});

describe('latestPosition', () => {
  it.each([
    { measure: 'cla_rate', at: '2021/22 Q2', latest: '90 2021/22 Q2', laterStatus: null, previous: '92.7 2021/22 Q1' },
    { measure: 'cla_rate', at: '2021/22 Q1', latest: '92.7 2021/22 Q1', laterStatus: null, previous: null },
    { measure: 'cla_rate', at: '2020/21', latest: '93.5 2020/21', laterStatus: null, previous: '90 2019/20' },
    { measure: 'cla_rate', at: '2019/20', latest: '90 2019/20', laterStatus: null, previous: '82.9 2018/19' },
    { measure: 'cla_rate', at: '2018/19', latest: '82.9 2018/19', laterStatus: null, previous: null },
    { measure: 'cla_rate', at: '2021/22 Q3', latest: '90 2021/22 Q2', laterStatus: null, previous: '92.7 2021/22 Q1' },
    { measure: 'cla_rate', at: '2017/18', latest: null, laterStatus: null, previous: null },
    { measure: 'cla_rate', at: '2018/19 Q3', latest: null, laterStatus: null, previous: null },
    {
      measure: 'cla_missing_percent',
      at: '2021/22 Q2',
      latest: '7.3 2020/21',
      laterStatus: 'reported_annually 2021/22 Q2',
      previous: '5.5 2019/20',
    },
    {
      measure: 'cla_missing_percent',
      at: '2021/22 Q1',
      latest: '7.3 2020/21',
      laterStatus: 'reported_annually 2021/22 Q1',
      previous: '5.5 2019/20',
    },
    {
      measure: 'cla_missing_percent',
      at: '2020/21',
      latest: '7.3 2020/21',
      laterStatus: null,
      previous: '5.5 2019/20',
    },
    {
      measure: 'cla_sdq_score',
      at: '2021/22 Q2',
      latest: '13.5 2020/21',
      laterStatus: 'reported_annually 2021/22 Q2',
      previous: '13.6 2019/20',
    },
    { measure: 'cla_sdq_score', at: '2019/20', latest: '13.6 2019/20', laterStatus: null, previous: null },
    { measure: 'cla_sdq_score', at: '2018/19', latest: null, laterStatus: 'no_new_data 2018/19', previous: null },
    {
      measure: 'adoption_a1_days',
      at: '2021/22 Q2',
      latest: '413 2021/22 Q2',
      laterStatus: null,
      previous: '442 2021/22 Q1',
    },
    { measure: 'adoption_a1_days', at: '2019/20', latest: '428 2016-19', laterStatus: null, previous: '430 2015-18' },
    { measure: 'adoption_a1_days', at: '2020/21', latest: '443 2020/21', laterStatus: null, previous: null },
    {
      measure: 'cla_3plus_placements',
      at: '2020/21',
      latest: '7.7 2020/21',
      laterStatus: null,
      previous: '7.6 2019/20',
    },
    {
      measure: 'cla_3plus_placements',
      at: '2020/21 Q3',
      latest: '8.4 2020/21 Q3',
      laterStatus: null,
      previous: '6.1 2020/21 Q2',
    },
    {
      measure: 'cla_3plus_placements',
      at: '2021/22 Q1',
      latest: '10.5 2021/22 Q1',
      laterStatus: null,
      previous: '7.9 2020/21 Q4',
    },
    {
      measure: 'cla_adopted_percent',
      at: '2020/21',
      latest: '16 2019/20',
      laterStatus: 'reported_annually 2020/21',
      previous: null,
    },
    { measure: 'cla_adopted_percent', at: '2021/22 Q1', latest: '23.8 2021/22 Q1', laterStatus: null, previous: null },
    { measure: 'cla_unknown', at: '2021/22 Q2', latest: null, laterStatus: null, previous: null },
  ])(
    'gives $measure at $at: latest $latest, later status $laterStatus, previous $previous',
    ({ measure, at, latest, laterStatus, previous }) => {
      expect(summarise(latestPosition(index.seriesOf(measure, DURHAM), period(at)))).toEqual({
        latest,
        laterStatus,
        previous,
      });
    },
  );

  test('never turns a later status into a number', () => {
    const position = latestPosition(index.seriesOf('cla_missing_percent', DURHAM), period('2021/22 Q2'));
    expect(position.latest?.value).toBe(7.3);
    expect(position.laterStatus).toMatchObject({ value: null, status: 'reported_annually' });
  });

  test('takes the annual figure as latest at Q4, as it ends on the same day and sorts after the quarter', () => {
    expect(summarise(latestPosition(index.seriesOf('cla_3plus_placements', DURHAM), period('2020/21 Q4')))).toEqual({
      latest: '7.7 2020/21',
      laterStatus: null,
      previous: '7.6 2019/20',
    });
  });
});

/** A figure of Ofsted's sheet: a reference figure (isReferenceFigure). */
function ofsted(areaCode: string, label: string, value: number | null): Observation {
  const read = observation(
    'ofsted_leaders_good_count',
    areaCode,
    label,
    value,
    value === null ? 'not_applicable' : 'final',
  );
  return { ...read, source: { file: 'Inspections_as_at_31_March.csv', row: 4, publisher: 'Ofsted' } };
}

describe('ObservationIndex with reference figures', () => {
  const own = [observation('cla_rate', 'E06000047', '2021/22 Q2', 90)];
  const reference = [ofsted('E06000047', '2024/25', null), ofsted('E06000001', '2024/25', null)];

  it.each([
    { name: 'built at once', build: () => Promise.resolve(new ObservationIndex(own.concat(reference))) },
    {
      name: 'built a slice at a time',
      build: () => indexInSlices(own, () => Promise.resolve(), 1, Promise.resolve(reference)),
    },
  ])('holds them in their series but gives them no period or area ($name)', async ({ build }) => {
    const index = await build();
    expect(index.seriesOf('ofsted_leaders_good_count', 'E06000001')).toHaveLength(1);
    expect(index.periodsOf('E06000047').map((found) => found.label)).toEqual(['2021/22 Q2']);
    expect(index.periodsOf('E06000001')).toEqual([]);
    expect(index.areaCodes()).toEqual(['E06000047']);
  });
});

describe('positionAt: context whatever the period', () => {
  const own = [
    observation('cla_rate', 'E06000047', '2020/21', 93),
    observation('cla_rate', 'E06000047', '2021/22 Q2', 90),
  ];
  const judged = ofsted('E06000047', '2024/25', null);
  const counted = [ofsted('E92000001', '2023/24', 58), ofsted('E92000001', '2024/25', 60)];
  const shown = (position: LatestPosition) =>
    [position.latest, position.laterStatus].map((found) =>
      found ? `${found.value ?? found.status} ${found.period.label}` : null,
    );
  it.each([
    {
      name: 'the council’s own figure, as latestPosition',
      series: own,
      at: '2021/22 Q2',
      expected: ['90 2021/22 Q2', null],
    },
    { name: 'nothing of its own after the period', series: own, at: '2019/20', expected: [null, null] },
    {
      name: 'a reference status after the period',
      series: [judged],
      at: '2021/22 Q2',
      expected: [null, 'not_applicable 2024/25'],
    },
    {
      name: 'the nearest reference figure after the period',
      series: counted,
      at: '2021/22 Q2',
      expected: ['58 2023/24', null],
    },
    {
      name: 'the newest reference figure up to the period',
      series: counted,
      at: '2024/25',
      expected: ['60 2024/25', null],
    },
  ])('$name', ({ series, at, expected }) => {
    expect(shown(positionAt(series, period(at)))).toEqual(expected);
  });
});
