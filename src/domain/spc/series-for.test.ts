import { describe, expect, it } from 'vitest';
import { measure } from '../../../test/unit/builders/measure';
import { DURHAM, figure, period, run } from '../../../test/unit/builders/observation';
import type { Observation } from '../observations/observation';
import { ObservationIndex } from '../observations/series';
import { latestVariation, measureSpcChart, rebasePositions, spcSeriesFor, type SpcSeries } from './series-for';

const AT = period('2021/22 Q2');

// 24 months of a steady process, October 2019 to September 2021.
const STEADY = [9, 11, 10, 9, 11, 10, 9, 11, 10, 9, 11, 10, 9, 11, 10, 9, 11, 10, 9, 11, 10, 9, 11, 10];

function seriesOf(...observations: Observation[][]): ObservationIndex {
  return new ObservationIndex(observations.flat());
}

function found(index: ObservationIndex, at = AT): SpcSeries {
  const result = spcSeriesFor(index, 'example', DURHAM, at);
  if (!result.ok) throw new Error(`expected a series, got ${result.reason.kind}`);
  return result.series;
}

describe('spcSeriesFor', () => {
  it('takes 24 monthly figures as they are, oldest first', () => {
    const series = found(seriesOf(run('example', '2019-10', STEADY)));
    expect(series.periodType).toBe('month');
    expect(series.points).toBe(24);
    expect(series.periods.map((at) => at.label).slice(0, 3)).toEqual(['2019-10', '2019-11', '2019-12']);
    expect(series.periods.at(-1)?.label).toBe('2021-09');
    expect(series.values).toEqual(STEADY);
  });

  it('keeps the place of a month with no row, and of a month whose row has a status and no figure', () => {
    const withGaps = run('example', '2019-10', [...STEADY.slice(0, 5), null, ...STEADY.slice(6)]).filter(
      (observation) => observation.period.label !== '2020-01',
    );
    const series = found(seriesOf(withGaps));
    expect(series.periods).toHaveLength(24);
    expect(series.points).toBe(22);
    expect(series.values[3]).toBeNull();
    expect(series.observations[3]).toBeNull();
    expect(series.values[5]).toBeNull();
    expect(series.observations[5]?.status).toBe('not_available');
  });

  it('leaves out figures after the period shown, and other areas’ figures', () => {
    const later = run('example', '2021-10', [50, 60]);
    const elsewhere = run('example', '2019-10', STEADY, { areaCode: 'E06000001' });
    const series = found(seriesOf(run('example', '2019-10', STEADY), later, elsewhere));
    expect(series.points).toBe(24);
    expect(series.periods.at(-1)?.label).toBe('2021-09');
  });

  it('draws the kind of period with more figures: 12 quarters over 5 months', () => {
    const quarters = run('example', '2018/19 Q3', STEADY.slice(0, 12));
    const months = run('example', '2021-05', STEADY.slice(0, 5));
    const series = found(seriesOf(quarters, months));
    expect(series.periodType).toBe('quarter');
    expect(series.periods.map((at) => at.label).slice(-2)).toEqual(['2021/22 Q1', '2021/22 Q2']);
  });

  it.each([
    { name: 'no rows', observations: [], reason: { kind: 'no_figures' } },
    {
      name: 'only statuses',
      observations: [figure('example', '2021/22 Q1', null, { status: 'suppressed' })],
      reason: { kind: 'no_figures' },
    },
    {
      name: 'only yearly figures',
      observations: [figure('example', '2019/20', 10), figure('example', '2020/21', 11)],
      reason: { kind: 'not_monthly_or_quarterly' },
    },
    {
      name: '11 months',
      observations: run('example', '2020-11', STEADY.slice(0, 11)),
      reason: { kind: 'too_few_points', periodType: 'month', points: 11 },
    },
    {
      name: '12 quarters, one of them blank',
      observations: run('example', '2018/19 Q3', [...STEADY.slice(0, 11), null]),
      reason: { kind: 'too_few_points', periodType: 'quarter', points: 11 },
    },
  ])('says why $name give no SPC chart', ({ observations, reason }) => {
    expect(spcSeriesFor(new ObservationIndex(observations), 'example', DURHAM, AT)).toEqual({ ok: false, reason });
  });
});

