import { describe, expect, test } from 'vitest';
import type { Area } from '../../domain/areas/area';
import type { Observation } from '../../domain/observations/observation';
import { parsePeriod, type Period } from '../../domain/periods/period';
import { comparatorAreasFor } from '../../domain/scorecard/scorecard';
import { ObservationIndex } from '../../domain/observations/series';
import { loadSampleDataset } from '../../../test/unit/sample-dataset';
import { buildTrendSeries, trendTableRows } from './trend-series';

const dataset = loadSampleDataset();
const durham = dataset.areas.find('E06000047') as Area;
const comparators = comparatorAreasFor(durham, dataset.areas);

function period(label: string): Period {
  const parsed = parsePeriod(label);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.period;
}

function seriesOf(measureId: string, at = '2021/22 Q2', index = dataset.index) {
  const measure = dataset.measuresById.get(measureId);
  if (!measure) throw new Error(measureId);
  return buildTrendSeries(measure, index, durham, comparators, period(at));
}

function summary(measureId: string, at?: string, index?: ObservationIndex) {
  return seriesOf(measureId, at, index).map((series) => [
    series.id,
    series.label,
    series.points.map((point) => [point.period.label, point.value]),
  ]);
}

describe('buildTrendSeries', () => {
  test("splits the home LA's years and quarters into separate lines, with each comparator", () => {
    expect(summary('cla_rate')).toEqual([
      [
        'home:financial_year',
        'County Durham (years)',
        [
          ['2018/19', 82.9],
          ['2019/20', 90],
          ['2020/21', 93.5],
        ],
      ],
      [
        'home:quarter',
        'County Durham (quarters)',
        [
          ['2021/22 Q1', 92.7],
          ['2021/22 Q2', 90],
        ],
      ],
      ['england:financial_year', 'England', [['2019/20', 67]]],
      ['region:financial_year', 'North East', [['2019/20', 108]]],
      ['stat_neighbours:financial_year', 'Statistical neighbours of County Durham', [['2019/20', 102]]],
    ]);
  });

  test('leaves out periods after the chosen one', () => {
    expect(summary('cla_rate', '2019/20').map(([id]) => id)).toEqual([
      'home:financial_year',
      'england:financial_year',
      'region:financial_year',
      'stat_neighbours:financial_year',
    ]);
  });

  test('draws a suppressed figure and a missing year as gaps, never as zero', () => {
    const row = (label: string, value: number | null, status: Observation['status'] = 'final'): Observation => ({
      measureId: 'cla_dental_checks',
      areaCode: 'E06000047',
      period: period(label),
      value,
      numerator: null,
      denominator: null,
      status,
      note: '',
      source: { file: 't.csv', row: 2 },
    });
    const index = new ObservationIndex([row('2016/17', 80), row('2017/18', null, 'suppressed'), row('2019/20', 87)]);
    expect(summary('cla_dental_checks', '2021/22 Q2', index)).toEqual([
      [
        'home:financial_year',
        'County Durham',
        [
          ['2016/17', 80],
          ['2017/18', null],
          ['2018/19', null],
          ['2019/20', 87],
        ],
      ],
    ]);
  });

  test('leaves out a comparator with no figures at all', () => {
    expect(summary('cla_iha_20_days').map(([id]) => id)).toEqual(['home:financial_year', 'home:quarter']);
  });
});

describe('trendTableRows', () => {
  test('lists every period of every line in timeline order', () => {
    expect(
      trendTableRows(seriesOf('cla_rate')).map((row) => [
        row.period.label,
        row.cells.map((cell) => cell?.value ?? null),
      ]),
    ).toEqual([
      ['2018/19', [82.9, null, null, null, null]],
      ['2019/20', [90, null, 67, 108, 102]],
      ['2020/21', [93.5, null, null, null, null]],
      ['2021/22 Q1', [null, 92.7, null, null, null]],
      ['2021/22 Q2', [null, 90, null, null, null]],
    ]);
  });
});

describe('buildTrendSeries with a statistical-neighbour model', () => {
  test("joins the supplied neighbours' figure with those worked out from the model for other years", () => {
    const model = dataset.statNeighbourModels.find((candidate) => candidate.label === '2021');
    if (!model) throw new Error('no 2021 model in data/');
    const neighbourCodes = (model.neighboursOf.get('E06000047') ?? []).flatMap((neighbour) =>
      neighbour.code ? [neighbour.code] : [],
    );
    const figures: Observation[] = [
      ...dataset.observations,
      ...neighbourCodes.map((areaCode, at) => ({
        ...(dataset.observations[0] as Observation),
        measureId: 'cla_rate',
        areaCode,
        period: period('2020/21'),
        value: 80 + at,
        numerator: null,
      })),
    ];
    const measure = dataset.measuresById.get('cla_rate');
    if (!measure) throw new Error('cla_rate');
    const neighbours = buildTrendSeries(
      measure,
      new ObservationIndex(figures),
      durham,
      comparators,
      period('2021/22 Q2'),
      { model, method: 'median' },
    ).find((series) => series.role === 'stat_neighbours');
    // The seed supplies 2019/20 (102); 2020/21 is the median of the ten figures 80 to 89.
    expect(neighbours?.points.map((point) => [point.period.label, point.value])).toEqual([
      ['2019/20', 102],
      ['2020/21', 84.5],
    ]);
  });
});
