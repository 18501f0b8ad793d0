import { describe, expect, it } from 'vitest';
import { measure } from '../../../test/unit/builders/measure';
import { DURHAM, figure, period, run } from '../../../test/unit/builders/observation';
import { ObservationIndex } from '../../domain/observations/series';
import { spcView, withRebase, withoutRebase, type SpcViewInput, type SpcViewModel } from './spc-view';

// 24 months around 10, then the same pattern 10 higher from October 2020: a change to the process.
const STEADY = [9, 11, 10, 9, 11, 10, 9, 11, 10, 9, 11, 10];
const STEPPED = [...STEADY, ...STEADY.map((value) => value + 10)];

function input(changes: Partial<SpcViewInput> = {}): SpcViewInput {
  return {
    index: new ObservationIndex(run('example', '2019-10', STEPPED)),
    measure: measure('count'),
    areaCode: DURHAM,
    areaName: 'County Durham',
    at: period('2021/22 Q2'),
    rebase: [],
    ...changes,
  };
}

function viewOf(changes: Partial<SpcViewInput> = {}): SpcViewModel {
  const result = spcView(input(changes));
  if (!result.ok) throw new Error(result.text);
  return result.view;
}

describe('spcView', () => {
  it('lists each point with its period in words, figure, mean, limits and class', () => {
    // Mean 15. Moving ranges: 15 in each half and 9 at the step, 39 / 23 = 1.6957; limits 15 ∓ 4.5104.
    const view = viewOf();
    expect(view.rows).toHaveLength(24);
    expect(view.rows[0]).toEqual({
      key: '2019-10',
      period: 'October 2019',
      value: '9.0',
      mean: '15.0',
      lower: '10.5',
      upper: '19.5',
      pointClass: 'Special cause: concern (below the lower process limit)',
      newLimits: false,
    });
    expect(view.span).toBe('October 2019 to September 2021');
    expect(view.adjective).toBe('monthly');
  });

  it('starts new limits from a chosen period, and offers every other period but the first', () => {
    const view = viewOf({ rebase: ['2020-10', '2030-01'] });
    expect(view.rebases).toEqual([{ label: '2020-10', text: 'October 2020' }]);
    expect(view.rows.map((row) => row.mean)).toEqual([...STEADY.map(() => '10.0'), ...STEADY.map(() => '20.0')]);
    expect(view.rows.filter((row) => row.newLimits).map((row) => row.key)).toEqual(['2020-10']);
    expect(view.rows.every((row) => row.pointClass === 'Common cause')).toBe(true);
    expect(view.choices).toHaveLength(22);
    expect(view.choices[0]).toEqual({ label: '2019-11', text: 'November 2019' });
    expect(view.choices.some((choice) => choice.label === '2020-10')).toBe(false);
    expect(view.sentence).toBe(
      'Common cause variation: the fall in September 2021 is within the usual range, between 16.4 and 23.6.',
    );
  });

  it('keeps a month with no figure in its place, with its status, and warns of it', () => {
    const observations = run('example', '2019-10', STEPPED).map((observation) =>
      observation.period.label === '2020-02'
        ? figure('example', '2020-02', null, { status: 'suppressed' })
        : observation,
    );
    const view = viewOf({ index: new ObservationIndex(observations) });
    expect(view.rows[4]).toMatchObject({ period: 'February 2020', value: 'Suppressed', pointClass: 'No figure' });
    expect(view.warnings).toEqual([
      'Missing figure at February 2020: left out of the mean and the limits but kept in its place on the chart.',
    ]);
  });

  it('warns of trial limits in a stretch of fewer than 12 points', () => {
    expect(viewOf({ rebase: ['2021-05'] }).warnings).toEqual([
      'Trial limits: the limits for May 2021 to September 2021 rest on 5 points, fewer than 12, so they will move as more are added.',
    ]);
  });

  it('says why there is no chart for a series that does not qualify', () => {
    expect(spcView(input({ at: period('2020/21 Q1') }))).toEqual({
      ok: false,
      text: 'An SPC chart needs at least 12 monthly or quarterly figures. County Durham has 9 monthly figures for this measure up to 2020/21 Q1, so there is no SPC chart yet.',
    });
  });
});

describe('withRebase and withoutRebase', () => {
  it('keeps the rebases in time order and drops labels another series left in the link', () => {
    const view = viewOf({ rebase: ['2021-01', 'Q1 1999'] });
    expect(withRebase(view, '2020-05')).toEqual(['2020-05', '2021-01']);
    expect(withoutRebase(view, '2021-01')).toEqual([]);
  });
});