describe('rebasePositions', () => {
  const series = found(seriesOf(run('example', '2019-10', STEADY)));

  it.each([
    { labels: ['2020-10'], positions: [12] },
    { labels: ['2021-01', '2020-05', '2021-01'], positions: [7, 15] },
    { labels: ['2019-10', '2030-01', 'not a period'], positions: [] },
  ])('finds $labels at $positions', ({ labels, positions }) => {
    expect(rebasePositions(series, labels)).toEqual(positions);
  });
});

describe('measureSpcChart', () => {
  // A fall of 7 months in a row at the end, where lower is better: special cause improvement.
  const FALLING = [...STEADY.slice(0, 17), 10.5, 10, 9.5, 9, 8.5, 8, 7.5];

  it('reads the series through the measure’s polarity', () => {
    const series = found(seriesOf(run('example', '2019-10', FALLING)));
    expect(measureSpcChart(measure('count', { polarity: 'lower_is_better' }), series).variation).toBe(
      'improvement_low',
    );
    expect(measureSpcChart(measure('count', { polarity: 'higher_is_better' }), series).variation).toBe('concern_low');
    expect(measureSpcChart(measure('count', { polarity: 'no_polarity' }), series).variation).toBe('neutral_low');
  });

  it.each([
    { target: null, assurance: null },
    { target: 20, assurance: 'consistent_fail' },
    { target: 10, assurance: 'inconsistent' },
    { target: 2, assurance: 'consistent_pass' },
  ])('gives assurance $assurance against a target of $target where higher is better', ({ target, assurance }) => {
    const series = found(seriesOf(run('example', '2019-10', STEADY)));
    expect(measureSpcChart(measure('count', { target }), series).assurance).toBe(assurance);
  });

  it('judges against the council’s uploaded target in force in the period shown, before the catalogue’s', () => {
    // STEADY has mean 10; its 23 moving ranges (2, 1, 1, 2, 1, 1, …) sum to 31, mean 1.35, so the limits
    // are 10 ± 2.66 × 1.35, about 6.4 and 13.6.
    const targets = [
      figure('example', '2020/21', 20, { areaCode: `TARGET:${DURHAM}` }),
      figure('example', '2021/22 Q1', 2, { areaCode: `TARGET:${DURHAM}` }),
      figure('example', '2021/22 Q3', 10, { areaCode: `TARGET:${DURHAM}` }),
    ];
    const series = found(seriesOf(run('example', '2019-10', STEADY), targets));
    // Q3's target starts after September 2021, so Q1's 2 is in force: below the lower limit where higher is better.
    expect(series.uploadedTarget).toBe(2);
    const chart = measureSpcChart(measure('count', { target: 20 }), series);
    expect(chart.target).toBe(2);
    expect(chart.assurance).toBe('consistent_pass');
    expect(
      measureSpcChart(measure('count', { target: 20 }), found(seriesOf(run('example', '2019-10', STEADY)))).target,
    ).toBe(20);
  });

  it('gives each stretch after a rebase its own mean', () => {
    const stepped = [...STEADY.slice(0, 12), ...STEADY.slice(0, 12).map((value) => value + 10)];
    const series = found(seriesOf(run('example', '2019-10', stepped)));
    const chart = measureSpcChart(measure('count'), series, rebasePositions(series, ['2020-10']));
    expect(chart.segments.map((segment) => segment.mean)).toEqual([10, 20]);
    expect(chart.variation).toBe('common_cause');
  });
});

describe('latestVariation', () => {
  it('gives the latest point’s icon where the series qualifies, and null where it does not', () => {
    const index = seriesOf(run('example', '2019-10', STEADY));
    expect(latestVariation(index, measure('count'), DURHAM, AT)).toBe('common_cause');
    expect(latestVariation(index, measure('count'), DURHAM, period('2020/21 Q1'))).toBeNull();
  });
});
